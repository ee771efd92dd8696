import type { Assessment, Framework, RaterRole, RatingScale } from '../model/types';
import { assessableNodes } from '../navigation/navigate';
import { findScale } from '../scales/find-scale';
import { deepFreeze } from '../util/deep-freeze';
import { type FastCheckContext, passesFastCheck } from '../validation/assessment-fast-check';
import { MedleadValidationError, makeIssue, type ValidationIssue } from '../validation/errors';
import { safeParseAssessment } from '../validation/parse';
import {
  type FeedbackOptions,
  type ResolvedFeedbackOptions,
  raterRoles,
  resolveFeedbackOptions,
} from './feedback-options';
import { normalize } from './scale-math';
import {
  addToTally,
  descending,
  describeTally,
  emptyTally,
  mergeTally,
  type Tally,
} from './statistics';

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
  readonly code?: string;
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
 * Throws `MedleadValidationError` listing every problem, each with its path (`assessments[2].ratings[0].value`).
 */
export function aggregateFeedback(
  framework: Framework,
  assessments: readonly Assessment[],
  options: FeedbackOptions = {},
): FeedbackReport {
  const { list, scale, importanceScale, issues } = readAssessments(framework, assessments);
  const { resolved, issues: optionIssues } = resolveFeedbackOptions(options, scale);
  issues.push(...optionIssues);
  if (issues.length > 0 || scale === undefined)
    throw new MedleadValidationError('360 feedback', issues);

  const nodes = assessableNodes(framework);
  const nodeIndex = new Map(nodes.map((node, index) => [node.id, index]));
  const roleIndex = new Map(raterRoles.map((role, index) => [role, index]));
  const values: Tally[][] = raterRoles.map(() => nodes.map(emptyTally));
  const importances: Tally[][] = raterRoles.map(() => nodes.map(emptyTally));
  const raterCounts = raterRoles.map(() => 0);

  for (const assessment of list) {
    const group = roleIndex.get(assessment.rater.role) ?? 0;
    raterCounts[group] = (raterCounts[group] ?? 0) + 1;
    const groupValues = values[group] ?? [];
    const groupImportances = importances[group] ?? [];
    for (const rating of assessment.ratings) {
      const index = nodeIndex.get(rating.nodeId) ?? 0;
      if (rating.value !== null) addToTally(groupValues[index] ?? emptyTally(), rating.value);
      if (rating.importance !== undefined)
        addToTally(groupImportances[index] ?? emptyTally(), rating.importance);
    }
  }

  const threshold = (group: number) => resolved.minRaters[raterRoles[group] ?? 'other'];
  const groupStatus = (group: number): GroupSummary['status'] => {
    const raters = raterCounts[group] ?? 0;
    if (raters === 0) return 'absent';
    return raters < threshold(group) ? 'suppressed' : 'shown';
  };

  const feedbackNodes: FeedbackNode[] = nodes.map((node, index) => {
    const figures = raterRoles.map((_, group): GroupFigure => {
      const tally = values[group]?.[index] ?? emptyTally();
      const status = groupStatus(group);
      if (status === 'absent') return { status: 'absent' };
      if (status === 'suppressed') return { status: 'suppressed' };
      if (tally.n === 0) return { status: 'absent' };
      if (tally.n < threshold(group)) return { status: 'suppressed' };
      return { status: 'shown', ...describeTally(tally) };
    });

    const others = pool(figures, index, values, false);
    const importancePool = pool(figures, index, importances, true);
    const self = figures[0];
    const gap =
      self?.status === 'shown' && others.status === 'shown' ? self.mean - others.mean : null;
    const flag =
      gap === null
        ? null
        : gap >= resolved.blindSpotThreshold - EPSILON
          ? 'blind-spot'
          : -gap >= resolved.hiddenStrengthThreshold - EPSILON
            ? 'hidden-strength'
            : null;
    return {
      nodeId: node.id,
      ...(node.code === undefined ? {} : { code: node.code }),
      title: node.title,
      groups: Object.fromEntries(raterRoles.map((role, group) => [role, figures[group]])) as Record<
        RaterRole,
        GroupFigure
      >,
      others,
      gap,
      flag,
      importance:
        importancePool.status === 'shown'
          ? { n: importancePool.n, mean: importancePool.mean }
          : null,
    };
  });

  /** Pools the shown groups (and, where safe, the suppressed ones) for one node. */
  function pool(
    figures: GroupFigure[],
    index: number,
    tallies: Tally[][],
    withSelf: boolean,
  ): GroupFigure {
    const shown = emptyTally();
    const hidden = emptyTally();
    let hiddenThreshold = 0;
    raterRoles.forEach((_, group) => {
      if (group === 0 && !withSelf) return; // others never include self
      const tally = tallies[group]?.[index] ?? emptyTally();
      if (tally.n === 0) return;
      if (figures[group]?.status === 'shown') {
        mergeTally(shown, tally);
      } else {
        mergeTally(hidden, tally);
        hiddenThreshold = Math.max(hiddenThreshold, threshold(group));
      }
    });
    if (hidden.n > 0 && hidden.n >= hiddenThreshold) mergeTally(shown, hidden);
    return shown.n === 0 ? { status: 'absent' } : { status: 'shown', ...describeTally(shown) };
  }

  const priorities = feedbackNodes
    .flatMap((node, position): (DevelopmentPriority & { position: number })[] => {
      const self = node.groups.self;
      const basis =
        node.others.status === 'shown'
          ? { performance: node.others.mean, performanceFrom: 'others' as const }
          : self.status === 'shown'
            ? { performance: self.mean, performanceFrom: 'self' as const }
            : null;
      if (basis === null) return [];
      const importance = node.importance?.mean ?? null;
      const weight =
        importance !== null && importanceScale !== undefined
          ? normalize(importance, importanceScale)
          : 0.5;
      const score = weight * (1 - normalize(basis.performance, scale));
      return [{ nodeId: node.nodeId, title: node.title, score, ...basis, importance, position }];
    })
    .sort(
      (a, b) =>
        descending(a.score, b.score) ||
        descending(a.importance, b.importance) ||
        a.position - b.position,
    )
    .map(({ position: _position, ...priority }) => priority);

  return deepFreeze({
    framework: framework.key,
    subject: list[0]?.subject ?? '',
    scale: scale.id,
    importanceScale: importanceScale?.id ?? null,
    options: resolved,
    groups: Object.fromEntries(
      raterRoles.map((role, group) => {
        const status = groupStatus(group);
        const minRaters = threshold(group);
        return [
          role,
          status === 'shown'
            ? { status, raters: raterCounts[group] ?? 0, minRaters }
            : { status, minRaters },
        ];
      }),
    ) as Record<RaterRole, GroupSummary>,
    nodes: feedbackNodes,
    blindSpots: feedbackNodes
      .filter((node) => node.flag === 'blind-spot')
      .map((node) => node.nodeId),
    hiddenStrengths: feedbackNodes
      .filter((node) => node.flag === 'hidden-strength')
      .map((node) => node.nodeId),
    priorities,
  });
}

/** Checks every assessment (fast where possible) and that together they make one 360. */
function readAssessments(
  framework: Framework,
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
  const named = input.find(
    (item): item is { importanceScale: string } =>
      typeof (item as { importanceScale?: unknown } | null)?.importanceScale === 'string',
  );
  const importanceScale =
    named === undefined ? undefined : findScale(framework, named.importanceScale);
  const context: FastCheckContext | undefined =
    scale === undefined
      ? undefined
      : {
          framework,
          assessable: new Set(assessableNodes(framework).map((node) => node.id)),
          scale,
          importanceScale,
        };

  const list: Assessment[] = [];
  input.forEach((item, index) => {
    if (context !== undefined && passesFastCheck(item, context)) {
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
