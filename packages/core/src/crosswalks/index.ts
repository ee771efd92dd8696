export { chainRelations, composeCrosswalks } from './compose';
export { type Coverage, type CoveredNode, coverage } from './coverage';
export { inverseRelation, invertCrosswalk } from './invert';
export { getCrosswalk } from './lookup';
export {
  type ProjectedNode,
  type ProjectedScores,
  type ProjectScoresOptions,
  projectScores,
  type ScoreValues,
} from './project';
export { crosswalks } from './registry';
