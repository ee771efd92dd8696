// The guides' code runs as written: each Node example is run and its output must appear in its
// guide word for word; the React examples render on the server (and, as stories, in Chromium);
// every file a guide shows exists, and every link between pages leads to a page.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderToString } from 'react-dom/server';
import { storyNameFromExport, toId } from 'storybook/internal/csf';
import { describe, expect, it } from 'vitest';
import { BrandedCharts } from './examples/BrandedCharts';
import { LeadershipProfile } from './examples/LeadershipProfile';

const here = dirname(fileURLToPath(import.meta.url));
const src = join(here, '..');
const examples = join(here, 'examples');
const read = (path: string) => readFileSync(path, 'utf8');
const run = (file: string, ...args: string[]) =>
  execFileSync(process.execPath, [join(examples, file), ...args], { encoding: 'utf8' });

/** Every .mdx file under src, with its text. */
function mdxFiles(dir = src): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return mdxFiles(path);
    return entry.name.endsWith('.mdx') ? [{ path, text: read(path) }] : [];
  });
}

/** The text of every story file under src. */
function storyFiles(dir = src): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return storyFiles(path);
    return entry.name.endsWith('.stories.tsx') ? [read(path)] : [];
  });
}

describe('the Node examples print what their guides show', () => {
  it.each([
    ['scoring-360.mjs', 'scoring.mdx'],
    ['crosswalks.mjs', 'crosswalks.mdx'],
    ['provenance.mjs', 'provenance.mdx'],
    ['bring-your-own.mjs', 'bring-your-own-framework.mdx'],
  ])('%s, in %s', (example, guide) => {
    // bring-your-own.mjs writes two files: into a folder of their own.
    const output = run(example, mkdtempSync(join(tmpdir(), 'medlead-guide-'))).trim();
    expect(output.split('\n').length).toBeGreaterThan(2);
    expect(read(join(here, guide))).toContain(`\`\`\`text\n${output}\n\`\`\``);
  });

  it('static-embed.mjs writes a self-contained page with the chart and no script', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'medlead-embed-')), 'wheel.html');
    expect(run('static-embed.mjs', out)).toContain(`wrote ${out}`);
    const page = read(out);
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('<figure class="medlead medlead-wheel"');
    expect(page).toContain('--medlead-surface');
    expect(page).toContain('<table');
    expect(page).not.toMatch(/<script/i);
  });
});

describe('the React examples render', () => {
  it('LeadershipProfile (Getting started) renders the whole profile on the server', () => {
    const page = renderToString(<LeadershipProfile />);
    expect(page).toContain('8 of 9 dimensions rated');
    expect(page).toContain('medlead-wheel');
    expect(page).toContain('medlead-gap');
    expect(page).toContain('medlead-scale-legend');
  });

  it('BrandedCharts (Theming) renders inside its themed wrapper', () => {
    const page = renderToString(<BrandedCharts />);
    expect(page).toMatch(/^<div class="brand-charts">/);
    expect(page).toContain('medlead-wheel');
  });
});

describe('the guides', () => {
  const files = mdxFiles();
  const pageIds = new Set(
    files.flatMap(({ text }) => {
      const title = /<Meta title="([^"]+)"/.exec(text)?.[1];
      return title === undefined ? [] : [toId(title, 'docs')];
    }),
  );

  // Every story's id, from the story files' titles and named exports (as Storybook makes them).
  const storyIds = new Set(
    storyFiles().flatMap((story) => {
      const title = /^\s+title: '([^']+)'/m.exec(story)?.[1];
      if (title === undefined) return [];
      return [...story.matchAll(/^export const (\w+)/gm)].map(([, name]) =>
        toId(title, storyNameFromExport(name ?? '')),
      );
    }),
  );

  it('are all there', () => {
    const titles = files.map(({ text }) => /<Meta title="([^"]+)"/.exec(text)?.[1]);
    for (const title of [
      'Guides/Getting started',
      'Guides/Scoring and 360 rules',
      'Guides/Crosswalks and curriculum mapping',
      'Guides/Embedding in Moodle, Canvas and WordPress',
      'Guides/Theming',
      'Guides/Bring your own framework',
      "Guides/Data provenance and the owners' rights",
    ]) {
      expect(titles).toContain(title);
    }
  });

  it.each(files.map(({ path, text }) => [path.slice(src.length + 1), path, text] as const))(
    '%s: every file it imports exists, and every link to a docs page leads to one',
    (_name, path, text) => {
      for (const [, file] of text.matchAll(/^import .* from '(\.[^']+?)(\?raw)?';$/gm)) {
        const resolved = join(dirname(path), file ?? '');
        const candidates = [resolved, `${resolved}.tsx`, `${resolved}.ts`];
        expect(candidates.some((candidate) => existsSync(candidate))).toBe(true);
      }
      for (const [, id] of text.matchAll(/\(\?path=\/docs\/([^)#]+)\)/g)) {
        expect(pageIds).toContain(id);
      }
      for (const [, id] of text.matchAll(/\(\?path=\/story\/([^)#]+)\)/g)) {
        expect(storyIds).toContain(id);
      }
    },
  );
});
