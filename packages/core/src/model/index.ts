export { AssessmentSchema, RaterRoleSchema, RaterSchema, RatingSchema } from './assessment';
export {
  CrosswalkLinkSchema,
  CrosswalkSchema,
  MappingRelationSchema,
  UnmappedNodeSchema,
} from './crosswalk';
export {
  FrameworkNodeSchema,
  FrameworkSchema,
  IndicatorSchema,
  LevelHeadingSchema,
  StageSchema,
  TermSchema,
} from './framework';
export {
  EditionSchema,
  FrameworkIdSchema,
  FrameworkKeySchema,
  IndicatorIdSchema,
  NodeIdSchema,
  SemverSchema,
} from './ids';
export { ProvenanceSchema, StatementSchema, UncertainNoteSchema } from './provenance';
export { RatingScaleSchema, ScaleIdSchema, ScalePointSchema } from './scale';
export { SourceSchema } from './source';
export type * from './types';
