// The parsing every public function builds on: zod into a fresh, deeply frozen copy, never
// throwing, with the results listed as trusted so they are not checked again.
import type { z } from 'zod';
import { RatingScaleSchema } from '../model/scale';
import type { RatingScale } from '../model/types';
import { deepFreeze } from '../util/deep-freeze';
import { errorText } from './arguments';
import {
  MedleadValidationError,
  makeIssue,
  type SafeParseResult,
  type ValidationIssue,
} from './errors';
import { trustScale } from './trusted';

function fromZod(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => makeIssue(issue.path, issue.message));
}

export const failure = (what: string, issues: readonly ValidationIssue[]) =>
  ({ success: false, error: new MedleadValidationError(what, issues) }) as const;

/**
 * Parses with zod into a fresh, deeply frozen copy, then runs `extraChecks` on the copy. Never
 * throws: whatever goes wrong while reading the input (a getter that throws, a Proxy) is an issue.
 */
export function safeParseWith<T>(
  schema: z.ZodType,
  what: string,
  input: unknown,
  extraChecks?: (data: T) => ValidationIssue[],
): SafeParseResult<T> {
  try {
    const result = schema.safeParse(input);
    if (!result.success) return failure(what, fromZod(result.error));
    const data = deepFreeze(result.data) as T;
    const extra = extraChecks?.(data) ?? [];
    if (extra.length > 0) return failure(what, extra);
    return { success: true, data };
  } catch (error) {
    if (error instanceof MedleadValidationError) return { success: false, error };
    return failure(what, [makeIssue([], `could not be read (${errorText(error)})`)]);
  }
}

export function unwrap<T>(result: SafeParseResult<T>): T {
  if (!result.success) throw result.error;
  return result.data;
}

/** Checks a rating scale; returns it typed and frozen, or reports every problem. */
export function safeParseScale(input: unknown): SafeParseResult<RatingScale> {
  const result = safeParseWith<RatingScale>(RatingScaleSchema, 'rating scale', input);
  if (result.success) trustScale(result.data);
  return result;
}
