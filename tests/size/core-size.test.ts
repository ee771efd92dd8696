import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { kb, measureBundle } from './bundle-size';

// Budgets from shared/DESIGN.md §8, measured on the built package as a user's bundler sees it.
const here = dirname(fileURLToPath(import.meta.url));
const KB = 1024;

const budgets = [
  {
    what: 'one framework alone (@medlead/core/frameworks/hlm)',
    source: `export { hlm } from '@medlead/core/frameworks/hlm';`,
    budget: 4 * KB,
  },
  {
    what: 'one framework alone (@medlead/core/frameworks/mlcf)',
    source: `export { mlcf } from '@medlead/core/frameworks/mlcf';`,
    budget: 8 * KB,
  },
  {
    what: '@medlead/core, everything, without zod',
    source: `export * from '@medlead/core';`,
    budget: 30 * KB,
  },
];

describe('bundle size budgets (min+gzip, zod external)', () => {
  it.each(budgets)('$what stays within budget', async ({ what, source, budget }) => {
    const size = await measureBundle(source, ['zod'], here);
    console.log(
      `${what}: ${kb(size.minified)} min, ${kb(size.gzipped)} min+gzip (budget ${kb(budget)})`,
    );
    expect(size.gzipped).toBeLessThanOrEqual(budget);
  });

  it('does not pull the other frameworks or zod into a single-framework import', async () => {
    const { build } = await import('esbuild');
    const result = await build({
      stdin: {
        contents: `export { hlm } from '@medlead/core/frameworks/hlm';`,
        resolveDir: here,
        loader: 'js',
      },
      bundle: true,
      format: 'esm',
      external: ['zod'],
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.text ?? '';
    expect(code).toContain('Inspiring shared purpose');
    expect(code).not.toContain('Demonstrating Personal Qualities');
    expect(code).not.toMatch(/from ["']zod["']/);
  });
});
