import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Issue 14: imports round-trip every edition from the packed tarball. Packs @medlead/core as it
// would be published, installs it with npm (zod comes as its peer dependency) into a scratch
// project, and runs fixtures/lms-round-trip.mjs there.

const here = dirname(fileURLToPath(import.meta.url));
const coreDir = join(here, '../../packages/core');
let scratch = '';

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'medlead-lms-'));
  const execPath = process.env.npm_execpath;
  const pnpm = execPath?.includes('pnpm')
    ? [process.execPath, execPath]
    : ['npx', '-y', 'pnpm@10.20.0'];
  const [command = 'npx', ...pnpmArgs] = pnpm;
  run(command, [...pnpmArgs, 'pack', '--pack-destination', scratch], coreDir);
  const [tarball] = readdirSync(scratch).filter((file) => file.endsWith('.tgz'));
  if (tarball === undefined) throw new Error('pnpm pack wrote no tarball');
  writeFileSync(join(scratch, 'package.json'), '{"name":"lms","private":true,"version":"0.0.0"}');
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', `./${tarball}`], scratch);
  copyFileSync(join(here, 'fixtures', 'lms-round-trip.mjs'), join(scratch, 'lms-round-trip.mjs'));
});

afterAll(() => {
  if (scratch !== '') rmSync(scratch, { recursive: true, force: true });
});

describe('the packed @medlead/core tarball, Moodle and Canvas interchange', () => {
  it('exports every edition to Moodle and Canvas CSV and imports it back unchanged', () => {
    expect(run(process.execPath, ['lms-round-trip.mjs'], scratch)).toContain(
      'lms round trip ok: 20 trips',
    );
  });
});
