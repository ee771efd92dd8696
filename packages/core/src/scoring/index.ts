export { type CohortNode, type CohortSummary, summarizeCohort } from './cohort';
export type { FeedbackOptions, ResolvedFeedbackOptions } from './feedback-options';
export {
  aggregateFeedback,
  type DevelopmentPriority,
  type FeedbackNode,
  type FeedbackReport,
  type GroupFigure,
  type GroupSummary,
} from './feedback360';
export {
  type GapAnalysis,
  type GapAnalysisOptions,
  type GapItem,
  type GapTarget,
  gapAnalysis,
  type NodeValues,
  type NodeValuesInput,
} from './gap-analysis';
export {
  type ConvertScaleOptions,
  convertScale,
  levelOf,
  normalize,
  pointReached,
} from './scale-math';
export { scoreAssessment } from './score-assessment';
export {
  type NodeScore,
  NodeScoreSchema,
  type ScoreReport,
  ScoreReportSchema,
} from './score-report';
