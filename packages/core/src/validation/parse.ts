import type { z } from 'zod';
import { AssessmentSchema } from '../model/assessment';
import { CrosswalkSchema } from '../model/crosswalk';
import { FrameworkSchema } from '../model/framework';
import type { Assessment, Crosswalk, Framework } from '../model/types';
import { deepFreeze } from '../util/deep-freeze';
import { checkAssessmentAgainst } from './assessment-context';
import { checkCrosswalkAgainst } from './crosswalk-context';
import {
  MedleadValidationError,
  makeIssue,
  type SafeParseResult,
  type ValidationIssue,
} from './errors';

function fromZod(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => makeIssue(issue.path, issue.message));
}

function safeParseWith<T>(
  schema: z.ZodType,
  what: string,
  input: unknown,
  extraChecks?: (data: T) => ValidationIssue[],
): SafeParseResult<T> {
  const result = schema.safeParse(input);
  if (!result.success) {
    return { success: false, error: new MedleadValidationError(what, fromZod(result.error)) };
  }
  const data = deepFreeze(result.data) as T;
  const extra = extraChecks?.(data) ?? [];
  if (extra.length > 0) return { success: false, error: new MedleadValidationError(what, extra) };
  return { success: true, data };
}

function unwrap<T>(result: SafeParseResult<T>): T {
  if (!result.success) throw result.error;
  return result.data;
}

/** Checks a framework definition; returns it typed and frozen, or reports every problem. */
export function safeParseFramework(input: unknown): SafeParseResult<Framework> {
  return safeParseWith<Framework>(FrameworkSchema, 'framework', input);
}

/** Like `safeParseFramework`, but throws `MedleadValidationError`. */
export function parseFramework(input: unknown): Framework {
  return unwrap(safeParseFramework(input));
}

export interface ParseAssessmentOptions {
  /**
   * Also check the assessment against this framework: the key matches, the scales exist,
   * every rated node is one the framework assesses, and every value is on its scale.
   */
  readonly framework?: Framework;
}

/** Checks an assessment; returns it typed and frozen, or reports every problem. */
export function safeParseAssessment(
  input: unknown,
  options: ParseAssessmentOptions = {},
): SafeParseResult<Assessment> {
  const { framework } = options;
  return safeParseWith<Assessment>(AssessmentSchema, 'assessment', input, (assessment) =>
    framework === undefined ? [] : checkAssessmentAgainst(framework, assessment),
  );
}

/** Like `safeParseAssessment`, but throws `MedleadValidationError`. */
export function parseAssessment(input: unknown, options: ParseAssessmentOptions = {}): Assessment {
  return unwrap(safeParseAssessment(input, options));
}

export interface ParseCrosswalkOptions {
  /**
   * Also check the crosswalk against its two editions: the keys match, every linked node exists,
   * and every assessed node of both is linked or listed as unmapped.
   */
  readonly frameworks?: { readonly from: Framework; readonly to: Framework };
}

/** Checks a crosswalk; returns it typed and frozen, or reports every problem. */
export function safeParseCrosswalk(
  input: unknown,
  options: ParseCrosswalkOptions = {},
): SafeParseResult<Crosswalk> {
  const { frameworks } = options;
  return safeParseWith<Crosswalk>(CrosswalkSchema, 'crosswalk', input, (crosswalk) =>
    frameworks === undefined
      ? []
      : checkCrosswalkAgainst(crosswalk, frameworks.from, frameworks.to),
  );
}

/** Like `safeParseCrosswalk`, but throws `MedleadValidationError`. */
export function parseCrosswalk(input: unknown, options: ParseCrosswalkOptions = {}): Crosswalk {
  return unwrap(safeParseCrosswalk(input, options));
}
