import {
  ama,
  assessableNodes,
  type Crosswalk,
  crosswalks,
  fmlm2016,
  fmlm2021,
  getCrosswalk,
  getFramework,
  hlm,
  mlcf,
} from '@medlead/core';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CrosswalkMatrix, matrixLayout } from './CrosswalkMatrix';

afterEach(cleanup);

const mlcfToHlm = getCrosswalk('mlcf', 'hlm');
const amaToMlcf = getCrosswalk('ama', 'mlcf');
const label = () => document.activeElement?.getAttribute('aria-label');

describe('CrosswalkMatrix on the server', () => {
  it('renders the whole grid: every node as a row or column, every link in words', () => {
    const html = renderToString(
      <CrosswalkMatrix crosswalk={mlcfToHlm} source={mlcf} target={hlm} />,
    );
    expect(html.match(/class="medlead-crosswalk-link"/g)).toHaveLength(mlcfToHlm.links.length);
    expect(html.match(/class="medlead-crosswalk-label"/g)).toHaveLength(20);
    expect(html.match(/class="medlead-crosswalk-column-name"/g)).toHaveLength(9);
    expect(html).not.toContain('rotate('); // column names run down, at their own size
    expect(html).toContain('>related<');
    expect(html).toContain('>close to<');
    expect(html).toContain('>broader<');
    expect(html).toContain('>∩ ?<'); // an uncertain link's symbol, with its "?"
    expect(html).toContain('>≈<');
    expect(html).toContain('>⊂<');
    expect(html).toContain('they overlap; neither contains the other');
    expect(html).not.toContain('same as'); // the legend lists only the relations used
    expect(html).toContain(
      `All ${mlcfToHlm.links.length} links are editorial: inferred by medlead, not published by either framework’s owner.`,
    );
    expect(html).toContain('MLCF (2010) elements with no link: none.');
    expect(html).toContain(
      'aria-label="1.1 Developing Self Awareness → Leading with care: related (editorial, uncertain)"',
    );
    expect(html).not.toMatch(/NaN|undefined/);
  });

  it('lists the nodes no link reaches, with the reasons, and marks them in the grid', () => {
    const html = renderToString(
      <CrosswalkMatrix crosswalk={amaToMlcf} source={ama} target={mlcf} />,
    );
    for (const entry of amaToMlcf.unmapped.to) expect(html).toContain(entry.reason);
    expect(html).toContain('MLCF (2010) elements no link reaches:');
    expect(html).toContain('>∅ 2.1 Developing<'); // its name's first line
    expect(html).toContain('not mapped: no link');
    expect(html).toContain(`uncertain (16 of 16 links`);
  });

  it('draws an inverse crosswalk, whose broader links become narrower ones', () => {
    const hlmToMlcf = getCrosswalk('hlm', 'mlcf');
    const html = renderToString(
      <CrosswalkMatrix crosswalk={hlmToMlcf} source={hlm} target={mlcf} />,
    );
    expect(html).toContain(
      'aria-label="Inspiring shared purpose → 1.4 Acting with Integrity: narrower (editorial)"',
    );
    expect(html).toContain('>narrower<');
    expect(html).toContain('>⊃<');
    expect(html.match(/class="medlead-crosswalk-column-name"/g)).toHaveLength(20);
  });

  it('draws every stored crosswalk and its inverse, one focus stop per link', () => {
    for (const stored of crosswalks) {
      for (const crosswalk of [stored, getCrosswalk(stored.to, stored.from)]) {
        const html = renderToString(
          <CrosswalkMatrix
            crosswalk={crosswalk}
            source={getFramework(crosswalk.from)}
            target={getFramework(crosswalk.to)}
          />,
        );
        expect(html.match(/role="button"/g)).toHaveLength(crosswalk.links.length);
        expect(html.match(/tabindex="0"/g)).toHaveLength(1);
        expect(html).not.toMatch(/NaN|undefined/);
      }
    }
  });

  it('keeps the grid’s cells one size, so twenty columns scroll rather than shrink', () => {
    const html = renderToString(
      <CrosswalkMatrix crosswalk={amaToMlcf} source={ama} target={mlcf} />,
    );
    const [, width] = html.match(/class="medlead-crosswalk-svg"[^>]*width:(\d+)px/) ?? [];
    expect(Number(width)).toBe(20 * 70 + 1);
    expect(html).toContain('class="medlead-scroll medlead-crosswalk-scroll"');
  });

  it('wraps long names rather than cutting them, at a phone’s width and a desktop’s', () => {
    const names = ['1.1 Developing Self Awareness', '4.3 Encouraging Improvement and Innovation'];
    const phone = matrixLayout(264, names, names, ['Columns →', 'MLCF (2010) elements']);
    const desktop = matrixLayout(1224, names, names, ['Columns →', 'MLCF (2010) elements']);
    expect(phone.namesWidth).toBeLessThan(desktop.namesWidth);
    expect(desktop.namesWidth).toBe(240);
    for (const layout of [phone, desktop]) {
      expect(layout.rowLines.map((lines) => lines.join(' '))).toEqual(names);
      expect(layout.columnLines.map((lines) => lines.join(' '))).toEqual(names);
      for (const lines of layout.columnLines) expect(lines.length).toBeLessThanOrEqual(3);
    }
    expect(phone.rowLines[1]?.length).toBeGreaterThan(desktop.rowLines[1]?.length ?? 0);
  });

  it('throws an error naming the problem for a crosswalk it cannot draw', () => {
    expect(() =>
      renderToString(<CrosswalkMatrix crosswalk={mlcfToHlm} source={hlm} target={mlcf} />),
    ).toThrow(
      'the crosswalk maps mlcf@2010 to hlm@2013, but source and target are hlm@2013 and mlcf@2010',
    );
    const stray = {
      ...mlcfToHlm,
      links: [...mlcfToHlm.links, { ...mlcfToHlm.links[0], to: 'hlm:nowhere' }],
    } as Crosswalk;
    expect(() =>
      renderToString(<CrosswalkMatrix crosswalk={stray} source={mlcf} target={hlm} />),
    ).toThrow('ends at "hlm:nowhere", not an assessed node of hlm@2013');
    const twice = { ...mlcfToHlm, links: [...mlcfToHlm.links, mlcfToHlm.links[0]] } as Crosswalk;
    expect(() =>
      renderToString(<CrosswalkMatrix crosswalk={twice} source={mlcf} target={hlm} />),
    ).toThrow('links mlcf:1.1 to hlm:leading-with-care twice');
  });

  it('says so when a crosswalk has no links, and has no focus stop then', () => {
    const empty = {
      ...getCrosswalk('fmlm@2016', 'fmlm@2021'),
      links: [],
      unmapped: {
        from: assessableNodes(fmlm2016).map((node) => ({ nodeId: node.id, reason: 'test' })),
        to: [],
      },
    } as Crosswalk;
    const html = renderToString(
      <CrosswalkMatrix crosswalk={empty} source={fmlm2016} target={fmlm2021} />,
    );
    expect(html).not.toContain('role="button"');
    expect(html).toContain('0 links');
    expect(html).toContain('>∅ 1 Self<');
  });
});

describe('CrosswalkMatrix in the browser', () => {
  it('has no axe violations, with the table shown or hidden', async () => {
    const { container } = render(
      <CrosswalkMatrix crosswalk={amaToMlcf} source={ama} target={mlcf} />,
    );
    const check = async () =>
      (
        await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })
      ).violations.map((v) => v.id);
    expect(await check()).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Show data table' }));
    expect(await check()).toEqual([]);
  });

  it('lists every link in the table, then the unmapped nodes, with provenance and notes', async () => {
    render(<CrosswalkMatrix crosswalk={amaToMlcf} source={ama} target={mlcf} defaultShowTable />);
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row');
    // a header row, one per link, one per unmapped node
    expect(rows).toHaveLength(1 + amaToMlcf.links.length + amaToMlcf.unmapped.to.length);
    const first = rows[1];
    if (first === undefined) throw new Error('the table has rows');
    expect(first.textContent).toContain('Professionalism');
    expect(first.textContent).toContain('Uncertain'); // the AMA names are unverified
    expect(first.textContent).toContain('narrower (⊃)');
    expect(first.textContent).toContain('1.4 Acting with Integrity');
    expect(first.textContent).toContain('editorial: inferred by medlead');
    expect(first.textContent).toContain(amaToMlcf.links[0]?.rationale);
    const unmapped = within(table).getByRole('row', { name: /2\.1 Developing Networks/ });
    expect(unmapped.textContent).toContain('not mapped');
  });

  it('walks the links in reading order, shows a tooltip, and chooses with Enter', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(
      <CrosswalkMatrix crosswalk={mlcfToHlm} source={mlcf} target={hlm} onSelect={onSelect} />,
    );
    await user.tab();
    expect(label()).toBe(
      '1.1 Developing Self Awareness → Leading with care: related (editorial, uncertain)',
    );
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip.textContent).toContain('Strength 0.40 (0–1)');
    expect(tooltip.textContent).toContain(mlcfToHlm.links[0]?.rationale);
    expect(tooltip.textContent).toContain('Uncertain: ');
    expect(tooltip.textContent).toContain('Link editorial: inferred by medlead');
    expect(tooltip.textContent).toContain('Names: Developing Self Awareness published');
    await user.keyboard('{ArrowDown}');
    expect(label()).toBe(
      '1.2 Managing Yourself → Leading with care: related (editorial, uncertain)',
    );
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(label()).toBe(
      '1.4 Acting with Integrity → Inspiring shared purpose: broader (editorial)',
    );
    expect((await screen.findByRole('tooltip')).textContent).toContain(
      'broader (⊂): Inspiring shared purpose is broader: it contains Acting with Integrity',
    );
    await user.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}'); // past the first: wraps round to the last
    expect(label()).toMatch(/^5\.4 Evaluating Impact → /);
    await user.keyboard('{Home}{Enter}');
    expect(onSelect).toHaveBeenCalledWith('mlcf:1.1');
    await user.keyboard('{End} ');
    expect(onSelect).toHaveBeenLastCalledWith('mlcf:5.4');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Show data table');
  });

  it('chooses a link’s source node on click', async () => {
    const onSelect = vi.fn();
    render(
      <CrosswalkMatrix crosswalk={mlcfToHlm} source={mlcf} target={hlm} onSelect={onSelect} />,
    );
    await userEvent.click(
      screen.getByRole('button', { name: /^3\.4 Managing Performance → Holding to account/ }),
    );
    expect(onSelect).toHaveBeenCalledWith('mlcf:3.4');
  });
});
