import type { RatingScale } from '../model/types';
import { deepFreeze } from '../util/deep-freeze';
import { trustScale } from '../validation/trusted';

// Generic scales any framework can use. Our own conventional wording: `editorial`.

export const agreement5: RatingScale = trustScale(
  deepFreeze({
    id: 'agreement-5',
    title: 'Agreement (1–5)',
    summary: 'How far the rater agrees that the statement describes the person.',
    measures: 'agreement',
    provenance: 'editorial',
    points: [
      { value: 1, label: 'Strongly disagree' },
      { value: 2, label: 'Disagree' },
      { value: 3, label: 'Neither agree nor disagree' },
      { value: 4, label: 'Agree' },
      { value: 5, label: 'Strongly agree' },
    ],
  }),
);

export const frequency5: RatingScale = trustScale(
  deepFreeze({
    id: 'frequency-5',
    title: 'Frequency (1–5)',
    summary: 'How often the rater has seen the person show the behaviour.',
    measures: 'frequency',
    provenance: 'editorial',
    points: [
      { value: 1, label: 'Never' },
      { value: 2, label: 'Rarely' },
      { value: 3, label: 'Sometimes' },
      { value: 4, label: 'Often' },
      { value: 5, label: 'Always' },
    ],
  }),
);

export const percent100: RatingScale = trustScale(
  deepFreeze({
    id: 'percent-100',
    title: 'Score (0–100)',
    summary: 'A whole-number score from 0 to 100; the labelled points are anchors only.',
    measures: 'performance',
    provenance: 'editorial',
    step: 1,
    points: [
      { value: 0, label: 'None' },
      { value: 25, label: 'Limited' },
      { value: 50, label: 'Partial' },
      { value: 75, label: 'Substantial' },
      { value: 100, label: 'Complete' },
    ],
  }),
);

/** Every generic scale, in a stable order. */
export const genericScales: readonly RatingScale[] = deepFreeze([
  agreement5,
  frequency5,
  percent100,
]);
