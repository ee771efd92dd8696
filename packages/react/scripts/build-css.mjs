// Writes dist/styles.css: the shared tokens and base rules (src/theme/styles.css) first, then each
// component's own stylesheet (src/<component>/*.css) in name order, so a component's rules live
// beside its code but users still import one file.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const src = new URL('../src/', import.meta.url).pathname;
const parts = [join(src, 'theme/styles.css')];
for (const folder of readdirSync(src, { withFileTypes: true }).sort((a, b) =>
  a.name.localeCompare(b.name),
)) {
  if (!folder.isDirectory() || folder.name === 'theme') continue;
  for (const file of readdirSync(join(src, folder.name)).sort()) {
    if (file.endsWith('.css')) parts.push(join(src, folder.name, file));
  }
}
const css = parts.map((path) => readFileSync(path, 'utf8').trimEnd()).join('\n\n');
writeFileSync(new URL('../dist/styles.css', import.meta.url), `${css}\n`);
console.log(`styles.css from ${parts.length} files`);
