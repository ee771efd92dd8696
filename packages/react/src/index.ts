// @medlead/react: accessible, server-rendered charts for medical leadership frameworks.
export {
  CohortDistribution,
  type CohortDistributionProps,
  FEW_LEARNERS,
} from './cohort/CohortDistribution';
export { CrosswalkMatrix, type CrosswalkMatrixProps } from './crosswalk/CrosswalkMatrix';
export { FrameworkExplorer, type FrameworkExplorerProps } from './explorer/FrameworkExplorer';
export { SelfAssessmentForm, type SelfAssessmentFormProps } from './form/SelfAssessmentForm';
export { GapChart, type GapChartProps } from './gap/GapChart';
export { FeedbackHeatmap, type FeedbackHeatmapProps } from './heatmap/FeedbackHeatmap';
export type { HeatmapGroup } from './heatmap/heatmap-data';
export { ScaleLegend, type ScaleLegendProps } from './legend/ScaleLegend';
export type { Audience, ChartProps } from './shared/chart-props';
export {
  ProvenanceBadge,
  type ProvenanceBadgeProps,
  provenanceMeaning,
  provenanceWords,
} from './shared/provenance';
export {
  ResultSummary,
  type ResultSummaryProps,
  strongestAndWeakest,
  summarySentences,
} from './summary/ResultSummary';
export { CompetencyWheel, type CompetencyWheelProps } from './wheel/CompetencyWheel';
export {
  labelAnchor,
  layoutSectors,
  polar,
  type WheelGroup,
  type WheelSector,
  wrapLabel,
} from './wheel/geometry';
export type { WheelNode, WheelValues } from './wheel/wheel-data';
