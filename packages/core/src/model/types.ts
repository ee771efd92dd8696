import type { z } from 'zod';
import type { DeepReadonly } from '../util/deep-freeze';
import type { AssessmentSchema, RaterRoleSchema, RaterSchema, RatingSchema } from './assessment';
import type {
  CrosswalkLinkSchema,
  CrosswalkSchema,
  MappingRelationSchema,
  UnmappedNodeSchema,
} from './crosswalk';
import type {
  FrameworkNodeSchema,
  FrameworkSchema,
  IndicatorSchema,
  LevelHeadingSchema,
  StageSchema,
  TermSchema,
} from './framework';
import type { ProvenanceSchema, StatementSchema } from './provenance';
import type { RatingScaleSchema, ScalePointSchema } from './scale';
import type { SourceSchema } from './source';

// Every public type is inferred from its schema, so data, types and JSON Schema never disagree.
// They are read-only because every definition we ship, and every value we parse, is frozen.

export type Provenance = z.output<typeof ProvenanceSchema>;
export type Statement = DeepReadonly<z.output<typeof StatementSchema>>;
export type Source = DeepReadonly<z.output<typeof SourceSchema>>;
export type ScalePoint = DeepReadonly<z.output<typeof ScalePointSchema>>;
export type RatingScale = DeepReadonly<z.output<typeof RatingScaleSchema>>;
export type Indicator = DeepReadonly<z.output<typeof IndicatorSchema>>;
export type LevelHeading = DeepReadonly<z.output<typeof LevelHeadingSchema>>;
export type FrameworkNode = DeepReadonly<z.output<typeof FrameworkNodeSchema>>;
export type Stage = DeepReadonly<z.output<typeof StageSchema>>;
export type Term = DeepReadonly<z.output<typeof TermSchema>>;
export type Framework = DeepReadonly<z.output<typeof FrameworkSchema>>;
export type RaterRole = z.output<typeof RaterRoleSchema>;
export type Rater = DeepReadonly<z.output<typeof RaterSchema>>;
export type Rating = DeepReadonly<z.output<typeof RatingSchema>>;
export type Assessment = DeepReadonly<z.output<typeof AssessmentSchema>>;
export type MappingRelation = z.output<typeof MappingRelationSchema>;
export type CrosswalkLink = DeepReadonly<z.output<typeof CrosswalkLinkSchema>>;
export type UnmappedNode = DeepReadonly<z.output<typeof UnmappedNodeSchema>>;
export type Crosswalk = DeepReadonly<z.output<typeof CrosswalkSchema>>;

/** The input a schema accepts (before defaults); use it to type data you build by hand. */
export type FrameworkInput = z.input<typeof FrameworkSchema>;
export type AssessmentInput = z.input<typeof AssessmentSchema>;
export type CrosswalkInput = z.input<typeof CrosswalkSchema>;
