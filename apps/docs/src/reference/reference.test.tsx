import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { crosswalks, frameworks, getFramework, walk } from '@medlead/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CrosswalkReference } from './CrosswalkReference';
import * as CrosswalkPages from './Crosswalks.stories';
import { FrameworkReference } from './FrameworkReference';
import * as FrameworkPages from './Frameworks.stories';
import { CrosswalkIndex, FrameworkIndex, RightsTable } from './ReferenceIndex';
import { themeTokens } from './ThemeTokens';

/** Text as React writes it into HTML. */
const html = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#x27;');

/** The value each page story passes for `arg` (an option name: a framework key, a crosswalk id). */
function pageKeys(module: Record<string, unknown>, arg: string): string[] {
  return Object.entries(module)
    .filter(([name]) => name !== 'default')
    .map(([, story]) => String((story as { args?: Record<string, unknown> }).args?.[arg]));
}

/**
 * Every body cell of every reference table (class "ref-table") in a page as React writes it, with
 * its `data-label` and the heading of its column. On a phone the tables stack and each cell is
 * named by its data-label (reference.css), so the two must agree. (Cells hold no tables.)
 */
function cellsAndHeadings(page: string) {
  const cells: { label: string | undefined; heading: string | undefined }[] = [];
  for (const [, table = ''] of page.matchAll(
    /<table class="ref-table[^"]*">([\s\S]*?)<\/table>/g,
  )) {
    const [head = '', body = ''] = table.split('</thead>');
    const headings = [...head.matchAll(/<th scope="col">([\s\S]*?)<\/th>/g)].map(
      (match) => match[1],
    );
    for (const row of body.split('<tr').slice(1)) {
      [...row.matchAll(/<(td|th)\b([^>]*)>/g)].forEach(([, tag, attributes = ''], column) => {
        if (tag !== 'td') return;
        const label = /data-label="([^"]*)"/.exec(attributes)?.[1];
        cells.push({ label, heading: headings[column] });
      });
    }
  }
  return cells;
}

/** Every body cell is named by its column's heading, for the stacked phone layout. */
function expectLabelledCells(page: string) {
  const cells = cellsAndHeadings(page);
  expect(cells.length).toBeGreaterThan(0);
  expect(cells.filter((cell) => cell.heading === undefined || cell.label !== cell.heading)).toEqual(
    [],
  );
}

describe('reference pages', () => {
  it('exist once for every framework edition core ships', () => {
    expect(pageKeys(FrameworkPages, 'framework').sort()).toEqual(
      frameworks.map((framework) => framework.key).sort(),
    );
  });

  it('exist once for every crosswalk in core’s registry', () => {
    expect(pageKeys(CrosswalkPages, 'crosswalk').sort()).toEqual(
      crosswalks.map((crosswalk) => crosswalk.id).sort(),
    );
  });

  it.each(frameworks.map((framework) => [framework.key, framework] as const))(
    '%s: every node, summary, statement, stage and source is on its page',
    (_key, framework) => {
      const page = renderToStaticMarkup(<FrameworkReference framework={framework} />);
      expect(page).toContain(html(framework.title));
      expect(page).toContain(html(framework.rights));
      const nodes = [
        ...walk(framework).map((entry) => entry.node),
        ...(framework.crossCutting ?? []),
      ];
      for (const node of nodes) {
        expect(page).toContain(html(node.title));
        expect(page).toContain(html(node.summary.text));
        if (node.code !== undefined) {
          expect(page).toContain(`<td data-label="Code">${html(node.code)}</td>`);
        }
        for (const indicator of node.indicators ?? []) expect(page).toContain(html(indicator.text));
        for (const level of node.levels ?? []) {
          expect(page).toContain(html(level.title ?? 'heading not known'));
        }
      }
      for (const stage of framework.stages ?? []) expect(page).toContain(html(stage.summary.text));
      for (const source of framework.sources) {
        expect(page).toContain(html(source.title));
        if (source.url !== undefined) expect(page).toContain(`href="${html(source.url)}"`);
      }
      // Every uncertainty note is printed: in place, or once as a lettered note.
      const notes = [
        framework.uncertain,
        ...nodes.flatMap((node) => [
          node.uncertain,
          node.summary.uncertain,
          ...(node.indicators ?? []).map((indicator) => indicator.uncertain),
          ...(node.levels ?? []).map((level) => level.uncertain),
        ]),
      ].filter((note) => note !== undefined);
      for (const note of notes) expect(page).toContain(html(note));
      // A provenance badge for every node title and summary at least.
      expect(
        page.match(/medlead-badge-(published|paraphrased|editorial)/g)?.length,
      ).toBeGreaterThan(nodes.length * 2 - 1);
      expectLabelledCells(page);
    },
  );

  it.each(crosswalks.map((crosswalk) => [crosswalk.id, crosswalk] as const))(
    '%s: every link and unmapped node is on its page',
    (_id, crosswalk) => {
      const page = renderToStaticMarkup(<CrosswalkReference crosswalk={crosswalk} />);
      const from = getFramework(crosswalk.from);
      expect(page).toContain(html(crosswalk.title));
      for (const link of crosswalk.links) {
        expect(page).toContain(html(link.rationale));
        expect(page).toContain(`<code>${link.relation}</code>`);
      }
      for (const node of [...crosswalk.unmapped.from, ...crosswalk.unmapped.to]) {
        expect(page).toContain(html(node.reason));
      }
      expect(page).toContain(html(from.title));
      expect(page).toMatch(/<h2 id="[^"]+-matrix">Matrix<\/h2><figure class="medlead /);
      expectLabelledCells(page);
    },
  );

  it.each([
    ['FrameworkIndex', FrameworkIndex],
    ['CrosswalkIndex', CrosswalkIndex],
    ['RightsTable', RightsTable],
  ])('%s names every cell by its column, for the stacked phone layout', (_name, Table) => {
    expectLabelledCells(renderToStaticMarkup(<Table />));
  });
});

describe('theme tokens', () => {
  const stylesheet = readFileSync(
    createRequire(import.meta.url).resolve('@medlead/react/styles.css'),
    'utf8',
  );

  it('list every --medlead-* property the stylesheet defines on .medlead, light and dark', () => {
    const tokens = themeTokens(stylesheet);
    const defined = new Set(
      [
        ...(/(^|\n)\.medlead\s*\{([^}]*)\}/.exec(stylesheet)?.[2] ?? '').matchAll(
          /(--medlead-[\w-]+)\s*:/g,
        ),
      ].map((match) => match[1]),
    );
    expect(tokens.map((token) => token.name)).toEqual([...defined]);
    expect(defined.size).toBeGreaterThanOrEqual(20);
    const text = tokens.find((token) => token.name === '--medlead-text');
    expect(text?.light).toMatch(/^#/);
    expect(text?.dark).toMatch(/^#/);
    expect(text?.dark).not.toBe(text?.light);
  });

  it('include every property the @medlead/react README names', () => {
    const readme = readFileSync(
      createRequire(import.meta.url)
        .resolve('@medlead/react/package.json')
        .replace(/package\.json$/, 'README.md'),
      'utf8',
    );
    const names = new Set(themeTokens(stylesheet).map((token) => token.name));
    for (const [name] of readme.matchAll(/--medlead-[a-z-]+[a-z]/g)) {
      if (name === '--medlead-series') continue; // "--medlead-series-1 … -8"
      expect(names).toContain(name);
    }
  });
});
