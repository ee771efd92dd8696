import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { inlineCss } from './scripts/inline-css.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// The ESM build for bundlers: our code only, with react, react-dom, @medlead/* and zod left to the
// app (the one-file script, with everything inside, is scripts/build-bundle.mjs).
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  outExtension: () => ({ js: '.mjs' }),
  dts: true,
  clean: true,
  target: 'es2022',
  platform: 'browser',
  external: [
    'react',
    'react-dom',
    'react-dom/client',
    'react/jsx-runtime',
    '@medlead/core',
    '@medlead/react',
    'zod',
  ],
  // The stylesheet's text goes into the build (the element puts it in its shadow root).
  noExternal: [/\.css\?inline$/],
  esbuildPlugins: [inlineCss()],
  define: { __MEDLEAD_ELEMENTS_VERSION__: JSON.stringify(version) },
});
