// Runs after tsup. tsup names CommonJS type files `.d.ts` whatever the JS extension, so rename
// them to `.d.cts` (pointing their relative imports at `.cjs`), giving format-matched types:
// `.mjs` + `.d.mts` for import, `.cjs` + `.d.cts` for require.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;

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
  const rewritten = text.replace(/(from\s+['"]\.{1,2}\/[^'"]+?)(\.js)?(['"])/g, '$1.cjs$3');
  await writeFile(file.replace(/\.d\.ts$/, '.d.cts'), rewritten);
  await rm(file);
  renamed++;
}
console.log(`renamed ${renamed} CommonJS type files to .d.cts`);
