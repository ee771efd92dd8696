// Runs after tsup. tsup names CommonJS type files `.d.ts` whatever the JS extension, so rename
// them to `.d.cts` (pointing their relative imports at `.cjs`), giving format-matched types:
// `.mjs` + `.d.mts` for import, `.cjs` + `.d.cts` for require.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

// Usage: node scripts/rename-cjs-types.mjs <dist folder>   (shared by every package's build)
const dist = resolve(process.argv[2] ?? 'dist');

async function* filesIn(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesIn(path);
    else yield path;
  }
}

let renamed = 0;
for await (const file of filesIn(dist)) {
  if (!file.endsWith('.d.ts')) continue;
  const text = await readFile(file, 'utf8');
  // Both `import … from './x.js'` and bare `import './x.js'` point at sibling type files.
  const rewritten = text.replace(
    /((?:from|import)\s+['"]\.{1,2}\/[^'"]+?)(\.js)?(['"])/g,
    '$1.cjs$3',
  );
  await writeFile(file.replace(/\.d\.ts$/, '.d.cts'), rewritten);
  await rm(file);
  renamed++;
}
console.log(`renamed ${renamed} CommonJS type files to .d.cts`);
