import {
  ama,
  ancestors,
  type Framework,
  fmlm2016,
  fmlm2021,
  hlm,
  mlcf,
  searchNodes,
  walk,
} from '@medlead/core';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { useState } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FrameworkExplorer } from './FrameworkExplorer';

afterEach(cleanup);

/** A host that controls the query, and changes what it is given (to upper case). */
function UpperCasingHost({ onQueryChange }: { onQueryChange: (query: string) => void }) {
  const [query, setQuery] = useState('team');
  return (
    <FrameworkExplorer
      framework={fmlm2021}
      query={query}
      onQueryChange={(next) => {
        onQueryChange(next);
        setQuery(next.toUpperCase());
      }}
    />
  );
}

async function violations(container: Element) {
  // color-contrast needs layout, which jsdom does not have; the Chromium run checks it.
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(', ')}`,
  );
}

/** The text a screen reader reads as the element's description (aria-describedby). */
function descriptionOf(element: Element): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

/**
 * The shown tree item named `name` (its labelling title), or null. A plain DOM walk: Testing
 * Library's role query computes every element's name and visibility, which takes seconds in
 * jsdom on a tree of a hundred items.
 */
const queryItem = (name: string): HTMLElement | null => {
  const matches = [...document.querySelectorAll<HTMLElement>('[role="treeitem"]')].filter(
    (element) =>
      element.closest('[hidden]') === null &&
      document.getElementById(element.getAttribute('aria-labelledby') ?? '')?.textContent === name,
  );
  if (matches.length > 1) throw new Error(`${matches.length} tree items are named "${name}"`);
  return matches[0] ?? null;
};
const item = (name: string): HTMLElement => {
  const found = queryItem(name);
  if (found === null) throw new Error(`no tree item named "${name}"`);
  return found;
};
const focusedName = () => {
  const labelledBy = document.activeElement?.getAttribute('aria-labelledby');
  return labelledBy == null ? undefined : document.getElementById(labelledBy)?.textContent;
};
const nodeName = (framework: Framework, id: string) => {
  const node = walk(framework).find((entry) => entry.node.id === id)?.node;
  return node?.code === undefined ? node?.title : `${node.code} ${node.title}`;
};

describe('FrameworkExplorer: server HTML in the page', () => {
  it.each([hlm, mlcf, ama, fmlm2016, fmlm2021])(
    '$key: every node has its title as its name and its provenance in words',
    (framework) => {
      // The server's HTML, as a browser without JavaScript would get it (test only).
      const container = document.body.appendChild(document.createElement('div'));
      container.innerHTML = renderToString(<FrameworkExplorer framework={framework} />);
      const words = { published: 'Published', paraphrased: 'Paraphrased', editorial: 'Editorial' };
      for (const node of [
        ...(framework.crossCutting ?? []),
        ...walk(framework).map((e) => e.node),
      ]) {
        const element = container.querySelector(`[data-item-id="${node.id}"]`);
        expect(element).not.toBeNull();
        const name = document.getElementById(element?.getAttribute('aria-labelledby') ?? '');
        expect(name?.textContent).toBe(
          node.code === undefined ? node.title : `${node.code} ${node.title}`,
        );
        const description = descriptionOf(element as Element);
        expect(description).toContain(words[node.provenance]);
        expect(description).toContain(`${node.summary.text} ${words[node.summary.provenance]}`);
      }
      container.remove();
    },
  );
});

describe('FrameworkExplorer accessibility', () => {
  // axe over a whole tree is slow in jsdom, hence the longer time limits.
  it('has no axe violations fully expanded', async () => {
    const { container } = render(<FrameworkExplorer framework={hlm} defaultExpanded="all" />);
    expect(await violations(container)).toEqual([]);
  });

  it('has no axe violations collapsed', async () => {
    const { container } = render(<FrameworkExplorer framework={mlcf} defaultExpanded={[]} />);
    expect(await violations(container)).toEqual([]);
  });

  it('has no axe violations with search results', async () => {
    const { container } = render(<FrameworkExplorer framework={fmlm2021} defaultQuery="self" />);
    expect(screen.getAllByRole('treeitem').length).toBeGreaterThan(0);
    expect(await violations(container)).toEqual([]);
  });

  it('has no axe violations with no results', async () => {
    const { container } = render(<FrameworkExplorer framework={ama} defaultQuery="zebra" />);
    expect(screen.queryByRole('tree')).toBeNull();
    expect(await violations(container)).toEqual([]);
  });

  it.each([ama, fmlm2016])('$key fully open has no axe violations', async (framework) => {
    const { container } = render(<FrameworkExplorer framework={framework} defaultExpanded="all" />);
    expect(await violations(container)).toEqual([]);
  });

  it('is a named region with a tree of levelled, counted items; the name is the title, not the summary', () => {
    render(<FrameworkExplorer framework={mlcf} headingLevel={3} />);
    expect(screen.getByRole('region', { name: mlcf.title })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: mlcf.title })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 4, name: 'Sources' })).toBeTruthy();
    const tree = screen.getByRole('tree', { name: mlcf.title });
    const domain = within(tree).getByRole('treeitem', { name: '2 Working with Others' });
    expect(domain.getAttribute('aria-level')).toBe('1');
    expect(domain.getAttribute('aria-posinset')).toBe('2');
    expect(domain.getAttribute('aria-setsize')).toBe(String(mlcf.children.length));
    expect(domain.getAttribute('aria-expanded')).toBe('true');
    const element = item('2.1 Developing Networks');
    expect(element.getAttribute('aria-level')).toBe('2');
    expect(element.getAttribute('aria-expanded')).toBe('false'); // its statements start closed
    expect(descriptionOf(element)).toContain('Element');
    expect(descriptionOf(element)).toContain('Forming partnerships');
  });
});

// Every key press re-renders a tree of up to a hundred items, slow in jsdom under a busy machine.
describe('FrameworkExplorer by keyboard', () => {
  it('walks the tree: Down, Right, Left, Home, End, Enter and Space, letters; one Tab stop', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<FrameworkExplorer framework={mlcf} defaultExpanded={[]} onSelect={onSelect} />);
    await user.click(screen.getByRole('searchbox', { name: 'Search MLCF' }));
    await user.tab();
    expect(focusedName()).toBe(nodeName(mlcf, 'mlcf:1'));
    await user.keyboard('{ArrowUp}'); // nothing above the first item
    expect(focusedName()).toBe(nodeName(mlcf, 'mlcf:1'));
    await user.keyboard('{ArrowDown}');
    expect(focusedName()).toBe('2 Working with Others');
    await user.keyboard('{ArrowRight}'); // opens, stays
    expect(item('2 Working with Others').getAttribute('aria-expanded')).toBe('true');
    expect(focusedName()).toBe('2 Working with Others');
    await user.keyboard('{ArrowRight}'); // to the first child
    expect(focusedName()).toBe('2.1 Developing Networks');
    await user.keyboard('{ArrowDown}');
    expect(focusedName()).toBe(nodeName(mlcf, 'mlcf:2.2'));
    await user.keyboard('{ArrowLeft}'); // a closed child: back to its parent
    expect(focusedName()).toBe('2 Working with Others');
    await user.keyboard('{ArrowLeft}'); // an open parent: closes
    expect(item('2 Working with Others').getAttribute('aria-expanded')).toBe('false');
    expect(queryItem('2.1 Developing Networks')).toBeNull();
    await user.keyboard('{End}');
    expect(focusedName()).toBe(nodeName(mlcf, mlcf.children[mlcf.children.length - 1]?.id ?? ''));
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('mlcf:5');
    expect(document.activeElement?.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Home}');
    expect(focusedName()).toBe(nodeName(mlcf, 'mlcf:1'));
    await user.keyboard(' ');
    expect(onSelect).toHaveBeenLastCalledWith('mlcf:1');
    expect(item('5 Setting Direction').getAttribute('aria-selected')).toBe('false');
    await user.keyboard('w'); // type-ahead: next title starting with W
    expect(focusedName()).toBe('2 Working with Others');
    // Only one item is in the Tab order; Tab leaves the tree for the first source link.
    expect(screen.getAllByRole('treeitem').filter((el) => el.tabIndex === 0)).toHaveLength(1);
    await user.tab();
    expect(document.activeElement?.tagName).toBe('A');
    await user.tab({ shift: true });
    expect(focusedName()).toBe('2 Working with Others');
  });

  it('reads statements as items but chooses only nodes', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<FrameworkExplorer framework={ama} defaultExpanded="all" onSelect={onSelect} />);
    const first = ama.children[0];
    await user.click(item(first?.title ?? ''));
    expect(onSelect).toHaveBeenLastCalledWith(first?.id);
    await user.keyboard('{ArrowRight}{Enter}');
    expect(focusedName()).toBe(first?.indicators?.[0]?.text);
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(document.activeElement?.hasAttribute('aria-selected')).toBe(false);
  });

  it('opens and closes with the chevron and keeps a host-chosen node in view', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <FrameworkExplorer framework={mlcf} defaultExpanded={[]} selectedId="mlcf:3.3" />,
    );
    const chosen = item('3.3 Managing People');
    expect(chosen.getAttribute('aria-selected')).toBe('true');
    expect(chosen.tabIndex).toBe(0);
    const twisty = container.querySelector(
      'li:has([data-item-id="mlcf:1"]) > .medlead-explorer-row .medlead-explorer-twisty',
    );
    await user.click(twisty as Element);
    expect(item(nodeName(mlcf, 'mlcf:1') ?? '').getAttribute('aria-expanded')).toBe('true');
    await user.click(twisty as Element);
    expect(item(nodeName(mlcf, 'mlcf:1') ?? '').getAttribute('aria-expanded')).toBe('false');
  });
});

describe('FrameworkExplorer search', () => {
  it('filters to matches and their ancestors, marks the words, and announces the count', async () => {
    const user = userEvent.setup();
    render(<FrameworkExplorer framework={mlcf} defaultExpanded={[]} />);
    const box = screen.getByRole('searchbox', { name: 'Search MLCF' });
    await user.type(box, 'self');
    const hits = searchNodes(mlcf, 'self');
    expect(hits.length).toBeGreaterThan(1);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe(`${hits.length} results for “self”`);
    for (const { node } of hits) {
      for (const shown of [...ancestors(mlcf, node.id), node]) {
        expect(item(nodeName(mlcf, shown.id) ?? '')).toBeTruthy();
      }
    }
    expect(screen.queryByRole('treeitem', { name: '2 Working with Others' })).toBeNull();
    const marked = [...document.querySelectorAll('mark')].map((mark) =>
      mark.textContent?.toLowerCase(),
    );
    expect(marked.length).toBeGreaterThan(0);
    expect(new Set(marked)).toEqual(new Set(['self']));
    expect(item('1.1 Developing Self Awareness').querySelector('mark')?.textContent).toBe('Self');

    // Arrow keys walk the filtered tree, and Left closes a branch within the search.
    await user.tab();
    expect(focusedName()).toBe(nodeName(mlcf, 'mlcf:1'));
    await user.keyboard('{ArrowLeft}');
    expect(screen.queryByRole('treeitem', { name: '1.1 Developing Self Awareness' })).toBeNull();

    await user.clear(box);
    await user.type(box, 'zebra');
    expect(screen.getByRole('status').textContent).toBe('No results for “zebra”');
    expect(screen.getByText(/Nothing in MLCF matches “zebra”/)).toBeTruthy();
    expect(screen.queryByRole('tree')).toBeNull();

    await user.clear(box);
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.getAllByRole('treeitem', { expanded: false })).toHaveLength(mlcf.children.length);
  });

  it('finds HLM’s cross-cutting personal qualities and shows them first', async () => {
    const user = userEvent.setup();
    render(<FrameworkExplorer framework={hlm} />);
    const first = screen.getAllByRole('treeitem')[0] as HTMLElement;
    expect(first.getAttribute('data-item-id')).toBe('hlm:personal-qualities');
    expect(descriptionOf(first)).toContain('Cross-cutting');
    expect(descriptionOf(first)).toContain('Runs through every dimension');
    expect(screen.getByText(/Runs through every dimension/)).toBeTruthy();
    await user.type(screen.getByRole('searchbox'), 'self');
    expect(screen.getByRole('status').textContent).toBe(
      `${searchNodes(hlm, 'self').length} result for “self”`,
    );
    expect(item('Self-awareness').querySelector('mark')?.textContent).toBe('Self');
  });

  it('can be controlled by the host', async () => {
    const user = userEvent.setup();
    const onQueryChange = vi.fn();
    render(<UpperCasingHost onQueryChange={onQueryChange} />);
    const box = screen.getByRole('searchbox') as HTMLInputElement;
    expect(box.value).toBe('team');
    expect(screen.getByRole('status').textContent).toBe(
      `${searchNodes(fmlm2021, 'team').length} results for “team”`,
    );
    await user.type(box, 's');
    expect(onQueryChange).toHaveBeenLastCalledWith('teams');
    expect(box.value).toBe('TEAMS');
  });
});

describe('FrameworkExplorer content rules', () => {
  it('says Editorial for editorial summaries and behaviours', () => {
    render(<FrameworkExplorer framework={ama} defaultExpanded="all" />);
    for (const competency of ama.children) {
      const element = item(competency.title);
      expect(competency.summary.provenance).toBe('editorial');
      expect(descriptionOf(element)).toContain(`${competency.summary.text} Editorial`);
      for (const indicator of competency.indicators ?? []) {
        expect(descriptionOf(item(indicator.text))).toContain('Editorial');
      }
    }
  });

  it('shows uncertain notes as text: on nodes, summaries, shared by statements, and level headings', () => {
    render(<FrameworkExplorer framework={fmlm2016} defaultExpanded="all" />);
    const self = fmlm2016.children[0];
    const selfItem = item(`${self?.code} ${self?.title}`);
    expect(screen.getAllByText(self?.uncertain ?? '-')[0]).toBeTruthy(); // visible text
    expect(descriptionOf(selfItem)).toContain(`Uncertain ${self?.uncertain}`);
    const resilience = self?.children?.[1];
    expect(descriptionOf(item(resilience?.title ?? ''))).toContain(
      `Uncertain ${resilience?.summary.uncertain}`,
    );
    cleanup();

    render(<FrameworkExplorer framework={mlcf} defaultExpanded="all" />);
    const statement = walk(mlcf).find((entry) => entry.node.id === 'mlcf:1.1')?.node
      .indicators?.[0];
    const statementItem = item(statement?.text ?? '');
    expect(descriptionOf(statementItem)).toContain('Editorial');
    expect(descriptionOf(statementItem)).toContain('Uncertain');
    expect(descriptionOf(statementItem)).toContain(statement?.uncertain);
    expect(statementItem.getAttribute('aria-describedby')).toMatch(/-body-indicators$/);
    cleanup();

    render(<FrameworkExplorer framework={hlm} defaultExpanded="all" />);
    const unknownHeadings = screen.getAllByRole('treeitem', { name: /heading not known/ });
    expect(unknownHeadings.length).toBeGreaterThan(0);
    for (const heading of unknownHeadings) {
      expect(descriptionOf(heading)).toContain(
        'The Academy gives this dimension level headings, but no source medlead has read shows them',
      );
    }
    expect(item('Essential: Caring for the team')).toBeTruthy();
  });

  it('names the problem with an unknown id or a missing framework', () => {
    expect(() =>
      renderToString(<FrameworkExplorer framework={hlm} selectedId="mlcf:1.1" />),
    ).toThrow('selectedId "mlcf:1.1" is not an item of hlm@2013');
    expect(() =>
      renderToString(<FrameworkExplorer framework={hlm} defaultExpanded={['hlm:nope']} />),
    ).toThrow('defaultExpanded "hlm:nope" is not an item of hlm@2013');
    expect(() =>
      renderToString(<FrameworkExplorer framework={undefined as unknown as Framework} />),
    ).toThrow('FrameworkExplorer needs a framework');
  });

  it('takes a title and a theme', () => {
    const { container } = render(
      <FrameworkExplorer
        framework={hlm}
        title="Leadership dimensions"
        theme="dark"
        className="mine"
      />,
    );
    expect(screen.getByRole('region', { name: 'Leadership dimensions' })).toBeTruthy();
    expect(container.firstElementChild?.getAttribute('data-theme')).toBe('dark');
    expect(container.firstElementChild?.className).toContain('mine');
    expect(screen.getByText(/^The Healthcare Leadership Model\./)).toBeTruthy();
  });
});
