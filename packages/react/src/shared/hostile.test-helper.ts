// Hostile props and arguments for this package's tables: the values of core's own tables (one list
// for every package), and the check each outcome must pass. Given any of them, a component or
// function either refuses with a MedleadValidationError naming the prop, or draws something sane;
// it never throws anything else, runs markup or pollutes Object.prototype.
import { MedleadValidationError } from '@medlead/core';
import { expect } from 'vitest';

export { hostileValues, markup } from '../../../core/src/hostile/hostile.test-helper';

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
