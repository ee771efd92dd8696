// Checks of what a caller gives a component or a function of this package. A problem is thrown as
// core's MedleadValidationError naming the prop (or argument) and what is wrong, as core's own
// functions do (DESIGN.md §4): never a TypeError from deep inside a component. They read like
// core's own checks (packages/core/src/validation/arguments.ts), which core keeps to itself.
import {
  describeValue,
  MedleadValidationError,
  type ScoreReport,
  ScoreReportSchema,
} from '@medlead/core';

export type Path = readonly PropertyKey[];

/** Throws a MedleadValidationError with one issue: `what` is "ResultSummary props", say. */
export function refuse(what: string, path: Path, message: string): never {
  throw new MedleadValidationError(what, [{ path, message }]);
}

/**
 * A score report, checked for the shape core's `scoreAssessment` gives (ScoreReportSchema) and
 * copied, so a getter or Proxy inside it is read once, here. It is not checked against a
 * framework: what reads it needs only its own node titles, values and levels.
 */
export function readReport(what: string, path: Path, value: unknown): ScoreReport {
  if (describeValue(value) !== 'an object') {
    refuse(what, path, `must be a score report from scoreAssessment, not ${describeValue(value)}`);
  }
  let parsed: ReturnType<typeof ScoreReportSchema.safeParse>;
  try {
    parsed = ScoreReportSchema.safeParse(value);
  } catch (error) {
    const reason =
      error instanceof RangeError
        ? 'it is nested too deeply or refers to itself'
        : 'reading it threw';
    return refuse(what, path, `could not be read (${reason})`);
  }
  if (!parsed.success) {
    throw new MedleadValidationError(
      what,
      parsed.error.issues.map((issue) => ({
        path: [...path, ...issue.path],
        message: issue.message,
      })),
    );
  }
  return parsed.data;
}

/** A whole number from `min` to `max`, or `fallback` when left out. */
export function readWholeNumber(
  what: string,
  path: Path,
  value: unknown,
  { min, max, fallback }: { min: number; max: number; fallback: number },
): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
    refuse(what, path, `must be a whole number from ${min} to ${max}, not ${describeValue(value)}`);
  }
  return value as number;
}

/** One of `allowed`, or undefined when left out. */
export function readChoice<T extends string>(
  what: string,
  path: Path,
  value: unknown,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined || allowed.includes(value as T)) return value as T | undefined;
  return refuse(
    what,
    path,
    `must be ${allowed.map((choice) => `"${choice}"`).join(' or ')} or left out, not ${describeValue(value)}`,
  );
}

/** A string, or undefined when left out. */
export function readOptionalString(what: string, path: Path, value: unknown): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  return refuse(what, path, `must be a string or left out, not ${describeValue(value)}`);
}
