// Hostile props and arguments for this package's tables (core's are in
// packages/core/src/hostile/): values no caller should send. Given any of them, a component or
// function either refuses with a MedleadValidationError naming the prop, or draws something
// sane; it never throws anything else, runs markup or pollutes Object.prototype.
import { MedleadValidationError } from '@medlead/core';
import { expect } from 'vitest';

/** Markup that sets `globalThis.__pwned` if anything ever runs it. */
export const markup =
  '<img src=x onerror="globalThis.__pwned=1"><script>globalThis.__pwned=1</script>';

function cyclic(): unknown {
  const report: Record<string, unknown> = { framework: 'hlm@2013', nodes: [] };
  (report.nodes as unknown[]).push(report);
  report.self = report;
  return report;
}

/** Every hostile value, by name; each call makes a fresh one. */
export const hostileValues: readonly (readonly [name: string, make: () => unknown])[] = [
  ['null', () => null],
  ['undefined', () => undefined],
  ['NaN', () => Number.NaN],
  ['Infinity', () => Number.POSITIVE_INFINITY],
  ['-Infinity', () => Number.NEGATIVE_INFINITY],
  ['a negative number', () => -3],
  ['zero', () => 0],
  ['a fraction', () => 2.5],
  ['a huge number', () => 1e308],
  ['true', () => true],
  ['an empty string', () => ''],
  ['markup', () => markup],
  ['a number as text', () => '3'],
  ['a symbol', () => Symbol('hostile')],
  ['a function', () => () => 1],
  ['an empty object', () => ({})],
  ['an empty list', () => []],
  ['a list of reports', () => [{ framework: 'hlm@2013', nodes: [] }]],
  ['a Map', () => new Map([['nodes', []]])],
  ['an object with a __proto__ key', () => JSON.parse('{"__proto__":{"polluted":"yes"},"x":1}')],
  ['an object with no prototype', () => Object.create(null)],
  ['a cyclic object', cyclic],
  [
    'an object with a throwing getter',
    () =>
      Object.defineProperty({}, 'nodes', {
        enumerable: true,
        get() {
          throw new Error('getter');
        },
      }),
  ],
  [
    'a Proxy whose traps throw',
    () =>
      new Proxy(
        {},
        {
          get() {
            throw new Error('trap: get');
          },
          getPrototypeOf() {
            throw new Error('trap: getPrototypeOf');
          },
        },
      ),
  ],
  [
    'a revoked Proxy',
    () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    },
  ],
];

/**
 * Runs `run`: it must return, or throw a MedleadValidationError with an issue at `path` (or under
 * it). Nothing else may be thrown, no markup may run and Object.prototype must stay clean.
 * Gives back the error, or undefined when `run` returned.
 */
export function refusedOrDone(
  run: () => unknown,
  path: string,
): MedleadValidationError | undefined {
  let refused: MedleadValidationError | undefined;
  try {
    run();
  } catch (error) {
    if (!(error instanceof MedleadValidationError)) {
      throw new Error(`threw ${String((error as Error)?.name)}, not MedleadValidationError`, {
        cause: error,
      });
    }
    const paths = error.issues.map((issue) => issue.pathText);
    expect(
      paths.some(
        (text) => text === path || text.startsWith(`${path}.`) || text.startsWith(`${path}[`),
      ),
      `no issue at ${path}: ${paths.join(', ')}`,
    ).toBe(true);
    refused = error;
  }
  expect(({} as Record<string, unknown>).polluted, 'Object.prototype was polluted').toBeUndefined();
  expect((globalThis as Record<string, unknown>).__pwned, 'markup ran').toBeUndefined();
  return refused;
}
