// @medlead/core: medical leadership frameworks as typed, versioned, sourced data.

export * from './crosswalks/index';
export {
  type CanvasOutcomesCsvOptions,
  canvasOutcomesCsvColumns,
  toCanvasOutcomesCsv,
} from './exports/canvas-outcomes-csv';
export {
  type CasePackageOptions,
  caseIdentifierNamespace,
  toCasePackage,
} from './exports/case-package';
export type {
  CaseAssociation,
  CaseAssociationGrouping,
  CaseAssociationType,
  CaseDefinitions,
  CaseDocument,
  CaseDocumentExtension,
  CaseItem,
  CaseItemExtension,
  CaseItemType,
  CaseLink,
  CaseLinkExtension,
  CaseNodeLink,
  CasePackage,
  CaseRubric,
  CaseRubricCriterion,
  CaseRubricCriterionLevel,
  CaseRubricExtension,
  CaseVersion,
} from './exports/case-types';
export { type MoodleCsvOptions, moodleCsvHeader, toMoodleCsv } from './exports/moodle-csv';
export { ama, ama2020 } from './frameworks/ama';
export { fmlm, fmlm2016, fmlm2021 } from './frameworks/fmlm';
export { hlm, hlm2013 } from './frameworks/hlm';
export { mlcf, mlcf2010 } from './frameworks/mlcf';
export {
  type FrameworkSummary,
  frameworks,
  getFramework,
  listFrameworks,
} from './frameworks/registry';
export {
  type CanvasImportOptions,
  fromCanvasOutcomesCsv,
} from './imports/canvas-outcomes-csv';
export { type CaseImportOptions, fromCasePackage } from './imports/case-package';
export type { ImportOptions } from './imports/imported-framework';
export { fromMoodleCsv, type MoodleImportOptions } from './imports/moodle-csv';
export * from './model/index';
export { ancestors, assessableNodes, getNode, isAssessable, walk } from './navigation/navigate';
export type { WalkEntry } from './navigation/node-index';
export { type SearchField, type SearchHit, searchNodes } from './navigation/search';
export { findScale, isOnScale, scalesFor } from './scales/find-scale';
export { agreement5, frequency5, genericScales, percent100 } from './scales/generic';
export * from './scoring/index';
export type { DeepReadonly } from './util/deep-freeze';
export { describeValue } from './validation/arguments';
export {
  MedleadValidationError,
  type SafeParseResult,
  type ValidationIssue,
} from './validation/errors';
export {
  type ParseAssessmentOptions,
  type ParseCrosswalkOptions,
  parseAssessment,
  parseCrosswalk,
  parseFramework,
  safeParseAssessment,
  safeParseCrosswalk,
  safeParseFramework,
} from './validation/parse';
