import { defineConfig } from 'tsup';

// One entry for the whole API and one per framework, so `@medlead/core/frameworks/hlm`
// can be imported alone without pulling in the others or the validation code.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'frameworks/mlcf': 'src/frameworks/mlcf.ts',
    'frameworks/hlm': 'src/frameworks/hlm.ts',
    'frameworks/ama': 'src/frameworks/ama.ts',
    'frameworks/fmlm': 'src/frameworks/fmlm.ts',
  },
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
});
