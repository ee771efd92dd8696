import type {
  Assessment,
  Framework,
  FrameworkNode,
  RaterRole,
  Rating,
  RatingScale,
} from '../model/types';
import { assessableNodes } from '../navigation/navigate';
import { findScale } from '../scales/find-scale';
import {
  type FastCheckContext,
  passesFastCheck,
  positionOf,
  scaleValueCheck,
} from '../validation/assessment-fast-check';
import { MedleadValidationError, makeIssue, type ValidationIssue } from '../validation/errors';
import { safeParseAssessment } from '../validation/parse';
import {
  type FeedbackOptions,
  type ResolvedFeedbackOptions,
  raterRoles,
  resolveFeedbackOptions,
} from './feedback-options';
import { scaleRange } from './scale-math';
import { descending, sampleSdFromTotals, TallyTable } from './statistics';

/** One rater group's figures for one node. A suppressed group shows no figure at all. */
export type GroupFigure =
  | {
      readonly status: 'shown';
      readonly n: number;
      readonly mean: number;
      readonly sd: number | null;
      readonly min: number;
      readonly max: number;
    }
  | { readonly status: 'suppressed' }
  | { readonly status: 'absent' };

/** A rater group across the whole feedback: whether it is shown, and then how many raters it has. */
export type GroupSummary =
  | { readonly status: 'shown'; readonly raters: number; readonly minRaters: number }
  | { readonly status: 'suppressed'; readonly minRaters: number }
  | { readonly status: 'absent'; readonly minRaters: number };

export interface FeedbackNode {
  readonly nodeId: string;
  /** The published code, or null where the framework numbers nothing (HLM, AMA). */
  readonly code: string | null;
  readonly title: string;
  readonly groups: Readonly<Record<RaterRole, GroupFigure>>;
  /** Everyone but self, pooled; see the anonymity rule on `aggregateFeedback`. */
  readonly others: GroupFigure;
  /** self − others, in scale points; null unless both are shown. */
  readonly gap: number | null;
  readonly flag: 'blind-spot' | 'hidden-strength' | null;
  /** Mean importance to the role, pooled under the same rule as `others` (self included). */
  readonly importance: { readonly n: number; readonly mean: number } | null;
}

export interface DevelopmentPriority {
  readonly nodeId: string;
  readonly title: string;
  /** importance (0–1, 0.5 when unknown) × shortfall (1 − performance on 0–1); higher comes first. */
  readonly score: number;
  /** The performance figure used: the others' mean when shown, otherwise the self rating. */
  readonly performance: number;
  readonly performanceFrom: 'others' | 'self';
  readonly importance: number | null;
}

export interface FeedbackReport {
  readonly framework: string;
  readonly subject: string;
  readonly scale: string;
  readonly importanceScale: string | null;
  readonly options: ResolvedFeedbackOptions;
  readonly groups: Readonly<Record<RaterRole, GroupSummary>>;
  /** Every assessed node, in published order. */
  readonly nodes: readonly FeedbackNode[];
  readonly blindSpots: readonly string[];
  readonly hiddenStrengths: readonly string[];
  readonly priorities: readonly DevelopmentPriority[];
}

const EPSILON = 1e-9; // so a gap of exactly the threshold counts despite floating-point noise

// Figures that carry no data are shared, so a suppressed or absent group costs no allocation.
const SUPPRESSED: GroupFigure = Object.freeze({ status: 'suppressed' });
const ABSENT: GroupFigure = Object.freeze({ status: 'absent' });

/** What aggregation needs of a framework, worked out once per (frozen) framework. */
interface FeedbackPlan {
  readonly nodes: readonly FrameworkNode[];
  readonly positions: ReadonlyMap<string, number>;
}
const plans = new WeakMap<Framework, FeedbackPlan>();

function planFor(framework: Framework): FeedbackPlan {
  const cached = plans.get(framework);
  if (cached !== undefined) return cached;
  const nodes = assessableNodes(framework);
  const plan = { nodes, positions: new Map(nodes.map((node, index) => [node.id, index])) };
  if (Object.isFrozen(framework)) plans.set(framework, plan);
  return plan;
}

/**
 * Aggregates the 360 feedback on one subject: every assessment must be of the same subject, on the
 * same framework edition and scale, from distinct raters, with at most one self-assessment.
 *
 * Figures per node and rater group: `n`, mean, sample sd (null for n < 2), min, max.
 *
 * Anonymity: a group's figures for a node are shown only when at least its `minRaters` raters
 * gave that node a value (a group with fewer raters than that is suppressed everywhere). A
 * suppressed group's figures never appear, and no shown figure lets them be worked out: `others`
 * (and `importance`) pool the shown groups, and add the raters of suppressed groups only when there
 * are at least as many of them as the largest `minRaters` among their groups, so what a reader
 * can subtract out is never a smaller crowd than a group is allowed to be.
 *
 * The report is a new object the caller owns (typed read-only, not frozen: this runs per subject
 * over whole cohorts). Throws `MedleadValidationError` listing every problem, each with its path
 * (`assessments[2].ratings[0].value`).
 */
export function aggregateFeedback(
  framework: Framework,
  assessments: readonly Assessment[],
  options: FeedbackOptions = {},
): FeedbackReport {
  const plan = planFor(framework);
  const { list, scale, importanceScale, issues } = readAssessments(framework, plan, assessments);
  const { resolved, issues: optionIssues } = resolveFeedbackOptions(options, scale);
  issues.push(...optionIssues);
  if (issues.length > 0 || scale === undefined)
    throw new MedleadValidationError('360 feedback', issues);

  // Tally every rating into its group × node slot.
  const nodeCount = plan.nodes.length;
  const values = new TallyTable(raterRoles.length * nodeCount);
  const importances = new TallyTable(raterRoles.length * nodeCount);
  const raterCounts = [0, 0, 0, 0, 0];
  for (const assessment of list) {
    const group = roleIndex[assessment.rater.role];
    raterCounts[group] = (raterCounts[group] ?? 0) + 1;
    const base = group * nodeCount;
    const ratings = assessment.ratings;
    for (let index = 0; index < ratings.length; index++) {
      const rating = ratings[index] as Rating;
      const slot = base + (positionOf(plan.nodes, plan.positions, rating.nodeId, index) ?? 0);
      if (rating.value !== null) values.add(slot, rating.value);
      if (rating.importance !== undefined) importances.add(slot, rating.importance);
    }
  }

  const thresholds = raterRoles.map((role) => resolved.minRaters[role]);
  const groupStatus = raterRoles.map((_, group): GroupSummary['status'] => {
    const raters = raterCounts[group] ?? 0;
    if (raters === 0) return 'absent';
    return raters < (thresholds[group] ?? 1) ? 'suppressed' : 'shown';
  });

  // Scale ends, for placing means on 0–1 (means always lie within them).
  const valueRange = spanOf(scale);
  const importanceRange = importanceScale === undefined ? valueRange : spanOf(importanceScale);

  const feedbackNodes: FeedbackNode[] = [];
  const figures: GroupFigure[] = [ABSENT, ABSENT, ABSENT, ABSENT, ABSENT];
  const priorities: DevelopmentPriority[] = [];
  plan.nodes.forEach((node, index) => {
    // One scratch list, overwritten for every node (one figure per group).
    for (let group = 0; group < raterRoles.length; group++) {
      const slot = group * nodeCount + index;
      const n = values.n(slot);
      const status = groupStatus[group];
      if (status === 'absent' || (status === 'shown' && n === 0)) figures[group] = ABSENT;
      else if (status === 'suppressed' || n < (thresholds[group] ?? 1)) figures[group] = SUPPRESSED;
      else {
        figures[group] = shownFigure(
          n,
          values.sum(slot),
          values.sumOfSquares(slot),
          values.min(slot),
          values.max(slot),
        );
      }
    }

    const others = pool(figures, index, values, false);
    const importance = pool(figures, index, importances, true);
    const self = figures[0] ?? ABSENT;
    const gap =
      self.status === 'shown' && others.status === 'shown' ? self.mean - others.mean : null;
    let flag: FeedbackNode['flag'] = null;
    if (gap !== null && gap >= resolved.blindSpotThreshold - EPSILON) flag = 'blind-spot';
    else if (gap !== null && -gap >= resolved.hiddenStrengthThreshold - EPSILON)
      flag = 'hidden-strength';
    const feedbackNode: FeedbackNode = {
      nodeId: node.id,
      code: node.code ?? null,
      title: node.title,
      groups: {
        self,
        manager: figures[1] ?? ABSENT,
        peer: figures[2] ?? ABSENT,
        'direct-report': figures[3] ?? ABSENT,
        other: figures[4] ?? ABSENT,
      },
      others,
      gap,
      flag,
      importance: importance.status === 'shown' ? { n: importance.n, mean: importance.mean } : null,
    };
    feedbackNodes.push(feedbackNode);

    // Development priority: importance (0–1, 0.5 when unknown) × shortfall (1 − performance on 0–1).
    const basis = others.status === 'shown' ? others : self.status === 'shown' ? self : null;
    if (basis !== null) {
      const importanceMean = feedbackNode.importance?.mean ?? null;
      const weight =
        importanceMean !== null && importanceScale !== undefined
          ? (importanceMean - importanceRange.min) / importanceRange.span
          : 0.5;
      priorities.push({
        nodeId: node.id,
        title: node.title,
        score: weight * (1 - (basis.mean - valueRange.min) / valueRange.span),
        performance: basis.mean,
        performanceFrom: basis === others ? 'others' : 'self',
        importance: importanceMean,
      });
    }
  });

  /** Pools the shown groups (and, where safe, the suppressed ones) for one node. */
  function pool(
    figures: readonly GroupFigure[],
    index: number,
    table: TallyTable,
    withSelf: boolean,
  ): GroupFigure {
    let n = 0;
    let sum = 0;
    let squares = 0;
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    let hiddenN = 0;
    let hiddenSum = 0;
    let hiddenSquares = 0;
    let hiddenMin = Number.POSITIVE_INFINITY;
    let hiddenMax = Number.NEGATIVE_INFINITY;
    let hiddenThreshold = 0;
    for (let group = withSelf ? 0 : 1; group < raterRoles.length; group++) {
      const slot = group * nodeCount + index;
      if (table.n(slot) === 0) continue;
      if (figures[group]?.status === 'shown') {
        n += table.n(slot);
        sum += table.sum(slot);
        squares += table.sumOfSquares(slot);
        min = Math.min(min, table.min(slot));
        max = Math.max(max, table.max(slot));
      } else {
        hiddenN += table.n(slot);
        hiddenSum += table.sum(slot);
        hiddenSquares += table.sumOfSquares(slot);
        hiddenMin = Math.min(hiddenMin, table.min(slot));
        hiddenMax = Math.max(hiddenMax, table.max(slot));
        hiddenThreshold = Math.max(hiddenThreshold, thresholds[group] ?? 1);
      }
    }
    if (hiddenN > 0 && hiddenN >= hiddenThreshold) {
      n += hiddenN;
      sum += hiddenSum;
      squares += hiddenSquares;
      min = Math.min(min, hiddenMin);
      max = Math.max(max, hiddenMax);
    }
    return n === 0 ? ABSENT : shownFigure(n, sum, squares, min, max);
  }

  // Array sort is stable, so equal scores and importance keep published order.
  priorities.sort((a, b) => descending(a.score, b.score) || descending(a.importance, b.importance));
  const summaries = raterRoles.map((role, group): GroupSummary => {
    const status = groupStatus[group] ?? 'absent';
    const minRaters = resolved.minRaters[role];
    return status === 'shown'
      ? { status, raters: raterCounts[group] ?? 0, minRaters }
      : { status, minRaters };
  });
  return {
    framework: framework.key,
    subject: list[0]?.subject ?? '',
    scale: scale.id,
    importanceScale: importanceScale?.id ?? null,
    options: resolved,
    groups: {
      self: summaries[0] as GroupSummary,
      manager: summaries[1] as GroupSummary,
      peer: summaries[2] as GroupSummary,
      'direct-report': summaries[3] as GroupSummary,
      other: summaries[4] as GroupSummary,
    },
    nodes: feedbackNodes,
    blindSpots: feedbackNodes
      .filter((node) => node.flag === 'blind-spot')
      .map((node) => node.nodeId),
    hiddenStrengths: feedbackNodes
      .filter((node) => node.flag === 'hidden-strength')
      .map((node) => node.nodeId),
    priorities,
  };
}

const roleIndex: Readonly<Record<RaterRole, number>> = {
  self: 0,
  manager: 1,
  peer: 2,
  'direct-report': 3,
  other: 4,
};

function spanOf(scale: RatingScale): { min: number; span: number } {
  const { min, max } = scaleRange(scale);
  return { min, span: max - min };
}

/** The shown figure for totals with n ≥ 1. */
function shownFigure(
  n: number,
  sum: number,
  sumOfSquares: number,
  min: number,
  max: number,
): GroupFigure {
  const mean = sum / n;
  return { status: 'shown', n, mean, sd: sampleSdFromTotals(n, mean, sumOfSquares), min, max };
}

/** Checks every assessment (fast where possible) and that together they make one 360. */
function readAssessments(
  framework: Framework,
  plan: FeedbackPlan,
  input: readonly unknown[],
): {
  list: Assessment[];
  scale: RatingScale | undefined;
  importanceScale: RatingScale | undefined;
  issues: ValidationIssue[];
} {
  const issues: ValidationIssue[] = [];
  if (!Array.isArray(input) || input.length === 0) {
    issues.push(
      makeIssue(['assessments'], 'must be a non-empty list of assessments of one subject'),
    );
    return { list: [], scale: undefined, importanceScale: undefined, issues };
  }
  const first = input[0] as Partial<Record<string, unknown>> | undefined;
  const scale = typeof first?.scale === 'string' ? findScale(framework, first.scale) : undefined;
  let importanceScaleId: unknown;
  for (const item of input) {
    importanceScaleId = (item as { importanceScale?: unknown } | null)?.importanceScale;
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

  const list: Assessment[] = [];
  input.forEach((item, index) => {
    if (context !== undefined && passesFastCheck(item, context, index + 1)) {
      list.push(item);
      return;
    }
    const result = safeParseAssessment(item, { framework });
    if (result.success) list.push(result.data);
    else
      for (const issue of result.error.issues)
        issues.push(makeIssue(['assessments', index, ...issue.path], issue.message));
  });
  if (issues.length > 0) return { list, scale, importanceScale, issues };

  const reference = list[0];
  const raterIds = new Map<string, number>();
  let selfAt: number | undefined;
  list.forEach((assessment, index) => {
    const at = (...path: PropertyKey[]) => ['assessments', index, ...path];
    if (reference === undefined) return;
    if (assessment.subject !== reference.subject) {
      issues.push(
        makeIssue(
          at('subject'),
          `is "${assessment.subject}" but assessments[0] is about "${reference.subject}": aggregate one subject at a time`,
        ),
      );
    }
    if (assessment.scale !== reference.scale) {
      issues.push(
        makeIssue(
          at('scale'),
          `is "${assessment.scale}" but assessments[0] uses "${reference.scale}": convert to one scale first`,
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
    const earlier = raterIds.get(assessment.rater.id);
    if (earlier !== undefined) {
      issues.push(
        makeIssue(
          at('rater', 'id'),
          `rater "${assessment.rater.id}" already rated in assessments[${earlier}]: one assessment per rater`,
        ),
      );
    } else {
      raterIds.set(assessment.rater.id, index);
    }
    if (assessment.rater.role === 'self') {
      if (selfAt !== undefined) {
        issues.push(
          makeIssue(
            at('rater', 'role'),
            `a second self-assessment (the first is assessments[${selfAt}])`,
          ),
        );
      } else {
        selfAt = index;
      }
    }
  });
  return { list, scale, importanceScale, issues };
}
