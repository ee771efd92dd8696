import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  outExtension: ({ format }) => ({ js: format === 'esm' ? '.mjs' : '.cjs' }),
  dts: true,
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
