// Checks of what a caller gives a component or a function of this package. A problem is thrown as
// core's MedleadValidationError naming the prop (or argument) and what is wrong, as core's own
// functions do (DESIGN.md §4): never a TypeError from deep inside a component. Core keeps its
// argument helpers (validation/arguments.ts) to itself, so the few this package needs are here.
import {
  MedleadValidationError,
  type ScoreReport,
  ScoreReportSchema,
  type ValidationIssue,
} from '@medlead/core';

export type Path = readonly (string | number)[];

/** `report.nodes[2].title`: a path written the way core writes its issues' paths. */
function pathText(path: Path): string {
  if (path.length === 0) return '(root)';
  return path
    .map((part, index) => {
      if (typeof part === 'number') return `[${part}]`;
      if (/^[A-Za-z_$][\w$]*$/.test(part)) return index === 0 ? part : `.${part}`;
      return `[${JSON.stringify(part)}]`;
    })
    .join('');
}

const issueAt = (path: Path, message: string): ValidationIssue => ({
  path,
  pathText: pathText(path),
  message,
});

/** Throws a MedleadValidationError with one issue: `what` is "ResultSummary props", say. */
export function refuse(what: string, path: Path, message: string): never {
  throw new MedleadValidationError(what, [issueAt(path, message)]);
}

/** A short, safe description of a value for a message ("null", "a string", "a Map"…). */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : `${value}`;
  if (typeof value === 'string') return value === '' ? 'an empty string' : 'a string';
  if (typeof value !== 'object')
    return typeof value === 'function' ? 'a function' : `a ${typeof value}`;
  try {
    if (Array.isArray(value)) return 'a list';
    if (value instanceof Map) return 'a Map';
    if (value instanceof Set) return 'a Set';
    if (value instanceof Date) return 'a Date';
  } catch {
    // a revoked Proxy, or one whose traps throw: still an object
  }
  return 'an object';
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
      parsed.error.issues.map((issue) =>
        issueAt(
          [...path, ...issue.path.map((part) => (typeof part === 'number' ? part : String(part)))],
          issue.message,
        ),
      ),
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
