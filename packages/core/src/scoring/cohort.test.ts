import { describe, expect, it } from 'vitest';
import { hlm } from '../frameworks/hlm';
import type { Assessment } from '../model/types';
import { MedleadValidationError } from '../validation/errors';
import { summarizeCohort } from './cohort';
import { scoreAssessment } from './score-assessment';
import type { ScoreReport } from './score-report';

const learner = (subject: string, care: number | null, vision: number | null): ScoreReport =>
  scoreAssessment(hlm, {
    framework: 'hlm@2013',
    scale: 'hlm:self-assessment',
    subject,
    rater: { id: subject, role: 'self' },
    ratings: [
      { nodeId: 'hlm:leading-with-care', value: care },
      { nodeId: 'hlm:sharing-the-vision', value: vision },
    ],
  } satisfies Assessment);

describe('summarizeCohort', () => {
  // Leading with care: 0, 1, 3, 4, 4, null → sorted 0 1 3 4 4 (n 5)
  //   mean 12/5 = 2.4; sample sd: deviations −2.4 −1.4 .6 1.6 1.6 → 5.76+1.96+.36+2.56+2.56 = 13.2; /4 = 3.3
  //   type-7 quartiles: positions (n−1)q = 1, 2, 3 → q1 = 1, median = 3, q3 = 4
  const cohort = summarizeCohort(hlm, [
    learner('l1', 0, 2),
    learner('l2', 1, 2),
    learner('l3', 3, null),
    learner('l4', 4, 3),
    learner('l5', 4, 2),
    learner('l6', null, 1),
  ]);
  const node = (id: string) => cohort.nodes.find((candidate) => candidate.nodeId === `hlm:${id}`);

  it('gives n, mean, sd, median, quartiles, min and max per node', () => {
    expect(node('leading-with-care')).toMatchObject({
      n: 5,
      mean: 2.4,
      min: 0,
      q1: 1,
      median: 3,
      q3: 4,
      max: 4,
    });
    expect(node('leading-with-care')?.sd).toBeCloseTo(Math.sqrt(3.3), 12);
    // Sharing the vision: 2, 2, 3, 2, 1 → sorted 1 2 2 2 3; q1 = 2, median 2, q3 = 2
    expect(node('sharing-the-vision')).toMatchObject({
      n: 5,
      mean: 2,
      min: 1,
      q1: 2,
      median: 2,
      q3: 2,
      max: 3,
    });
    expect(cohort.learners).toBe(6);
  });

  it('interpolates quartiles between values (type 7)', () => {
    const four = summarizeCohort(hlm, [
      learner('a', 1, null),
      learner('b', 2, null),
      learner('c', 3, null),
      learner('d', 4, null),
    ]);
    // n 4: positions 0.75, 1.5, 2.25 → q1 = 1.75, median 2.5, q3 = 3.25
    expect(four.nodes[1]).toMatchObject({ q1: 1.75, median: 2.5, q3: 3.25 });
  });

  it('gives a histogram over the scale points', () => {
    expect(node('leading-with-care')?.histogram).toEqual([
      { value: 0, label: 'Insufficient', count: 1 },
      { value: 1, label: 'Essential', count: 1 },
      { value: 2, label: 'Proficient', count: 0 },
      { value: 3, label: 'Strong', count: 1 },
      { value: 4, label: 'Exemplary', count: 2 },
    ]);
  });

  it('gives n = 0 and null figures for nodes nobody rated, and for an empty class', () => {
    expect(node('holding-to-account')).toMatchObject({
      n: 0,
      mean: null,
      sd: null,
      median: null,
      q1: null,
      min: null,
    });
    const empty = summarizeCohort(hlm, []);
    expect(empty.learners).toBe(0);
    expect(empty.nodes).toHaveLength(9);
    expect(empty.nodes[0]).toMatchObject({ n: 0, mean: null });
  });

  it('rejects mixed frameworks, mixed scales and the same learner twice, naming each', () => {
    const other = { ...learner('l9', 1, 1), scale: 'agreement-5' };
    const foreign = { ...learner('l8', 1, 1), framework: 'mlcf@2010' };
    try {
      summarizeCohort(hlm, [learner('l1', 1, 1), learner('l1', 2, 2), other, foreign]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MedleadValidationError);
      expect((error as MedleadValidationError).issues.map((issue) => issue.pathText)).toEqual([
        'reports[1].subject',
        'reports[2].scale',
        'reports[3].framework',
      ]);
    }
  });
});
