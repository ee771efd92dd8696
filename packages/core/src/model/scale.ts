import * as z from 'zod';
import { ProvenanceSchema, UncertainNoteSchema } from './provenance';

export const ScaleIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-:][a-z0-9]+)*$/, 'must be lower-case words joined by "-" or ":"');

/** One named point on a rating scale. */
/**
 * The largest size a scale point may have. No rating scale comes near it, and it keeps every sum
 * core makes of ratings (a class of ten million learners) far from overflowing to Infinity.
 */
export const MAX_SCALE_MAGNITUDE = 1_000_000;

export const ScalePointSchema = z.object({
  value: z
    .number()
    .finite()
    .min(-MAX_SCALE_MAGNITUDE, `must be at least -${MAX_SCALE_MAGNITUDE}`)
    .max(MAX_SCALE_MAGNITUDE, `must be at most ${MAX_SCALE_MAGNITUDE}`),
  label: z.string().trim().min(1),
  summary: z.string().trim().min(1).optional(),
});

/**
 * An ordered rating scale. Only the point values are valid ratings, unless `step` is set:
 * then any value from the first point to the last in multiples of `step` is valid
 * (the points are anchors, as on a 0–100 scale).
 */
export const RatingScaleSchema = z
  .object({
    id: ScaleIdSchema,
    title: z.string().trim().min(1),
    summary: z.string().trim().min(1).optional(),
    /** What the scale measures, so tools can tell a performance rating from an importance rating. */
    measures: z.enum(['performance', 'importance', 'agreement', 'frequency']),
    points: z.array(ScalePointSchema).min(2),
    step: z.number().finite().positive().optional(),
    provenance: ProvenanceSchema,
    uncertain: UncertainNoteSchema.optional(),
  })
  .superRefine((scale, ctx) => {
    scale.points.forEach((point, index) => {
      const previous = scale.points[index - 1];
      if (previous !== undefined && point.value <= previous.value) {
        ctx.addIssue({
          code: 'custom',
          path: ['points', index, 'value'],
          message: `point values must rise strictly: ${point.value} follows ${previous.value}`,
        });
      }
    });
    const first = scale.points[0];
    if (scale.step !== undefined && first !== undefined) {
      const step = scale.step;
      scale.points.forEach((point, index) => {
        if (!isWholeMultiple(point.value - first.value, step)) {
          ctx.addIssue({
            code: 'custom',
            path: ['points', index, 'value'],
            message: `point ${point.value} is not a whole number of steps (${step}) from ${first.value}`,
          });
        }
      });
    }
  });

/** True when `distance` is a whole number of `step`s, allowing for floating-point noise. */
export function isWholeMultiple(distance: number, step: number): boolean {
  const steps = distance / step;
  return Math.abs(steps - Math.round(steps)) < 1e-9;
}
