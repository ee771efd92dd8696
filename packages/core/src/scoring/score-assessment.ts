import type { Assessment, Framework, FrameworkNode, Rating } from '../model/types';
import { findScale } from '../scales/find-scale';
import { deepFreeze, isDeeplyFrozen } from '../util/deep-freeze';
import { underPath } from '../validation/arguments';
import { safeParseAssessment } from '../validation/parse';
import { requireFramework } from '../validation/require';
import { levelOf, normalize } from './scale-math';
import { markScored, type NodeScore, type ScoreReport } from './score-report';
import { mean } from './statistics';

/**
 * Scores one assessment against its framework.
 *
 * - An assessed node's value is its rating; `null` (not observed) and no rating both leave it
 *   unrated: never counted as zero.
 * - A parent's value is the mean of its children that have a value (`n` says how many); a parent
 *   with no valued child has no value.
 * - `overall` is the mean of the top-level nodes that have a value.
 * - Completeness is rated ÷ assessed nodes.
 *
 * The report is deeply frozen and shares nothing that can change with `assessment`.
 *
 * Throws `MedleadValidationError` listing every problem, each path starting at the argument it
 * is in: a `framework` that is not a valid framework, or an `assessment` that is badly formed or
 * does not fit the framework (`assessment.ratings[2].value`).
 */
export function scoreAssessment(framework: Framework, assessment: Assessment): ScoreReport {
  const checked = requireFramework('score assessment', ['framework'], framework);
  // A checked, deeply frozen copy: nothing the caller changes later reaches the report.
  const parsed = safeParseAssessment(assessment, { framework: checked });
  if (!parsed.success) throw underPath('assessment', ['assessment'], parsed.error.issues);
  return markScored(score(checked, parsed.data), checked);
}

/**
 * The nodes every score report of this framework lists, in order, and each one's position:
 * what `summarizeCohort` and `gapAnalysis` check reports against. `framework` must be checked.
 */
export function reportLayout(framework: Framework): ReportLayout {
  const cached = layouts.get(framework);
  if (cached !== undefined) return cached;
  const blank = score(framework, {
    framework: framework.key,
    scale: framework.defaultScale,
    subject: 'blank',
    rater: { id: 'blank', role: 'other' },
    ratings: [],
  });
  const layout: ReportLayout = deepFreeze({
    nodes: blank.nodes,
    slots: new Map(blank.nodes.map((node, slot) => [node.nodeId, slot])),
  });
  if (isDeeplyFrozen(framework)) layouts.set(framework, layout);
  return layout;
}

export interface ReportLayout {
  /** A blank report's nodes: ids, titles, depths and which are assessed, in published order. */
  readonly nodes: readonly NodeScore[];
  /** Position of each node id in `nodes`. */
  readonly slots: ReadonlyMap<string, number>;
}

const layouts = new WeakMap<Framework, ReportLayout>();

/** Scores a parsed assessment that fits `framework` (both checked). */
function score(framework: Framework, assessment: Assessment): ScoreReport {
  const scale = findScale(framework, assessment.scale);
  // The assessment was checked against the framework, so its scale exists.
  if (scale === undefined) throw new Error(`medlead: scale "${assessment.scale}" vanished`);
  const ratings = new Map<string, Rating>(
    assessment.ratings.map((rating) => [rating.nodeId, rating]),
  );
  const nodes: NodeScore[] = [];

  const scoreNode = (
    node: FrameworkNode,
    depth: number,
    parentId: string | null,
  ): NodeScore | null => {
    const position = nodes.length;
    if (node.kind === framework.assessedKind) {
      const rating = ratings.get(node.id);
      const value = rating?.value ?? null;
      const result: NodeScore = {
        ...identity(node, depth, parentId),
        assessed: true,
        value,
        normalized: value === null ? null : normalize(value, scale),
        level: value === null ? null : levelOf(value, scale),
        n: value === null ? 0 : 1,
        rated: value === null ? 0 : 1,
        total: 1,
        importance: rating?.importance ?? null,
        ...(rating?.comment === undefined ? {} : { comment: rating.comment }),
      };
      nodes.push(result);
      return result;
    }
    const children = (node.children ?? [])
      .map((child) => scoreNode(child, depth + 1, node.id))
      .filter((child): child is NodeScore => child !== null);
    if (children.length === 0) return null; // nothing under this node is rated (e.g. a theme)
    const values = children.flatMap((child) => (child.value === null ? [] : [child.value]));
    const value = mean(values);
    const result: NodeScore = {
      ...identity(node, depth, parentId),
      assessed: false,
      value,
      normalized: value === null ? null : normalize(value, scale),
      level: null,
      n: values.length,
      rated: children.reduce((sum, child) => sum + child.rated, 0),
      total: children.reduce((sum, child) => sum + child.total, 0),
      importance: null,
    };
    nodes.splice(position, 0, result); // a parent comes before its children
    return result;
  };

  const top = framework.children
    .map((node) => scoreNode(node, 0, null))
    .filter((node) => node !== null);
  const topValues = top.flatMap((node) => (node.value === null ? [] : [node.value]));
  const overallValue = mean(topValues);
  const assessed = nodes.filter((node) => node.assessed);
  const rated = assessed.filter((node) => node.value !== null).length;

  return deepFreeze({
    framework: framework.key,
    scale: scale.id,
    importanceScale: assessment.importanceScale ?? null,
    subject: assessment.subject,
    rater: assessment.rater,
    ...(assessment.completedAt === undefined ? {} : { completedAt: assessment.completedAt }),
    nodes,
    overall: {
      value: overallValue,
      normalized: overallValue === null ? null : normalize(overallValue, scale),
      n: topValues.length,
    },
    completeness: {
      rated,
      total: assessed.length,
      ratio: assessed.length === 0 ? 0 : rated / assessed.length,
    },
    unrated: assessed.filter((node) => node.value === null).map((node) => node.nodeId),
  });
}

function identity(node: FrameworkNode, depth: number, parentId: string | null) {
  return {
    nodeId: node.id,
    code: node.code ?? null,
    title: node.title,
    kind: node.kind,
    depth,
    parentId,
  };
}
