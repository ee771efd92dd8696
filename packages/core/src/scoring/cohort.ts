import type { Framework, RatingScale } from '../model/types';
import { findScale } from '../scales/find-scale';
import { deepFreeze } from '../util/deep-freeze';
import { MedleadValidationError, makeIssue, type ValidationIssue } from '../validation/errors';
import { readScoreReport } from './report-input';
import { pointReached } from './scale-math';
import { scoreAssessment } from './score-assessment';
import type { ScoreReport } from './score-report';
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
  /** Every node of the reports, in published order. */
  readonly nodes: readonly CohortNode[];
}

/**
 * Summarises a class: one score report per learner (from `scoreAssessment`), all of one framework
 * edition and scale, no learner twice. Quartiles interpolate linearly (R, NumPy and Excel's
 * QUARTILE.INC). An empty class gives n = 0 and null figures. Throws `MedleadValidationError`
 * listing every problem with its path (`reports[3].nodes[2].value`).
 */
export function summarizeCohort(
  framework: Framework,
  reports: readonly ScoreReport[],
): CohortSummary {
  const issues: ValidationIssue[] = [];
  if (!Array.isArray(reports)) {
    throw new MedleadValidationError('cohort', [
      makeIssue(['reports'], 'must be a list of score reports'),
    ]);
  }
  const valid: ScoreReport[] = [];
  const subjects = new Map<string, number>();
  reports.forEach((input, index) => {
    const { report, issues: reportIssues } = readScoreReport(framework, input, ['reports', index]);
    issues.push(...reportIssues);
    if (report === undefined) return;
    const first = valid[0];
    if (first !== undefined && report.scale !== first.scale) {
      issues.push(
        makeIssue(
          ['reports', index, 'scale'],
          `is "${report.scale}" but reports[0] uses "${first.scale}": convert to one scale first`,
        ),
      );
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
  const scaleId = valid[0]?.scale ?? framework.defaultScale;
  const scale = findScale(framework, scaleId);
  if (issues.length > 0 || scale === undefined) throw new MedleadValidationError('cohort', issues);

  // Every report of an edition lists the same nodes; an empty class uses those of a blank report.
  const template =
    valid[0]?.nodes ??
    scoreAssessment(framework, {
      framework: framework.key,
      scale: scale.id,
      subject: 'empty class',
      rater: { id: 'none', role: 'other' },
      ratings: [],
    }).nodes;
  const nodes = template.map((node) => {
    const values = valid
      .map(
        (report) =>
          report.nodes.find((candidate) => candidate.nodeId === node.nodeId)?.value ?? null,
      )
      .filter((value): value is number => value !== null)
      .sort((a, b) => a - b);
    return {
      nodeId: node.nodeId,
      code: node.code ?? null,
      title: node.title,
      depth: node.depth,
      assessed: node.assessed,
      n: values.length,
      mean: mean(values),
      sd: sampleSd(values),
      min: values[0] ?? null,
      q1: quantile(values, 0.25),
      median: quantile(values, 0.5),
      q3: quantile(values, 0.75),
      max: values[values.length - 1] ?? null,
      histogram: histogram(values, scale),
    };
  });
  return deepFreeze({ framework: framework.key, scale: scale.id, learners: valid.length, nodes });
}

function histogram(values: readonly number[], scale: RatingScale) {
  const counts = new Map<number, number>();
  for (const value of values) {
    const reached = pointReached(value, scale).value;
    counts.set(reached, (counts.get(reached) ?? 0) + 1);
  }
  return scale.points.map((point) => ({
    value: point.value,
    label: point.label,
    count: counts.get(point.value) ?? 0,
  }));
}
