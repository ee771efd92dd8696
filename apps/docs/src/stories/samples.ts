// Named samples for the stories' controls, all from src/fixtures.ts. Each name starts with the
// framework edition it belongs to, so the Controls panel reads "HLM (2013): complete".
import {
  type Assessment,
  type CohortSummary,
  type Crosswalk,
  crosswalks,
  type FeedbackReport,
  type GapAnalysis,
  getCrosswalk,
  getFramework,
  type ScoreReport,
} from '@medlead/core';
import {
  COHORT_SIZE,
  cohortMedians,
  cohortSummaries,
  completeFormValues,
  completeGaps,
  completeReports,
  emptyCohortSummary,
  emptyGaps,
  emptyReports,
  feedback360,
  feedback360AllShown,
  feedback360Mlcf,
  type NodeValueMap,
  othersValues360,
  partialFormValues,
  partialGaps,
  partialReports,
  selfReport360,
  selfVsOthersGaps,
  smallCohortSummary,
  targetValues,
} from '../fixtures';
import { editionLabel } from './story-kit';

const label = (key: string) => editionLabel(getFramework(key));

function catalogue<T>(
  entries: readonly (readonly [string, Readonly<Record<string, T>>])[],
): Readonly<Record<string, T>> {
  return Object.fromEntries(
    entries.flatMap(([state, byKey]) =>
      Object.entries(byKey).map(([key, value]) => [`${label(key)}: ${state}`, value] as const),
    ),
  );
}

/** Score reports: complete, partial and empty self-assessments per edition, and the 360's self. */
export const reportSamples: Readonly<Record<string, ScoreReport>> = {
  ...catalogue([
    ['complete', completeReports],
    ['partial', partialReports],
    ['empty', emptyReports],
  ]),
  [`${label('hlm@2013')}: self in the 360`]: selfReport360,
};

/** Targets by node id: the fixtures' gap targets (a career stage, or one level). */
export const targetSamples: Readonly<Record<string, NodeValueMap>> = catalogue([
  ['target', targetValues],
]);

/** Comparisons by node id: others in the 360, and the generated classes' medians. */
export const comparisonSamples: Readonly<Record<string, NodeValueMap>> = {
  [`${label('hlm@2013')}: others in the 360`]: othersValues360,
  ...catalogue([['class median', cohortMedians]]),
};

/** Gap analyses: complete, partial and empty per edition, and self against others in the 360. */
export const gapSamples: Readonly<Record<string, GapAnalysis>> = {
  ...catalogue([
    ['complete', completeGaps],
    ['partial', partialGaps],
    ['empty', emptyGaps],
  ]),
  [`${label('hlm@2013')}: self against others in the 360`]: selfVsOthersGaps,
};

/** Answers for the form's `defaultValue` (and `value`): complete and half-finished, per edition. */
export const assessmentSamples: Readonly<Record<string, Assessment>> = catalogue([
  ['complete', completeFormValues],
  ['partial', partialFormValues],
]);

/** 360 feedback reports: the HLM 360 with and without its suppressed group, and the MLCF 360. */
export const feedbackSamples: Readonly<Record<string, FeedbackReport>> = {
  [`${label('hlm@2013')}: 360, direct reports suppressed`]: feedback360,
  [`${label('hlm@2013')}: 360, every group shown (a third direct report)`]: feedback360AllShown,
  [`${label('mlcf@2010')}: 360, every rater group`]: feedback360Mlcf,
};

/** Cohort summaries: the generated classes of 40, a class of four and an empty class. */
export const cohortSamples: Readonly<Record<string, CohortSummary>> = {
  ...catalogue([[`class of ${COHORT_SIZE}`, cohortSummaries]]),
  [`${label('hlm@2013')}: class of ${smallCohortSummary.learners}`]: smallCohortSummary,
  [`${label('hlm@2013')}: empty class`]: emptyCohortSummary,
};

/**
 * Every crosswalk core can give: each stored one, and each read the other way (`getCrosswalk`
 * with the editions swapped returns the inverse), named "MLCF (2010) → HLM (2013)".
 */
export const crosswalkSamples: Readonly<Record<string, Crosswalk>> = Object.fromEntries(
  crosswalks.flatMap((stored) =>
    [stored, getCrosswalk(stored.to, stored.from)].map(
      (crosswalk) => [`${label(crosswalk.from)} → ${label(crosswalk.to)}`, crosswalk] as const,
    ),
  ),
);
