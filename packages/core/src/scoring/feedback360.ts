import type { Assessment, Framework, FrameworkNode, RaterRole, RatingScale } from '../model/types';
import { requireArray } from '../validation/arguments';
import { MedleadValidationError } from '../validation/errors';
import { requireFramework } from '../validation/require';
import {
  type FigureStatus,
  figureStatus,
  type GroupAtNode,
  groupStatus,
  mayPoolSuppressed,
  mayShowImportance,
} from './feedback-anonymity';
import {
  type FeedbackOptions,
  type ResolvedFeedbackOptions,
  raterRoles,
  resolveFeedbackOptions,
} from './feedback-options';
import { type FeedbackTallies, planFor, readFeedback } from './feedback-read';
import { scaleRange } from './scale-math';
import { descending, sampleSdFromTotals, type TallyTable } from './statistics';

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
  /** Everyone but self, pooled; see the anonymity rules on `aggregateFeedback`. */
  readonly others: GroupFigure;
  /** self − others, in scale points; null unless both are shown. */
  readonly gap: number | null;
  readonly flag: 'blind-spot' | 'hidden-strength' | null;
  /**
   * Mean importance to the role, from exactly the raters pooled in `others` who also rated
   * importance; null where too few anonymous raters gave it (see the rules).
   */
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
  /** The others' pooled importance when shown, otherwise the subject's own importance rating. */
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
const SELF = 0;

type MutableGroupAtNode = { threshold: number; raters: number; n: number };

// Figures that carry no data are shared, so a suppressed or absent group costs no allocation.
const SUPPRESSED: GroupFigure = Object.freeze({ status: 'suppressed' });
const ABSENT: GroupFigure = Object.freeze({ status: 'absent' });

/**
 * Aggregates the 360 feedback on one subject: every assessment must be of the same subject, on the
 * same framework edition and scale, from distinct raters, with at most one self-assessment.
 *
 * Figures per node and rater group: `n`, mean, sample sd (null for n < 2), min, max.
 *
 * Anonymity (the scoring guide states the rules in full; a property test plays the adversary):
 * 1. an anonymous group (peer, direct report, other; a manager only if made anonymous) is shown
 *    only with at least its `minRaters` raters, and on a node only where that many gave a value;
 *    otherwise it is `suppressed`, whether none or a few of them rated that node;
 * 2. `others` pools the shown groups, and adds the suppressed ones' values only as a block that
 *    has at least their largest threshold of raters and whose size does not give away any one
 *    group's count;
 * 3. importance is pooled over exactly the raters in `others` (a rater's importance counts only
 *    with a value), and shown only when its anonymous raters are none or at least the threshold.
 *
 * The report is a new object the caller owns (typed read-only, not frozen: this runs per subject
 * over whole cohorts); the figures it shares between reports are frozen. Throws
 * `MedleadValidationError` listing every problem with its path (`assessments[2].ratings[0].value`).
 */
export function aggregateFeedback(
  framework: Framework,
  assessments: readonly Assessment[],
  options?: FeedbackOptions,
): FeedbackReport {
  const checked = requireFramework('360 feedback', ['framework'], framework);
  const list = requireArray('360 feedback', ['assessments'], assessments);
  const plan = planFor(checked);
  const { tallies, issues } = readFeedback(checked, plan, list);
  const { resolved, issues: optionIssues } = resolveFeedbackOptions(options, tallies?.scale);
  issues.push(...optionIssues);
  if (issues.length > 0 || tallies === undefined) {
    throw new MedleadValidationError('360 feedback', issues);
  }
  return buildReport(checked, plan.nodes, tallies, resolved);
}

function buildReport(
  framework: Framework,
  nodes: readonly FrameworkNode[],
  tallies: FeedbackTallies,
  options: ResolvedFeedbackOptions,
): FeedbackReport {
  const { values, importances, raters, scale, importanceScale } = tallies;
  const nodeCount = nodes.length;
  const thresholds = raterRoles.map((role) => options.minRaters[role]);
  const statuses = raterRoles.map((_, group) =>
    groupStatus(thresholds[group] ?? 1, raters[group] ?? 0),
  );
  const valueRange = spanOf(scale);
  const importanceRange = importanceScale === undefined ? undefined : spanOf(importanceScale);

  const feedbackNodes: FeedbackNode[] = [];
  const priorities: DevelopmentPriority[] = [];
  // Scratch reused for every node, so the loop allocates only what the report keeps.
  const groupCount = raterRoles.length;
  const atNode: MutableGroupAtNode[] = raterRoles.map((_, group) => ({
    threshold: thresholds[group] ?? 1,
    raters: raters[group] ?? 0,
    n: 0,
  }));
  const figureStatuses: FigureStatus[] = raterRoles.map(() => 'absent');
  const suppressed: GroupAtNode[] = [];
  const pooled: number[] = [];
  const importanceScratch: MutableGroupAtNode[] = raterRoles.map(() => ({
    threshold: 1,
    raters: 0,
    n: 0,
  }));
  const importanceGiven: GroupAtNode[] = [];

  for (let index = 0; index < nodeCount; index++) {
    const node = nodes[index] as FrameworkNode;
    suppressed.length = 0;
    pooled.length = 0;
    for (let group = 0; group < groupCount; group++) {
      const scratch = atNode[group] as MutableGroupAtNode;
      scratch.n = values.n(group * nodeCount + index);
      const status = figureStatus(scratch);
      figureStatuses[group] = status;
      // Who is pooled in "others": every shown group but self, and the suppressed block if safe.
      if (group === SELF) continue;
      if (status === 'shown') pooled.push(group);
      else if (status === 'suppressed') suppressed.push(scratch);
    }
    if (mayPoolSuppressed(suppressed)) {
      for (let group = SELF + 1; group < groupCount; group++) {
        if (figureStatuses[group] === 'suppressed') pooled.push(group);
      }
    }
    const figure = (group: number): GroupFigure => {
      const status = figureStatuses[group];
      if (status === 'shown') return figureOf(values, group * nodeCount + index);
      return status === 'suppressed' ? SUPPRESSED : ABSENT;
    };
    const self = figure(SELF);
    const others =
      poolOf(values, pooled, nodeCount, index) ?? (suppressed.length > 0 ? SUPPRESSED : ABSENT);

    // Importance from exactly the pooled raters, if the rules let it be shown.
    let importance: FeedbackNode['importance'] = null;
    let importanceN = 0;
    let importanceSum = 0;
    importanceGiven.length = 0;
    for (let at = 0; at < pooled.length; at++) {
      const group = pooled[at] as number;
      const given = importanceScratch[at] as MutableGroupAtNode;
      importanceGiven.push(given);
      given.threshold = thresholds[group] ?? 1;
      given.n = importances.n(group * nodeCount + index);
      importanceN += given.n;
      importanceSum += importances.sum(group * nodeCount + index);
    }
    if (mayShowImportance(importanceGiven)) {
      importance = { n: importanceN, mean: importanceSum / importanceN };
    }

    const gap =
      self.status === 'shown' && others.status === 'shown' ? self.mean - others.mean : null;
    let flag: FeedbackNode['flag'] = null;
    if (gap !== null && gap >= options.blindSpotThreshold - EPSILON) flag = 'blind-spot';
    else if (gap !== null && -gap >= options.hiddenStrengthThreshold - EPSILON)
      flag = 'hidden-strength';

    feedbackNodes.push({
      nodeId: node.id,
      code: node.code ?? null,
      title: node.title,
      groups: {
        self,
        manager: figure(1),
        peer: figure(2),
        'direct-report': figure(3),
        other: figure(4),
      },
      others,
      gap,
      flag,
      importance,
    });

    // Development priority: importance (0–1, 0.5 when unknown) × shortfall (1 − performance on 0–1).
    const basis = others.status === 'shown' ? others : self.status === 'shown' ? self : null;
    if (basis !== null) {
      const selfSlot = SELF * nodeCount + index;
      const selfImportance =
        self.status === 'shown' && importances.n(selfSlot) > 0
          ? importances.sum(selfSlot) / importances.n(selfSlot)
          : null;
      const importanceMean = importance?.mean ?? selfImportance;
      const weight =
        importanceMean !== null && importanceRange !== undefined
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
  }

  // Array sort is stable, so equal scores and importance keep published order.
  priorities.sort((a, b) => descending(a.score, b.score) || descending(a.importance, b.importance));
  const summaries = raterRoles.map((role, group): GroupSummary => {
    const status = statuses[group] ?? 'absent';
    const minRaters = options.minRaters[role];
    return status === 'shown'
      ? { status, raters: raters[group] ?? 0, minRaters }
      : { status, minRaters };
  });
  return {
    framework: framework.key,
    subject: tallies.subject,
    scale: scale.id,
    importanceScale: importanceScale?.id ?? null,
    options,
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

function spanOf(scale: RatingScale): { min: number; span: number } {
  const { min, max } = scaleRange(scale);
  return { min, span: max - min };
}

/** One slot's shown figure (n ≥ 1). */
function figureOf(table: TallyTable, slot: number): GroupFigure {
  return shownFigure(
    table.n(slot),
    table.sum(slot),
    table.sumOfSquares(slot),
    table.min(slot),
    table.max(slot),
  );
}

/** The pooled figure of some groups at one node, or undefined when none has a value. */
function poolOf(
  table: TallyTable,
  groups: readonly number[],
  nodeCount: number,
  index: number,
): GroupFigure | undefined {
  let n = 0;
  let sum = 0;
  let squares = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let at = 0; at < groups.length; at++) {
    const slot = (groups[at] as number) * nodeCount + index;
    if (table.n(slot) === 0) continue;
    n += table.n(slot);
    sum += table.sum(slot);
    squares += table.sumOfSquares(slot);
    min = Math.min(min, table.min(slot));
    max = Math.max(max, table.max(slot));
  }
  return n === 0 ? undefined : shownFigure(n, sum, squares, min, max);
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
