// The static build, opened as a visitor would (scripts/static-check.mjs): served from a subfolder,
// in Chromium, every story and docs page renders with no console error and no error display, and
// every story has no axe violation. Turbo's `test` runs after `build`, so the build is fresh; run
// alone, this builds it first when it is missing or older than the sources.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { checkStaticBuild } from '../scripts/static-check.mjs';

const app = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(app, 'storybook-static');

/** The newest modification time of any file under these folders. */
function newest(...dirs: string[]): number {
  let latest = 0;
  const visit = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else latest = Math.max(latest, statSync(path).mtimeMs);
    }
  };
  for (const dir of dirs) visit(dir);
  return latest;
}

it('the static build renders every story and page without errors or axe violations', async () => {
  const built = join(out, 'index.json');
  const sources = newest(
    join(app, 'src'),
    join(app, '.storybook'),
    join(app, '../../packages/core/dist'),
    join(app, '../../packages/react/dist'),
    // Served beside the pages (staticDirs), for the embed-code generator.
    join(app, '../../packages/elements/dist'),
    join(app, '../embed/dist'),
    join(app, '../../examples/frameworks'),
  );
  if (!existsSync(built) || statSync(built).mtimeMs < sources) {
    execFileSync(join(app, 'node_modules/.bin/storybook'), ['build', '-o', out, '--quiet'], {
      cwd: app,
      stdio: 'ignore',
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
    });
  }
  const { entries, failures } = await checkStaticBuild({ dir: out });
  expect(entries).toBeGreaterThan(60);
  expect(failures).toEqual([]);
  // Building Storybook and measuring every story at four widths takes 5 to 10 minutes on a busy
  // 2-core machine; 20 leaves room without hiding a hang.
}, 1_200_000);
