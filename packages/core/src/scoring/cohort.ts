import type { Framework, RatingScale, ScalePoint } from '../model/types';
import { findScale } from '../scales/find-scale';
import { deepFreeze } from '../util/deep-freeze';
import { requireArray } from '../validation/arguments';
import { MedleadValidationError, makeIssue, type ValidationIssue } from '../validation/errors';
import { requireFramework } from '../validation/require';
import { readScoreReport } from './report-input';
import { reportLayout } from './score-assessment';
import { isScoredWith, type NodeScore, type ScoreReport } from './score-report';
import { mean, quantile, sampleSd } from './statistics';

export interface CohortNode {
  readonly nodeId: string;
  /** The published code, or null where the framework numbers nothing. */
  readonly code: string | null;
  readonly title: string;
  readonly depth: number;
  readonly assessed: boolean;
  /** Learners with a value for this node. */
  readonly n: number;
  readonly mean: number | null;
  /** Sample standard deviation (n − 1); null for n < 2. */
  readonly sd: number | null;
  readonly min: number | null;
  readonly q1: number | null;
  readonly median: number | null;
  readonly q3: number | null;
  readonly max: number | null;
  /** Learners per scale point: each value counts under the highest point it reaches. */
  readonly histogram: readonly {
    readonly value: number;
    readonly label: string;
    readonly count: number;
  }[];
}

export interface CohortSummary {
  readonly framework: string;
  readonly scale: string;
  readonly learners: number;
  /** Every node a score report of the framework lists, in published order. */
  readonly nodes: readonly CohortNode[];
}

/**
 * Summarises a class: one score report per learner (from `scoreAssessment`), all of one framework
 * edition and scale, no learner twice. The rows are the nodes a report of `framework` lists, in
 * published order, whatever the reports hold. Quartiles interpolate linearly (R, NumPy and
 * Excel's QUARTILE.INC). An empty class gives n = 0 and null figures.
 *
 * A report `scoreAssessment` built against this framework is read as it is; any other (one back
 * from storage) is checked in full. Throws `MedleadValidationError` listing every problem with its
 * path (`reports[3].nodes[2].value`): a `framework` that is not valid; `reports` that is not a
 * list; a report of another edition, on a scale the framework does not have or on another scale
 * than the first report's, or of a learner already listed; a node listed twice or one the
 * framework's reports do not have; a value that is not finite or not on the scale, or a
 * `normalized` figure that does not match its value. A node a report leaves out counts as no
 * value for that learner, exactly as `value: null` does (n counts learners with a value).
 */
export function summarizeCohort(
  framework: Framework,
  reports: readonly ScoreReport[],
): CohortSummary {
  const checked = requireFramework('cohort', ['framework'], framework);
  const list = requireArray('cohort', ['reports'], reports);
  const issues: ValidationIssue[] = [];
  const valid: ScoreReport[] = [];
  const subjects = new Map<string, number>();
  let first: { readonly scale: string; readonly from: string } | undefined;
  let scale: RatingScale | undefined;
  list.forEach((input, index) => {
    const read = readScoreReport(checked, input, ['reports', index], first);
    issues.push(...read.issues);
    const report = read.report;
    if (report === undefined) return;
    if (first === undefined) {
      first = { scale: report.scale, from: `reports[${index}]` };
      scale = read.scale;
    }
    const earlier = subjects.get(report.subject);
    if (earlier !== undefined) {
      issues.push(
        makeIssue(
          ['reports', index, 'subject'],
          `learner "${report.subject}" is already in reports[${earlier}]`,
        ),
      );
    } else {
      subjects.set(report.subject, index);
    }
    valid.push(report);
  });
  if (issues.length > 0) throw new MedleadValidationError('cohort', issues);
  scale ??= findScale(checked, checked.defaultScale);
  // A checked framework's default scale always exists; this keeps the type checker sure of it.
  if (scale === undefined) throw new Error(`medlead: scale "${checked.defaultScale}" vanished`);

  // One column of values per node, filled in one pass: no object per value. A report
  // scoreAssessment built lists the nodes in layout order; any other was checked to hold each
  // node once, so its nodes are placed by id.
  const layout = reportLayout(checked);
  const columns = layout.nodes.map(() => new Float64Array(valid.length));
  const counts = new Int32Array(layout.nodes.length);
  for (const report of valid) {
    const ordered = isScoredWith(report, checked);
    const nodes = report.nodes;
    for (let index = 0; index < nodes.length; index++) {
      const node = nodes[index] as NodeScore;
      if (node.value === null) continue;
      const slot = ordered ? index : (layout.slots.get(node.nodeId) as number);
      const filled = counts[slot] as number;
      (columns[slot] as Float64Array)[filled] = node.value;
      counts[slot] = filled + 1;
    }
  }
  const points = scale.points;
  const nodes = layout.nodes.map((node, slot) => {
    // A typed array sorts numerically, and fast.
    const values = (columns[slot] as Float64Array).subarray(0, counts[slot]).sort();
    return {
      nodeId: node.nodeId,
      code: node.code,
      title: node.title,
      depth: node.depth,
      assessed: node.assessed,
      n: values.length,
      mean: mean(values),
      sd: sampleSd(values),
      min: values.length === 0 ? null : (values[0] as number),
      q1: quantile(values, 0.25),
      median: quantile(values, 0.5),
      q3: quantile(values, 0.75),
      max: values.length === 0 ? null : (values[values.length - 1] as number),
      histogram: histogram(values, points),
    };
  });
  return deepFreeze({
    framework: checked.key,
    scale: scale.id,
    learners: valid.length,
    nodes,
  });
}

/**
 * Learners per scale point, each value counted under the highest point at or below it (the
 * lowest point for anything below it). `sorted` is ascending and the points rise strictly, so
 * one walk along both does it.
 */
function histogram(sorted: Float64Array, points: readonly ScalePoint[]) {
  const counts = points.map(() => 0);
  let reached = 0;
  for (const value of sorted) {
    while (reached + 1 < points.length && (points[reached + 1] as ScalePoint).value <= value) {
      reached++;
    }
    counts[reached] = (counts[reached] as number) + 1;
  }
  return points.map((point, index) => ({
    value: point.value,
    label: point.label,
    count: counts[index] as number,
  }));
}
