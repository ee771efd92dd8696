import { AssessmentSchema } from '../model/assessment';
import { CrosswalkSchema } from '../model/crosswalk';
import { FrameworkSchema } from '../model/framework';
import type { Assessment, Crosswalk, Framework } from '../model/types';
import { errorText, readOptions } from './arguments';
import { checkAssessmentAgainst } from './assessment-context';
import { checkCrosswalkAgainst } from './crosswalk-context';
import {
  MedleadValidationError,
  makeIssue,
  type SafeParseResult,
  type ValidationIssue,
} from './errors';
import { requireFramework } from './require';
import { failure, safeParseWith, unwrap } from './safe-parse';
import { checkRecordKeys, checkSize, checkTreeShape } from './tree-shape';
import { trustCrosswalk, trustFramework } from './trusted';

/** Checks a framework definition; returns it typed and frozen, or reports every problem. */
export function safeParseFramework(input: unknown): SafeParseResult<Framework> {
  // zod walks `children` by recursion, and reports every problem it finds: refuse a cycle, an
  // absurd depth or an absurd size before it starts.
  const size = checkSize(input);
  if (size.length > 0) return failure('framework', size);
  const shape = [...checkTreeShape(input), ...checkRecordKeys(input)];
  if (shape.length > 0) return failure('framework', shape);
  const result = safeParseWith<Framework>(FrameworkSchema, 'framework', input);
  if (result.success) trustFramework(result.data);
  return result;
}

/** Checks a crosswalk's own shape (not against its frameworks); trusted when it passes. */
export function safeParseCrosswalkShape(
  input: unknown,
  extraChecks?: (crosswalk: Crosswalk) => ValidationIssue[],
): SafeParseResult<Crosswalk> {
  const result = safeParseWith<Crosswalk>(CrosswalkSchema, 'crosswalk', input, extraChecks);
  if (result.success) trustCrosswalk(result.data);
  return result;
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

/**
 * Reads a parse function's options without throwing: the framework(s) to check against, or the
 * problems with the options themselves.
 */
function readParseOptions<T>(
  options: unknown,
  known: string,
  read: (value: unknown) => T,
): { value: T | undefined; issues: readonly ValidationIssue[] } {
  try {
    const copy = readOptions('parse options', ['options'], options, [known]);
    return { value: copy[known] === undefined ? undefined : read(copy[known]), issues: [] };
  } catch (error) {
    if (error instanceof MedleadValidationError) return { value: undefined, issues: error.issues };
    return { value: undefined, issues: [makeIssue(['options'], errorText(error))] };
  }
}

/** Checks an assessment; returns it typed and frozen, or reports every problem. */
export function safeParseAssessment(
  input: unknown,
  options?: ParseAssessmentOptions,
): SafeParseResult<Assessment> {
  const { value: framework, issues } = readParseOptions(options, 'framework', (value) =>
    requireFramework('parse options', ['options', 'framework'], value),
  );
  if (issues.length > 0) return failure('assessment options', issues);
  return safeParseWith<Assessment>(AssessmentSchema, 'assessment', input, (assessment) =>
    framework === undefined ? [] : checkAssessmentAgainst(framework, assessment),
  );
}

/** Like `safeParseAssessment`, but throws `MedleadValidationError`. */
export function parseAssessment(input: unknown, options?: ParseAssessmentOptions): Assessment {
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
  options?: ParseCrosswalkOptions,
): SafeParseResult<Crosswalk> {
  const { value: pair, issues } = readParseOptions(options, 'frameworks', (value) => {
    const sides = readOptions('parse options', ['options', 'frameworks'], value, ['from', 'to']);
    return {
      from: requireFramework('parse options', ['options', 'frameworks', 'from'], sides.from),
      to: requireFramework('parse options', ['options', 'frameworks', 'to'], sides.to),
    };
  });
  if (issues.length > 0) return failure('crosswalk options', issues);
  return safeParseCrosswalkShape(input, (crosswalk) =>
    pair === undefined ? [] : checkCrosswalkAgainst(crosswalk, pair.from, pair.to),
  );
}

/** Like `safeParseCrosswalk`, but throws `MedleadValidationError`. */
export function parseCrosswalk(input: unknown, options?: ParseCrosswalkOptions): Crosswalk {
  return unwrap(safeParseCrosswalk(input, options));
}
