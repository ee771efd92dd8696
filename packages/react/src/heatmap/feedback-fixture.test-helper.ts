// A 360 built the way core's fixtures build one (packages/core/src/scoring/fixtures.ts): HLM on
// its 0–4 self-assessment scale. Two direct reports, fewer than the 3 an anonymous group needs,
// so they are suppressed everywhere; and only two of the four peers rate "Connecting our
// service", so the peers are suppressed on that node alone.
import {
  type Assessment,
  type AssessmentInput,
  aggregateFeedback,
  assessableNodes,
  type FeedbackOptions,
  hlm,
  mlcf,
  type RaterRole,
} from '@medlead/core';

/** One rater's HLM assessment of dr-a: values by dimension slug (null = not observed). */
export function hlmRating(
  raterId: string,
  role: RaterRole,
  values: Readonly<Record<string, number | null>>,
): AssessmentInput {
  return {
    framework: 'hlm@2013',
    scale: 'hlm:self-assessment',
    subject: 'dr-a',
    rater: { id: raterId, role },
    ratings: Object.entries(values).map(([slug, value]) => ({ nodeId: `hlm:${slug}`, value })),
  };
}

const A = 'inspiring-shared-purpose';
const B = 'leading-with-care';
const C = 'evaluating-information';
const D = 'connecting-our-service';

export const feedback360: AssessmentInput[] = [
  hlmRating('dr-a', 'self', { [A]: 4, [B]: 2, [C]: 3, [D]: 2 }),
  hlmRating('m1', 'manager', { [A]: 2, [B]: 3, [C]: 3, [D]: 2 }),
  hlmRating('p1', 'peer', { [A]: 3, [B]: 4, [C]: 3, [D]: 3 }),
  hlmRating('p2', 'peer', { [A]: 2, [B]: 3, [C]: null, [D]: null }),
  hlmRating('p3', 'peer', { [A]: 3, [B]: 3, [C]: 3, [D]: null }),
  hlmRating('p4', 'peer', { [A]: 2, [B]: 4, [C]: 3, [D]: 4 }),
  // Means that would be 0.5, 1.5 and 0.5, figures that appear nowhere else in the report.
  hlmRating('d1', 'direct-report', { [A]: 0, [B]: 1, [C]: 0 }),
  hlmRating('d2', 'direct-report', { [A]: 1, [B]: 2, [C]: 1 }),
];

/** The 360 aggregated (defaults: direct reports suppressed), or with other options. */
export function feedbackReport(options?: FeedbackOptions) {
  return aggregateFeedback(hlm, feedback360 as Assessment[], options);
}

/**
 * The same 360 with a third direct report, so the direct reports are shown (thresholds are never
 * lowered below 3): means 1/3, 4/3 and 2/3, on the two lowest steps of the colour ramp.
 */
export function feedbackReportAllShown() {
  return aggregateFeedback(hlm, [
    ...(feedback360 as Assessment[]),
    hlmRating('d3', 'direct-report', { [A]: 0, [B]: 1, [C]: 1 }) as Assessment,
  ]);
}

/**
 * A 360 on the MLCF's 20 elements with every rater group: self, a manager, four peers, three
 * direct reports and three other raters. Ratings follow a fixed pattern (no randomness): the
 * other raters leave most elements unrated, so their cells are suppressed one by one; the manager
 * leaves two elements blank ("no ratings"); self rates some elements well above others (blind spots).
 */
export function mlcfFeedbackReport() {
  const nodes = assessableNodes(mlcf);
  const rater = (id: string, role: RaterRole, value: (index: number) => number | null) => ({
    framework: mlcf.key,
    scale: mlcf.defaultScale,
    subject: 'learner-08',
    rater: { id, role },
    ratings: nodes.map((node, index) => ({ nodeId: node.id, value: value(index) })),
  });
  const clamp = (value: number) => Math.min(5, Math.max(1, value));
  const inputs: AssessmentInput[] = [
    rater('learner-08', 'self', (index) => clamp(3 + (index % 3))),
    rater('m1', 'manager', (index) =>
      index === 6 || index === 10 ? null : clamp(2 + (index % 3)),
    ),
    ...[0, 1, 2, 3].map((n) => rater(`p${n}`, 'peer', (index) => clamp(2 + ((index + n) % 4)))),
    ...[0, 1, 2].map((n) =>
      rater(`d${n}`, 'direct-report', (index) => clamp(3 + ((index + n) % 3))),
    ),
    ...[0, 1, 2].map((n) =>
      rater(`o${n}`, 'other', (index) => ((index + n) % 4 === 0 ? null : clamp(2 + (index % 4)))),
    ),
  ];
  return aggregateFeedback(mlcf, inputs as Assessment[]);
}
