import { describe, expect, it } from 'vitest';
import { hlm } from '../frameworks/hlm';
import { mlcf } from '../frameworks/mlcf';
import type { Assessment, AssessmentInput } from '../model/types';
import type { MedleadValidationError } from '../validation/errors';
import { expectIssue } from '../validation/expect-issue.test-helper';
import { aggregateFeedback } from './feedback360';
import { worked360 } from './fixtures';

// Bad 360 input: each case breaks one thing in a fresh copy of the worked 360 and must give a
// MedleadValidationError naming the path, never a crash, a NaN or a silently wrong figure.

type Options = Parameters<typeof aggregateFeedback>[2];
const fresh = () => structuredClone(worked360) as (AssessmentInput & Record<string, unknown>)[];
const firstRating = (list: AssessmentInput[], at = 0) => {
  const rating = list[at]?.ratings[0];
  if (rating === undefined) throw new Error('fixture has no rating');
  return rating as { value: unknown; nodeId: string; importance?: unknown };
};

const cases: [
  name: string,
  input: () => unknown,
  path: string,
  message: RegExp,
  options?: Options,
][] = [
  ['an empty list', () => [], 'assessments', /non-empty/],
  ['not a list', () => ({ 0: worked360[0] }), 'assessments', /must be a list/],
  [
    'an unknown node id',
    () => {
      const l = fresh();
      firstRating(l, 2).nodeId = 'hlm:empathy';
      return l;
    },
    'assessments[2].ratings[0].nodeId',
    /not a node of hlm@2013/,
  ],
  [
    'a node of another framework',
    () => {
      const l = fresh();
      firstRating(l, 1).nodeId = 'mlcf:1.1';
      return l;
    },
    'assessments[1].ratings[0].nodeId',
    /not a node/,
  ],
  [
    'a rating of a node that is not assessed',
    () => {
      const l = fresh();
      firstRating(l, 3).nodeId = 'hlm:personal-qualities';
      return l;
    },
    'assessments[3].ratings[0].nodeId',
    /rates only dimension/,
  ],
  [
    'a value above the scale',
    () => {
      const l = fresh();
      firstRating(l, 4).value = 5;
      return l;
    },
    'assessments[4].ratings[0].value',
    /not on scale/,
  ],
  [
    'a value below the scale',
    () => {
      const l = fresh();
      firstRating(l, 4).value = -1;
      return l;
    },
    'assessments[4].ratings[0].value',
    /not on scale/,
  ],
  [
    'a value between points',
    () => {
      const l = fresh();
      firstRating(l, 4).value = 2.5;
      return l;
    },
    'assessments[4].ratings[0].value',
    /not on scale/,
  ],
  [
    'a NaN value',
    () => {
      const l = fresh();
      firstRating(l, 5).value = Number.NaN;
      return l;
    },
    'assessments[5].ratings[0].value',
    /number/i,
  ],
  [
    'an Infinity value',
    () => {
      const l = fresh();
      firstRating(l, 5).value = Number.NEGATIVE_INFINITY;
      return l;
    },
    'assessments[5].ratings[0].value',
    /finite|number/i,
  ],
  [
    'a string value',
    () => {
      const l = fresh();
      firstRating(l, 5).value = '3';
      return l;
    },
    'assessments[5].ratings[0].value',
    /number/,
  ],
  [
    'an importance off its scale',
    () => {
      const l = fresh();
      firstRating(l, 0).importance = 0;
      return l;
    },
    'assessments[0].ratings[0].importance',
    /hlm:importance/,
  ],
  [
    'a node rated twice by one rater',
    () => {
      const l = fresh();
      l[2]?.ratings.push({ nodeId: 'hlm:inspiring-shared-purpose', value: 1 });
      return l;
    },
    'assessments[2].ratings[3].nodeId',
    /twice/,
  ],
  [
    'a duplicate rater',
    () => {
      const l = fresh();
      if (l[3]) l[3].rater = { id: 'p1', role: 'peer' };
      return l;
    },
    'assessments[3].rater.id',
    /already rated in assessments\[2\]/,
  ],
  [
    'two self-assessments',
    () => {
      const l = fresh();
      if (l[1]) l[1].rater = { id: 'dr-a-again', role: 'self' };
      return l;
    },
    'assessments[1].rater.role',
    /second self-assessment/,
  ],
  [
    'a second subject',
    () => {
      const l = fresh();
      if (l[6]) l[6].subject = 'dr-b';
      return l;
    },
    'assessments[6].subject',
    /one subject at a time/,
  ],
  [
    'a framework key that does not match',
    () => {
      const l = fresh();
      if (l[7]) l[7].framework = 'hlm@2014';
      return l;
    },
    'assessments[7].framework',
    /hlm@2013/,
  ],
  [
    'a framework given as a family id',
    () => {
      const l = fresh();
      if (l[7]) l[7].framework = 'hlm';
      return l;
    },
    'assessments[7].framework',
    /family@edition/,
  ],
  [
    'a different scale',
    () => {
      const l = fresh();
      if (l[2]) {
        l[2].scale = 'hlm:levels';
        for (const r of l[2].ratings) if (r.value === 0) r.value = 1;
      }
      return l;
    },
    'assessments[2].scale',
    /convert to one scale first/,
  ],
  [
    'an unknown rater role',
    () => {
      const l = fresh();
      if (l[4]) l[4].rater = { id: 'p3', role: 'mentor' as never };
      return l;
    },
    'assessments[4].rater.role',
    /self|peer/,
  ],
  [
    'a missing rater',
    () => {
      const l = fresh();
      delete (l[4] as Record<string, unknown>).rater;
      return l;
    },
    'assessments[4].rater',
    /object/i,
  ],
  [
    'null in the list',
    () => {
      const l = fresh() as unknown[];
      l[3] = null;
      return l;
    },
    'assessments[3]',
    /object/i,
  ],
  ['a zero minRaters', () => worked360, 'options.minRaters', /whole number/, { minRaters: 0 }],
  [
    'a fractional per-role minRaters',
    () => worked360,
    'options.minRatersByRole.peer',
    /whole number/,
    { minRatersByRole: { peer: 2.5 } },
  ],
  [
    'an unknown role in minRatersByRole',
    () => worked360,
    'options.minRatersByRole.mentor',
    /not an option here \(options: self, manager, peer, direct-report, other\)/,
    { minRatersByRole: { mentor: 2 } as never },
  ],
  [
    'a negative blind-spot threshold',
    () => worked360,
    'options.blindSpotThreshold',
    /positive/,
    { blindSpotThreshold: -1 },
  ],
  [
    'a NaN hidden-strength threshold',
    () => worked360,
    'options.hiddenStrengthThreshold',
    /positive/,
    { hiddenStrengthThreshold: Number.NaN },
  ],
];

describe('aggregateFeedback rejects bad input, naming the path', () => {
  it.each(cases)('%s', (_name, input, path, message, options) => {
    expectIssue(() => aggregateFeedback(hlm, input() as Assessment[], options), path, message);
  });

  it('reports every problem at once', () => {
    const l = fresh();
    firstRating(l, 2).value = 9;
    if (l[6]) l[6].subject = 'dr-b';
    const issues = (() => {
      try {
        aggregateFeedback(hlm, l as Assessment[], { minRaters: -3 });
        return [];
      } catch (error) {
        return (error as MedleadValidationError).issues.map((issue) => issue.pathText);
      }
    })();
    // Every problem is listed: the bad rating, the second subject and the option.
    expect(issues).toEqual([
      'assessments[2].ratings[0].value',
      'assessments[6].subject',
      'options.minRaters',
    ]);
  });

  it('rejects assessments of another framework edition than the one given', () => {
    expect(() => aggregateFeedback(mlcf, worked360 as Assessment[])).toThrowError(
      /is "hlm@2013" but the framework given is mlcf@2010/,
    );
  });
});
