import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The README's usage example is examples/quickstart.mjs, word for word, and it runs.
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const example = readFileSync(join(root, 'examples/quickstart.mjs'), 'utf8');

describe('README', () => {
  it('opens with the two commands, pinned to the packageManager version', () => {
    const { packageManager } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      packageManager: string;
    };
    const commands = [...readme.matchAll(/^npx -y (pnpm@[\d.]+) .*$/gm)];
    expect(commands.length).toBeGreaterThanOrEqual(2);
    for (const [, version] of commands) expect(version).toBe(packageManager);
    expect(readme).toContain(`npx -y ${packageManager} install && npx -y ${packageManager} start`);
    expect(readme).toContain(`npx -y ${packageManager} install && npx -y ${packageManager} test`);
  });

  it('shows examples/quickstart.mjs word for word', () => {
    expect(readme).toContain(example.trim());
  });

  it('has a usage example that runs and prints what it promises', () => {
    const output = execFileSync(process.execPath, [join(root, 'examples/quickstart.mjs')], {
      encoding: 'utf8',
    });
    expect(output).toContain('Leadership and Management Standards for Medical Professionals');
    expect(output).toContain('1 Demonstrating Personal Qualities [published]');
    expect(output).toContain('(heading not known)');
    expect(output).toContain('ratings[0].value');
  });
});

describe('scoring guide', () => {
  const guide = readFileSync(join(root, 'packages/core/docs/scoring.md'), 'utf8');

  it('shows the real output of examples/worked-360.mjs', () => {
    const output = execFileSync(process.execPath, [join(root, 'examples/worked-360.mjs')], {
      encoding: 'utf8',
    });
    expect(output).toContain('direct-report suppressed');
    expect(guide).toContain(output.trim());
  });
});
