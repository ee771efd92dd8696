import * as z from 'zod';
import { FrameworkKeySchema, NodeIdSchema } from './ids';
import { ScaleIdSchema } from './scale';

export const RaterRoleSchema = z.enum(['self', 'manager', 'peer', 'direct-report', 'other']);

export const RaterSchema = z.object({
  /** Opaque, stable id of the person rating (never a name or e-mail address if avoidable). */
  id: z.string().trim().min(1),
  role: RaterRoleSchema,
});

export const RatingSchema = z.object({
  nodeId: NodeIdSchema,
  /** A value on the assessment's scale, or `null` for "not observed" (never counted as zero). */
  value: z.number().finite().nullable(),
  /** How important the node is to the subject's role, on the assessment's `importanceScale`. */
  importance: z.number().finite().optional(),
  comment: z.string().max(10_000).optional(),
});

/** One rater's ratings of one subject against one framework edition. */
export const AssessmentSchema = z
  .object({
    /** The framework key, e.g. `hlm@2013`. */
    framework: FrameworkKeySchema,
    /** The id of the scale the values are on. */
    scale: ScaleIdSchema,
    /** The id of the scale the importance ratings are on, if any are given. */
    importanceScale: ScaleIdSchema.optional(),
    /** Opaque id of the person being assessed. */
    subject: z.string().trim().min(1),
    rater: RaterSchema,
    ratings: z.array(RatingSchema),
    /** When the rater finished, as an ISO 8601 date-time with an offset. */
    completedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .superRefine((assessment, ctx) => {
    const seen = new Map<string, number>();
    assessment.ratings.forEach((rating, index) => {
      const first = seen.get(rating.nodeId);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['ratings', index, 'nodeId'],
          message: `"${rating.nodeId}" is rated twice (first at ratings[${first}])`,
        });
      } else {
        seen.set(rating.nodeId, index);
      }
      if (rating.importance !== undefined && assessment.importanceScale === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['ratings', index, 'importance'],
          message: 'an importance rating needs the assessment to name its "importanceScale"',
        });
      }
    });
  });
