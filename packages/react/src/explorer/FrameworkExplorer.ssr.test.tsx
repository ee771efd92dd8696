// @vitest-environment node
import { ama, type Framework, fmlm2016, fmlm2021, hlm, mlcf, walk } from '@medlead/core';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { provenanceWords } from '../shared/provenance';
import { FrameworkExplorer } from './FrameworkExplorer';

/** The text of server HTML, tags dropped and React's escapes undone. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const nodesOf = (framework: Framework) => [
  ...(framework.crossCutting ?? []),
  ...walk(framework).map((entry) => entry.node),
];

describe.each([hlm, mlcf, ama, fmlm2016, fmlm2021])(
  'FrameworkExplorer on the server: $key',
  (framework) => {
    it('renders every node, level heading and indicator, with provenance in words', () => {
      const html = renderToString(<FrameworkExplorer framework={framework} />);
      const text = textOf(html);
      const nodes = nodesOf(framework);
      for (const node of nodes) {
        expect(text).toContain(node.title);
        expect(text).toContain(node.summary.text);
        for (const indicator of node.indicators ?? []) expect(text).toContain(indicator.text);
      }
      const levels = nodes.reduce((sum, node) => sum + (node.levels?.length ?? 0), 0);
      const indicators = nodes.reduce((sum, node) => sum + (node.indicators?.length ?? 0), 0);
      expect(html.match(/role="treeitem"/g)).toHaveLength(nodes.length + levels + indicators);
      // One badge for each item's own provenance, one more for each node's summary.
      const badges = html.match(
        /class="medlead-badge medlead-badge-(published|paraphrased|editorial)"/g,
      );
      expect(badges).toHaveLength(nodes.length * 2 + levels + indicators + 1); // + the framework's summary
      for (const node of nodes) {
        expect(text).toContain(`${provenanceWords[node.provenance]}`);
        expect(text).toContain(`${node.summary.text} ${provenanceWords[node.summary.provenance]}`);
      }
    });

    it('says which edition it is, its status, and its sources with links', () => {
      const text = textOf(renderToString(<FrameworkExplorer framework={framework} />));
      expect(text).toContain(framework.title);
      expect(text).toContain(framework.editionLabel ?? framework.edition);
      expect(text).toContain(framework.status === 'current' ? 'Current edition' : 'Superseded by');
      for (const source of framework.sources) expect(text).toContain(source.title);
      const html = renderToString(<FrameworkExplorer framework={framework} />);
      for (const source of framework.sources) {
        if (source.url !== undefined) expect(html).toContain(`href="${source.url}"`);
      }
    });
  },
);

describe('FrameworkExplorer on the server', () => {
  it('keeps closed branches in the HTML, hidden, and open ones visible', () => {
    const collapsed = renderToString(<FrameworkExplorer framework={mlcf} defaultExpanded={[]} />);
    expect(collapsed).toContain('Developing Self Awareness');
    expect(collapsed.match(/role="group"[^>]*hidden=""/g)).toHaveLength(25); // 5 domains + 20 elements
    const all = renderToString(<FrameworkExplorer framework={mlcf} defaultExpanded="all" />);
    expect(all).not.toContain('hidden=""');
    const domains = renderToString(<FrameworkExplorer framework={mlcf} />);
    expect(domains.match(/role="group"[^>]*hidden=""/g)).toHaveLength(20); // elements stay closed
  });

  it('renders a search given by defaultQuery, marked up and counted', () => {
    const html = renderToString(<FrameworkExplorer framework={hlm} defaultQuery="self" />);
    expect(html).toContain('<mark>Self</mark>-awareness');
    expect(html).toMatch(/role="status"[^>]*>1 result for “self”/);
    expect(html).not.toContain('data-item-id="hlm:inspiring-shared-purpose"');
  });

  it('names a superseded edition’s successor', () => {
    expect(textOf(renderToString(<FrameworkExplorer framework={mlcf} />))).toContain(
      'Superseded by The Healthcare Leadership Model',
    );
    expect(textOf(renderToString(<FrameworkExplorer framework={fmlm2016} />))).toContain(
      `Superseded by ${fmlm2021.title}, ${fmlm2021.editionLabel}`,
    );
  });
});
