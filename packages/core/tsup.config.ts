import { defineConfig } from 'tsup';

// Every source file is an entry, so the output keeps one file per module: with
// `sideEffects: false`, an app's bundler then drops every module it does not use (a chart that
// needs `walk` does not pull in the schemas, the crosswalks or the CSV writer). The public
// entries are still only those in package.json's `exports`.
export default defineConfig({
  entry: [
    'src/**/*.ts',
    '!src/**/*.test.ts',
    '!src/**/*.test-helper.ts',
    '!src/scoring/fixtures.ts',
  ],
  format: ['esm', 'cjs'],
  outExtension: ({ format }) => ({ js: format === 'esm' ? '.mjs' : '.cjs' }),
  dts: true,
  splitting: true,
  treeshake: true,
  sourcemap: false,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  external: ['zod'],
  // With a file per module, tsup lists some 370 output files on every build, and its Rollup
  // tree-shaking pass says "Generated an empty chunk" for each module that holds only types:
  // quiet, so that a real problem stands out. esbuild still prints its own warnings, and errors
  // (esbuild's or the declaration build's) still print and fail the build.
  silent: true,
  esbuildOptions(options) {
    options.logLevel = 'warning';
  },
});
