// Writes dist/medlead-elements.js: the one-file script for a <script> tag, with everything in it.
// React's own DOM renderer is too big for its budget (about 67 KB min+gzip of the 90), so this
// file runs the @medlead/react components on Preact's React-compatible layer (preact/compat,
// aliased for react and react-dom); the ESM build uses the app's React. Prints the size and what
// takes the room (from esbuild's metafile).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { inlineCss } from './inline-css.mjs';
import { leaveOutZodJsonSchema } from './zod-json-schema-stub.mjs';

const root = new URL('../', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const outfile = new URL('dist/medlead-elements.js', root).pathname;

const result = await build({
  entryPoints: [new URL('src/one-file.ts', root).pathname],
  outfile,
  bundle: true,
  minify: true,
  format: 'iife',
  globalName: 'MedleadElements',
  platform: 'browser',
  target: 'es2022',
  // Every non-ASCII character written as an escape, so that a page without a UTF-8 declaration
  // (read as windows-1252) still shows "–" and "’" (esbuild's default; said here so it stays).
  charset: 'ascii',
  metafile: true,
  logLevel: 'warning',
  // Subpaths follow: react/jsx-runtime → preact/compat/jsx-runtime, react-dom/client → preact/compat/client.
  alias: { react: 'preact/compat', 'react-dom': 'preact/compat' },
  define: {
    'process.env.NODE_ENV': '"production"',
    __MEDLEAD_ELEMENTS_VERSION__: JSON.stringify(version),
  },
  plugins: [inlineCss(), leaveOutZodJsonSchema()],
  logOverride: { 'ignored-bare-import': 'silent' },
  banner: {
    js: `/*! @medlead/elements ${version} (MIT): medlead-wheel, medlead-gap-chart, medlead-self-assessment, medlead-explorer. Includes Preact, Radix UI, Floating UI and zod (each MIT). */`,
  },
});

if (result.warnings.length > 0) {
  // A warning here may mean the zod stub no longer matches zod (an export read as undefined).
  console.error(`build-bundle: ${result.warnings.length} warning(s); failing`);
  process.exit(1);
}

const code = readFileSync(outfile);
const gzipped = gzipSync(code, { level: 9 }).byteLength;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`dist/medlead-elements.js: ${kb(code.byteLength)} min, ${kb(gzipped)} min+gzip`);

// What takes the room, by package (bytes of minified output, before gzip).
const byPackage = new Map();
for (const output of Object.values(result.metafile.outputs)) {
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const name = input.startsWith('inline-css:')
      ? 'the stylesheet (@medlead/react/styles.css, minified)'
      : input.startsWith('src/')
        ? '@medlead/elements (this package)'
        : /^\.\.\/(core|react)\//.test(input)
          ? `@medlead/${input.split('/')[1]}`
          : (input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/)?.[1] ?? input);
    byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
  }
}
const top = [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 12);
console.log(top.map(([name, bytes]) => `  ${name}: ${kb(bytes)}`).join('\n'));
