import { describe, expect, it } from 'vitest';
import { hlm } from '../frameworks/hlm';
import { mlcf } from '../frameworks/mlcf';
import type { Assessment } from '../model/types';
import { aggregateFeedback } from '../scoring/feedback360';
import { worked360 } from '../scoring/fixtures';
import {
  expectRefused,
  markup,
  nonFiniteNumbers,
  safeOutcome,
  sweepArguments,
  vandalize,
} from './hostile.test-helper';

// aggregateFeedback given what an attacker or a careless caller sends. The anonymity adversary
// is in scoring/anonymity.property.test.ts; bad assessments one field at a time in
// scoring/bad-input.test.ts.

const fresh = () => structuredClone(worked360) as Assessment[];

describe('aggregateFeedback', () => {
  it('refuses or answers safely for every hostile value in every argument', () => {
    const totals = sweepArguments(aggregateFeedback, [
      ['framework', () => hlm],
      ['assessments', fresh],
      ['options', () => ({})],
    ]);
    expect(totals.calls).toBeGreaterThan(90);
    expect(totals.refused).toBeGreaterThan(60);
  });

  it.each([
    [
      'a null framework',
      () => aggregateFeedback(null as never, fresh()),
      'framework',
      /must be a framework/,
    ],
    [
      'null options',
      () => aggregateFeedback(hlm, fresh(), null as never),
      'options',
      /must be an object of options/,
    ],
    [
      'a list of options',
      () => aggregateFeedback(hlm, fresh(), [] as never),
      'options',
      /must be an object/,
    ],
    [
      'an unknown option',
      () => aggregateFeedback(hlm, fresh(), { minRater: 5 } as never),
      'options.minRater',
      /not an option/,
    ],
    [
      'minRaters 2',
      () => aggregateFeedback(hlm, fresh(), { minRaters: 2 }),
      'options.minRaters',
      /3 or more/,
    ],
    [
      'peers lowered to 1',
      () => aggregateFeedback(hlm, fresh(), { minRatersByRole: { peer: 1 } }),
      'options.minRatersByRole.peer',
      /3 or more/,
    ],
    [
      'a manager threshold of 2',
      () => aggregateFeedback(hlm, fresh(), { minRatersByRole: { manager: 2 } }),
      'options.minRatersByRole.manager',
      /1 \(a named manager\) or 3 or more/,
    ],
    [
      'a self threshold of 3',
      () => aggregateFeedback(hlm, fresh(), { minRatersByRole: { self: 3 } }),
      'options.minRatersByRole.self',
      /1: self is the subject/,
    ],
    [
      'minRatersByRole as a list',
      () => aggregateFeedback(hlm, fresh(), { minRatersByRole: [3] as never }),
      'options.minRatersByRole',
      /must be an object/,
    ],
    [
      'a NaN threshold',
      () => aggregateFeedback(hlm, fresh(), { blindSpotThreshold: Number.NaN }),
      'options.blindSpotThreshold',
      /positive number/,
    ],
    [
      'an array-like list',
      () => aggregateFeedback(hlm, { length: 1, 0: fresh()[0] } as never),
      'assessments',
      /must be a list/,
    ],
    [
      'a framework built by hand, not parsed',
      () => aggregateFeedback({ ...hlm } as never, fresh()),
      'framework',
      /pass it through parseFramework\(\) first/,
    ],
    [
      'assessments of another framework',
      () => aggregateFeedback(mlcf, fresh()),
      'assessments[0].framework',
      /mlcf@2010/,
    ],
    [
      'markup as a node id',
      () => {
        const l = fresh();
        (l[0]?.ratings[0] as { nodeId: string }).nodeId = markup;
        return aggregateFeedback(hlm, l);
      },
      'assessments[0].ratings[0].nodeId',
      /family:code-or-slug/,
    ],
    [
      'a rater given as a Proxy that throws',
      () => {
        const l = fresh() as unknown[];
        l[1] = new Proxy(
          {},
          {
            get() {
              throw new Error('trap');
            },
          },
        );
        return aggregateFeedback(hlm, l as never);
      },
      'assessments[1]',
      /could not be read|expected object/,
    ],
  ])('refuses %s, naming the path', (_name, run, path, message) => {
    expectRefused(run, path, message);
  });

  it('ignores options inherited from a prototype, and a polluted Object.prototype', () => {
    const inherited = Object.create({ minRaters: 99 });
    expect(aggregateFeedback(hlm, fresh(), inherited)).toEqual(aggregateFeedback(hlm, fresh()));
    const prototype = Object.prototype as Record<string, unknown>;
    prototype.minRaters = 1;
    try {
      expect(aggregateFeedback(hlm, fresh()).options.minRaters.peer).toBe(3);
    } finally {
      delete prototype.minRaters;
    }
  });

  it('gives no NaN when a rating’s value changes between reads', () => {
    const list = fresh();
    let reads = 0;
    const rating = list[3]?.ratings[0] as Record<string, unknown>;
    Object.defineProperty(rating, 'value', {
      enumerable: true,
      get: () => (++reads % 2 === 1 ? 3 : Number.NaN),
    });
    const outcome = safeOutcome(() => aggregateFeedback(hlm, list));
    if ('result' in outcome) expect(nonFiniteNumbers(outcome.result)).toEqual([]);
  });

  it('gives no NaN for a 360 with no values at all, and refuses 100,000 raters of one subject only for real problems', () => {
    const blank = fresh().map((assessment) => ({
      ...assessment,
      ratings: assessment.ratings.map((rating) => ({ nodeId: rating.nodeId, value: null })),
    }));
    const report = aggregateFeedback(hlm, blank);
    expect(nonFiniteNumbers(report)).toEqual([]);
    const peer = fresh()[2] as Assessment;
    const many = Array.from({ length: 100_000 }, (_, index) => ({
      ...peer,
      rater: { id: `peer-${index}`, role: 'peer' as const },
    }));
    expect(aggregateFeedback(hlm, many).groups.peer).toMatchObject({ raters: 100_000 });
  });

  it('shares nothing mutable: a changed report, or a changed input, never changes a later report', () => {
    const list = fresh();
    const first = aggregateFeedback(hlm, list);
    const expected = structuredClone(first);
    vandalize(first);
    expect(aggregateFeedback(hlm, list)).toEqual(expected);
    // The report does not hold the caller's objects either.
    const again = aggregateFeedback(hlm, list);
    (list[0] as { subject: string }).subject = 'changed';
    expect(again.subject).toBe(expected.subject);
  });
});
