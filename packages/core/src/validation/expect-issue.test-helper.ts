import { expect } from 'vitest';
import { MedleadValidationError, type ValidationIssue } from './errors';

/** Runs `run` and returns the MedleadValidationError it must throw. */
export function errorOf(run: () => unknown): MedleadValidationError {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(MedleadValidationError);
  return thrown as MedleadValidationError;
}

/** Runs `run` and returns the issues of the MedleadValidationError it must throw. */
export function issuesOf(run: () => unknown): readonly ValidationIssue[] {
  return errorOf(run).issues;
}

/** Asserts that `run` throws a MedleadValidationError with an issue at `path` whose message matches. */
export function expectIssue(run: () => unknown, path: string, message: RegExp): void {
  const error = errorOf(run);
  const issues = error.issues;
  expect(error.message, 'the message names the path too').toContain(path);
  const match = issues.find((issue) => issue.pathText === path);
  expect(
    match,
    `no issue at ${path}: ${issues.map((i) => `${i.pathText}: ${i.message}`).join('; ')}`,
  ).toBeDefined();
  expect(match?.message).toMatch(message);
}
