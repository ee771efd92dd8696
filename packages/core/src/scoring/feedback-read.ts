// Reading the assessments of one 360: each checked (fast where possible, else by zod) and read
// exactly once into tallies per rater group and node, with the checks that make them one 360.
import type { Assessment, Framework, FrameworkNode, RaterRole, RatingScale } from '../model/types';
import { assessableNodes } from '../navigation/navigate';
import { findScale } from '../scales/find-scale';
import {
  type AssessmentReading,
  emptyReading,
  type FastCheckContext,
  readAssessmentFast,
  scaleValueCheck,
} from '../validation/assessment-fast-check';
import { makeIssue, type ValidationIssue } from '../validation/errors';
import { safeParseAssessment } from '../validation/parse';
import { raterRoles } from './feedback-options';
import { TallyTable } from './statistics';

/** What aggregation needs of a framework, worked out once per (trusted, frozen) framework. */
export interface FeedbackPlan {
  readonly nodes: readonly FrameworkNode[];
  readonly positions: ReadonlyMap<string, number>;
}

const plans = new WeakMap<Framework, FeedbackPlan>();

/** `framework` must come from `requireFramework`: trusted, so deeply frozen. */
export function planFor(framework: Framework): FeedbackPlan {
  const cached = plans.get(framework);
  if (cached !== undefined) return cached;
  const nodes = assessableNodes(framework);
  const plan = { nodes, positions: new Map(nodes.map((node, index) => [node.id, index])) };
  plans.set(framework, plan);
  return plan;
}

export const roleIndex: Readonly<Record<RaterRole, number>> = {
  self: 0,
  manager: 1,
  peer: 2,
  'direct-report': 3,
  other: 4,
};

/** The 360 as tallies: one slot per rater group × node (`group * nodes + node`). */
export interface FeedbackTallies {
  readonly subject: string;
  readonly scale: RatingScale;
  readonly importanceScale: RatingScale | undefined;
  /** Raters per group, in the order of `raterRoles`. */
  readonly raters: readonly number[];
  /** The values given (not "not observed"). */
  readonly values: TallyTable;
  /** Importance, counted only from ratings that also give a value (the raters who are pooled). */
  readonly importances: TallyTable;
}

/** Reads a field that a hostile object may guard with a throwing getter. */
function readField(item: unknown, key: string): unknown {
  try {
    return typeof item === 'object' && item !== null
      ? (item as Record<string, unknown>)[key]
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks every assessment and that together they make one 360 (one subject, one scale, one
 * importance scale, distinct raters, at most one self-assessment), tallying each as it goes.
 * `input` must be a real array (the caller copies it).
 */
export function readFeedback(
  framework: Framework,
  plan: FeedbackPlan,
  input: readonly unknown[],
): { tallies: FeedbackTallies | undefined; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  if (input.length === 0) {
    issues.push(
      makeIssue(['assessments'], 'must be a non-empty list of assessments of one subject'),
    );
    return { tallies: undefined, issues };
  }
  // The scale and importance scale are those of the first assessment that names one.
  const scaleId = readField(input[0], 'scale');
  const scale = typeof scaleId === 'string' ? findScale(framework, scaleId) : undefined;
  let importanceScaleId: unknown;
  for (const item of input) {
    importanceScaleId = readField(item, 'importanceScale');
    if (importanceScaleId !== undefined) break;
  }
  const importanceScale =
    typeof importanceScaleId === 'string' ? findScale(framework, importanceScaleId) : undefined;

  const context: FastCheckContext | undefined =
    scale === undefined
      ? undefined
      : {
          framework,
          nodes: plan.nodes,
          assessable: plan.positions,
          scale,
          importanceScale,
          isValue: scaleValueCheck(scale),
          isImportance:
            importanceScale === undefined ? undefined : scaleValueCheck(importanceScale),
          seen: new Array<number>(plan.nodes.length).fill(0),
        };

  const nodeCount = plan.nodes.length;
  const values = new TallyTable(raterRoles.length * nodeCount);
  const importances = new TallyTable(raterRoles.length * nodeCount);
  const raters = [0, 0, 0, 0, 0];
  const raterIds = new Map<string, number>();
  let subject: string | undefined;
  let selfAt: number | undefined;
  const reading = emptyReading();

  for (let index = 0; index < input.length; index++) {
    const item = input[index];
    const at = (...path: PropertyKey[]) => ['assessments', index, ...path];
    if (context === undefined || !readAssessmentFast(item, context, index + 1, reading)) {
      // Not valid, or not on the first assessment's scales: zod says which, or we compare.
      const result = safeParseAssessment(item, { framework });
      if (!result.success) {
        for (const issue of result.error.issues)
          issues.push(makeIssue(at(...issue.path), issue.message));
        continue;
      }
      const parsed = result.data;
      const before = issues.length;
      checkScales(parsed, scale, importanceScale, at, issues);
      if (issues.length > before) continue;
      readParsed(parsed, plan, reading);
    }
    if (subject === undefined) subject = reading.subject;
    else if (reading.subject !== subject) {
      issues.push(
        makeIssue(
          at('subject'),
          `is "${reading.subject}" but assessments[0] is about "${subject}": aggregate one subject at a time`,
        ),
      );
    }
    const earlier = raterIds.get(reading.raterId);
    if (earlier !== undefined) {
      issues.push(
        makeIssue(
          at('rater', 'id'),
          `rater "${reading.raterId}" already rated in assessments[${earlier}]: one assessment per rater`,
        ),
      );
      continue;
    }
    raterIds.set(reading.raterId, index);
    if (reading.role === 'self') {
      if (selfAt !== undefined) {
        issues.push(
          makeIssue(
            at('rater', 'role'),
            `a second self-assessment (the first is assessments[${selfAt}])`,
          ),
        );
        continue;
      }
      selfAt = index;
    }
    if (issues.length > 0) continue; // the report will not be made: skip the tallying
    const group = roleIndex[reading.role];
    raters[group] = (raters[group] ?? 0) + 1;
    const base = group * nodeCount;
    for (let rating = 0; rating < reading.count; rating++) {
      const value = reading.values[rating] ?? null;
      if (value === null) continue; // not observed: neither its value nor its importance counts
      const slot = base + (reading.positions[rating] ?? 0);
      values.add(slot, value);
      const importance = reading.importances[rating];
      if (importance !== undefined) importances.add(slot, importance);
    }
  }
  if (issues.length > 0 || scale === undefined || subject === undefined) {
    return { tallies: undefined, issues };
  }
  return {
    tallies: { subject, scale, importanceScale, raters, values, importances },
    issues,
  };
}

/** An assessment valid on its own but on another scale than the first one's. */
function checkScales(
  assessment: Assessment,
  scale: RatingScale | undefined,
  importanceScale: RatingScale | undefined,
  at: (...path: PropertyKey[]) => PropertyKey[],
  issues: ValidationIssue[],
): void {
  if (assessment.scale !== scale?.id) {
    issues.push(
      makeIssue(
        at('scale'),
        `is "${assessment.scale}" but assessments[0] uses "${scale?.id ?? 'no valid scale'}": convert to one scale first`,
      ),
    );
  }
  if (
    assessment.importanceScale !== undefined &&
    assessment.importanceScale !== importanceScale?.id
  ) {
    issues.push(
      makeIssue(
        at('importanceScale'),
        `is "${assessment.importanceScale}" but another assessment uses "${importanceScale?.id}"`,
      ),
    );
  }
}

/** Copies a parsed (frozen, valid) assessment into the reading. */
function readParsed(assessment: Assessment, plan: FeedbackPlan, reading: AssessmentReading): void {
  reading.subject = assessment.subject;
  reading.raterId = assessment.rater.id;
  reading.role = assessment.rater.role;
  reading.count = assessment.ratings.length;
  assessment.ratings.forEach((rating, index) => {
    reading.positions[index] = plan.positions.get(rating.nodeId) ?? 0;
    reading.values[index] = rating.value;
    reading.importances[index] = rating.importance;
  });
}
