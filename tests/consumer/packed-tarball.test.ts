import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Packs @medlead/core and @medlead/react exactly as they would be published, installs the tarballs
// with npm into a scratch project (with React from the registry), and uses them from ESM, from
// CommonJS and from type-checked TypeScript.

const here = dirname(fileURLToPath(import.meta.url));
const coreDir = join(here, '../../packages/core');
const reactDir = join(here, '../../packages/react');
const require = createRequire(import.meta.url);
const tsc = join(dirname(require.resolve('typescript/package.json')), 'bin/tsc');

let scratch = '';

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The pnpm that is running this test (pnpm sets npm_execpath), so `pnpm pack` matches it. */
function pnpm(args: string[], cwd: string): string {
  const execPath = process.env.npm_execpath;
  if (execPath?.includes('pnpm')) return run(process.execPath, [execPath, ...args], cwd);
  const { packageManager } = JSON.parse(run('cat', ['../../package.json'], here)) as {
    packageManager: string;
  };
  return run('npx', ['-y', packageManager, ...args], cwd);
}

/** Runs tsc in the scratch project; returns its report ('' when the check passes). */
function typeCheck(): string {
  try {
    run(process.execPath, [tsc, '-p', '.'], scratch);
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'medlead-consumer-'));
  pnpm(['pack', '--pack-destination', scratch], coreDir);
  pnpm(['pack', '--pack-destination', scratch], reactDir);
  const tarballs = readdirSync(scratch).filter((file) => file.endsWith('.tgz'));
  if (tarballs.length !== 2) throw new Error(`pnpm pack wrote ${tarballs.join(', ')}`);
  writeFileSync(
    join(scratch, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, version: '0.0.0' }),
  );
  // npm installs zod, the peer dependency, by itself; React comes at the version apps use.
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      ...tarballs.map((tarball) => `./${tarball}`),
      'react@19.3.1',
      'react-dom@19.3.1',
      '@types/react@19.3.0',
    ],
    scratch,
  );
  for (const file of [
    'esm.mjs',
    'cjs.cjs',
    'consumer.ts',
    'react-esm.mjs',
    'react-cjs.cjs',
    'react-consumer.tsx',
    'case-round-trip.mjs',
  ])
    copyFileSync(join(here, 'fixtures', file), join(scratch, file));
});

afterAll(() => {
  if (scratch !== '') rmSync(scratch, { recursive: true, force: true });
});

describe('the packed @medlead/core tarball', () => {
  it('ships only the built files, the README and the licence', () => {
    const listing = run(
      'tar',
      ['-tzf', readdirSync(scratch).find((f) => f.startsWith('medlead-core-')) ?? ''],
      scratch,
    );
    expect(listing).toContain('package/dist/index.mjs');
    expect(listing).toContain('package/dist/index.d.cts');
    expect(listing).toContain('package/dist/schemas/framework.schema.json');
    expect(listing).not.toContain('package/src/');
  });

  it('works from ESM, including a framework imported alone and a JSON Schema file', () => {
    expect(run(process.execPath, ['esm.mjs'], scratch)).toContain('esm ok');
  });

  it('works from CommonJS', () => {
    expect(run(process.execPath, ['cjs.cjs'], scratch)).toContain('cjs ok');
  });

  it('round-trips every edition through CASE 1.0 and 1.1 (fixtures/case-round-trip.mjs)', () => {
    expect(run(process.execPath, ['case-round-trip.mjs'], scratch)).toContain('case round trip ok');
  });

  it.each([
    ['NodeNext', 'NodeNext'],
    ['Bundler', 'ESNext'],
  ])('type-checks a TypeScript consumer with moduleResolution %s', (moduleResolution, module) => {
    const config = {
      compilerOptions: {
        strict: true,
        noEmit: true,
        module,
        moduleResolution,
        target: 'ES2022',
        skipLibCheck: false,
        types: [],
      },
      files: ['consumer.ts'],
    };
    writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify(config));
    expect(typeCheck()).toBe('');
  });

  it('fails the type check when the types are misused (the types are real, not any)', () => {
    writeFileSync(
      join(scratch, 'misuse.ts'),
      `import { hlm } from '@medlead/core';\nconst n: number = hlm.title;\nconsole.log(n);\n`,
    );
    writeFileSync(
      join(scratch, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          types: [],
        },
        files: ['misuse.ts'],
      }),
    );
    expect(typeCheck()).toMatch(/misuse\.ts.*TS2322/);
  });
});

describe('the packed @medlead/react tarball', () => {
  it('ships the built files and one stylesheet, and no sources or tests', () => {
    const listing = run(
      'tar',
      ['-tzf', readdirSync(scratch).find((f) => f.startsWith('medlead-react-')) ?? ''],
      scratch,
    );
    expect(listing).toContain('package/dist/index.mjs');
    expect(listing).toContain('package/dist/index.cjs');
    expect(listing).toContain('package/dist/index.d.cts');
    expect(listing).toContain('package/dist/styles.css');
    expect(listing).not.toContain('package/src/');
    expect(listing).not.toMatch(/test/);
  });

  it('renders every chart on the server from ESM, with no DOM', () => {
    expect(run(process.execPath, ['react-esm.mjs'], scratch)).toContain('react esm ok');
  });

  it('renders from CommonJS', () => {
    expect(run(process.execPath, ['react-cjs.cjs'], scratch)).toContain('react cjs ok');
  });

  it.each([
    ['NodeNext', 'NodeNext'],
    ['Bundler', 'ESNext'],
  ])('type-checks a TSX consumer with moduleResolution %s', (moduleResolution, module) => {
    const config = {
      compilerOptions: {
        strict: true,
        noEmit: true,
        jsx: 'react-jsx',
        module,
        moduleResolution,
        target: 'ES2022',
        skipLibCheck: false,
        types: [],
      },
      files: ['react-consumer.tsx'],
    };
    writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify(config));
    expect(typeCheck()).toBe('');
  });
});
