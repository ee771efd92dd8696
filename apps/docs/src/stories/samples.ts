// Named samples for the stories' controls, all from src/fixtures.ts. Each name starts with the
// framework edition it belongs to, so the Controls panel reads "HLM (2013): complete".
import { type GapAnalysis, getFramework, type ScoreReport } from '@medlead/core';
import {
  cohortMedians,
  completeGaps,
  completeReports,
  emptyGaps,
  emptyReports,
  type NodeValueMap,
  othersValues360,
  partialGaps,
  partialReports,
  selfReport360,
  selfVsOthersGaps,
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
