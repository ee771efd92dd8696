// Argument checks shared by every public function. Each one either gives back a value the
// function can trust or throws `MedleadValidationError` naming the argument and the path inside
// it: a caller never meets a TypeError, a RangeError or a NaN from core.
import { isDeeplyFrozen } from '../util/deep-freeze';
import { isPlainRecord } from '../util/plain-object';
import { MedleadValidationError, makeIssue, type ValidationIssue } from './errors';

export type Path = readonly PropertyKey[];

/** Throws a `MedleadValidationError` with one issue. */
export function fail(what: string, path: Path, message: string): never {
  throw new MedleadValidationError(what, [makeIssue(path, message)]);
}

/**
 * A short, safe description of a value for an error message ("null", "a string", "NaN"…): the
 * words after "not" in every medlead message, so @medlead/react's prop checks say the same. It
 * never throws, whatever the value (a revoked Proxy is "an object").
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') {
    return Number.isFinite(value) ? `the number ${value}` : String(value);
  }
  if (typeof value === 'string') return value === '' ? 'an empty string' : 'a string';
  if (typeof value === 'function') return 'a function';
  if (typeof value !== 'object') return `a ${typeof value}`;
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

/** True for a plain object (`{}`, `Object.create(null)`, or one from another frame). */
export const isPlainObject = isPlainRecord;

const notOptions = [Map, Set, WeakMap, WeakSet, Date, RegExp, Promise, Error, ArrayBuffer];

/**
 * True for an object that can hold options: a plain object, or any other object (made with
 * `Object.create(defaults)`, or a class instance) but a list, a collection or a date. Only its
 * own properties are ever read.
 */
export function isOptionsObject(value: unknown): value is Record<string, unknown> {
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    if (ArrayBuffer.isView(value)) return false;
    return !notOptions.some((type) => value instanceof type);
  } catch {
    return false;
  }
}

/** Runs `read`, turning anything it throws (a hostile getter or Proxy) into a validation error. */
export function guard<T>(what: string, path: Path, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof MedleadValidationError) throw error;
    return fail(what, path, `could not be read (${errorText(error)})`);
  }
}

/** The message of something thrown, whatever it is. */
export function errorText(error: unknown): string {
  if (error instanceof RangeError) return 'it is nested too deeply or refers to itself';
  if (error instanceof Error) return error.message;
  return 'reading it threw';
}

export function requireString(what: string, path: Path, value: unknown): string {
  if (typeof value !== 'string') fail(what, path, `must be a string, not ${describeValue(value)}`);
  return value;
}

export function requireFiniteNumber(what: string, path: Path, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail(what, path, `must be a finite number, not ${describeValue(value)}`);
  }
  return value;
}

/** `Array.isArray` that answers false, rather than throwing, for a revoked Proxy. */
export function isArray(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** A real array (not an array-like), copied so later changes by the caller cannot reach us. */
export function requireArray(what: string, path: Path, value: unknown): readonly unknown[] {
  if (!isArray(value)) fail(what, path, `must be a list, not ${describeValue(value)}`);
  return guard(what, path, () => Array.from(value as unknown[]));
}

/**
 * Reads an options argument: `undefined` gives `{}`; anything but a plain object is refused, and
 * so is a key that is not one of `known` (a misspelt option should not be silently ignored).
 * Only own enumerable properties are read, into a fresh object with no prototype, so a polluted
 * `Object.prototype` or an inherited key cannot set an option.
 */
export function readOptions(
  what: string,
  path: Path,
  value: unknown,
  known: readonly string[],
): Record<string, unknown> {
  if (value === undefined) return Object.create(null);
  if (!isOptionsObject(value)) {
    fail(what, path, `must be an object of options or left out, not ${describeValue(value)}`);
  }
  return guard(what, path, () => {
    const copy: Record<string, unknown> = Object.create(null);
    const issues: ValidationIssue[] = [];
    for (const key of Object.keys(value)) {
      if (!known.includes(key)) {
        issues.push(
          makeIssue(
            [...path, key],
            `is not an option here (options: ${known.join(', ') || 'none'})`,
          ),
        );
      } else {
        copy[key] = value[key];
      }
    }
    if (issues.length > 0) throw new MedleadValidationError(what, issues);
    return copy;
  });
}

/** Prefixes every issue of a validation error with `path` (the argument it was found in). */
export function underPath(
  what: string,
  path: Path,
  issues: readonly ValidationIssue[],
): MedleadValidationError {
  return new MedleadValidationError(
    what,
    issues.map((issue) => makeIssue([...path, ...issue.path], issue.message)),
  );
}

/**
 * A cache of checked copies, keyed by the input object, used only for inputs that are frozen all
 * the way down: an object that can still change must be checked again on every call.
 */
export class CheckedCache<T> {
  private readonly checked = new WeakMap<object, T>();

  get(input: object): T | undefined {
    return this.checked.get(input);
  }

  /** Remembers `result` for `input` when `input` can never change. */
  set(input: object, result: T): void {
    if (isDeeplyFrozen(input)) this.checked.set(input, result);
  }
}
