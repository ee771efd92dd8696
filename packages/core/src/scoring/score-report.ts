import * as z from 'zod';
import { RaterSchema } from '../model/assessment';
import { FrameworkKeySchema, NodeIdSchema, SlugSchema } from '../model/ids';
import { ScaleIdSchema, ScalePointSchema } from '../model/scale';
import type { Framework } from '../model/types';
import type { DeepReadonly } from '../util/deep-freeze';

// A scored assessment. It is a schema (not only a type) because reports are also inputs:
// `summarizeCohort` and `gapAnalysis` take them back, often after a trip through storage.

const Share = z.number().min(0).max(1);
const Count = z.int().min(0);

export const NodeScoreSchema = z.object({
  nodeId: NodeIdSchema,
  /** The published code, or null where the framework numbers nothing. */
  code: z.string().nullable(),
  title: z.string(),
  kind: SlugSchema,
  /** 0 for a top-level node. */
  depth: Count,
  parentId: NodeIdSchema.nullable(),
  /** True for a node the framework rates; false for a parent whose value is rolled up. */
  assessed: z.boolean(),
  /** The rating (assessed nodes) or the mean of the children that have a value (parents). */
  value: z.number().finite().nullable(),
  /** `value` placed on 0–1: 0 is the scale's lowest point, 1 its highest. */
  normalized: Share.nullable(),
  /** The labelled point the rating stands for (assessed nodes only). */
  level: ScalePointSchema.nullable(),
  /** How many values the figure is made of: 1 or 0 for an assessed node, children with a value for a parent. */
  n: Count,
  /** Assessed nodes at or under this node that have a value, and how many there are. */
  rated: Count,
  total: Count,
  /** The importance rating given to an assessed node, if any. */
  importance: z.number().finite().nullable(),
  comment: z.string().optional(),
});

export const ScoreReportSchema = z.object({
  framework: FrameworkKeySchema,
  scale: ScaleIdSchema,
  importanceScale: ScaleIdSchema.nullable(),
  subject: z.string().min(1),
  rater: RaterSchema,
  completedAt: z.string().optional(),
  /** Every assessed node and every node above one, depth-first in published order. */
  nodes: z.array(NodeScoreSchema),
  /** The mean of the top-level nodes that have a value. */
  overall: z.object({
    value: z.number().finite().nullable(),
    normalized: Share.nullable(),
    n: Count,
  }),
  completeness: z.object({ rated: Count, total: Count, ratio: Share }),
  /** Assessed nodes with no rating, or rated "not observed", in published order. */
  unrated: z.array(NodeIdSchema),
});

export type NodeScore = DeepReadonly<z.output<typeof NodeScoreSchema>>;
export type ScoreReport = DeepReadonly<z.output<typeof ScoreReportSchema>>;

// Reports `scoreAssessment` built, with the framework object each was scored against. They are
// deeply frozen, so one given back unchanged need not be checked again: this keeps
// `summarizeCohort` over a large class fast. A report from anywhere else is checked in full.
const scored = new WeakMap<object, Framework>();

/** Records a deeply frozen report that `scoreAssessment` built against `framework`. */
export function markScored(report: ScoreReport, framework: Framework): ScoreReport {
  scored.set(report, framework);
  return report;
}

/** True when `value` is a report `scoreAssessment` built against this very framework object. */
export function isScoredWith(value: unknown, framework: Framework): value is ScoreReport {
  return typeof value === 'object' && value !== null && scored.get(value) === framework;
}
