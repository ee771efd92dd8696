import { defineConfig } from 'tsup';

export default defineConfig({
  // Every source file is an entry, so the output keeps one file per module (as core's does): with
  // `sideEffects` listing only the stylesheet, an app's bundler then leaves out every module it
  // does not use, imports and all. In one bundled file, a chart taken alone still brought every
  // other component's `import … from 'react'` lines (0.2 KB min+gzip on the wheel).
  entry: [
    'src/**/*.{ts,tsx}',
    '!src/**/*.test.{ts,tsx}',
    '!src/**/*.test-helper.ts',
    '!src/test-setup.ts',
  ],
  format: ['esm', 'cjs'],
  outExtension: ({ format }) => ({ js: format === 'esm' ? '.mjs' : '.cjs' }),
  dts: true,
  splitting: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  // Components use hooks and events: mark the bundle as client code for React Server Components.
  banner: { js: "'use client';" },
  external: [
    'react',
    'react-dom',
    'react/jsx-runtime',
    '@medlead/core',
    '@radix-ui/react-tooltip',
    'd3-shape',
    'zod',
  ],
});
