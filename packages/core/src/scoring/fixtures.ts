import type { AssessmentInput, RaterRole } from '../model/types';

/** Builds an HLM assessment on the self-assessment scale (0–4) with importance on 1–4. */
export function hlmRating(
  raterId: string,
  role: RaterRole,
  values: Readonly<Record<string, number | null | [number | null, number]>>,
  subject = 'dr-a',
): AssessmentInput {
  return {
    framework: 'hlm@2013',
    scale: 'hlm:self-assessment',
    importanceScale: 'hlm:importance',
    subject,
    rater: { id: raterId, role },
    ratings: Object.entries(values).map(([node, given]) =>
      Array.isArray(given)
        ? { nodeId: `hlm:${node}`, value: given[0], importance: given[1] }
        : { nodeId: `hlm:${node}`, value: given },
    ),
  };
}

const A = 'inspiring-shared-purpose';
const B = 'leading-with-care';
const C = 'evaluating-information';

/**
 * The worked 360 of packages/core/docs/scoring.md (also examples/worked-360.mjs): 1 self, 1 manager, 4 peers, 2 direct reports, on three
 * dimensions. With the default thresholds the direct reports (2 < 3) are suppressed.
 */
export const worked360: AssessmentInput[] = [
  hlmRating('dr-a', 'self', { [A]: [4, 4], [B]: [2, 3], [C]: [3, 2] }),
  hlmRating('m1', 'manager', { [A]: [2, 3], [B]: [3, 4], [C]: [3, 2] }),
  hlmRating('p1', 'peer', { [A]: 3, [B]: 4, [C]: 3 }),
  hlmRating('p2', 'peer', { [A]: 2, [B]: 4, [C]: null }),
  hlmRating('p3', 'peer', { [A]: 3, [B]: 3, [C]: 3 }),
  hlmRating('p4', 'peer', { [A]: 2, [B]: 4, [C]: 3 }),
  hlmRating('d1', 'direct-report', { [A]: 1, [B]: 4, [C]: 2 }),
  hlmRating('d2', 'direct-report', { [A]: 2, [B]: 3, [C]: 2 }),
];
