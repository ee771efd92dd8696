import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { descending, mean, quantile, sampleSd, sampleSdFromTotals, TallyTable } from './statistics';

describe('statistics', () => {
  it('gives null, never NaN, where a figure does not exist', () => {
    expect(mean([])).toBeNull();
    expect(sampleSd([4])).toBeNull();
    expect(quantile([], 0.5)).toBeNull();
    expect(sampleSdFromTotals(1, 3, 9)).toBeNull();
  });

  it('computes by hand-checked examples', () => {
    expect(mean([1, 2, 6])).toBe(3);
    expect(sampleSd([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([7], 0.75)).toBe(7);
  });

  it('agrees between the running-totals and the two-pass standard deviation', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 2, maxLength: 40 }),
        (values) => {
          const table = new TallyTable(1);
          for (const value of values) table.add(0, value);
          const average = table.sum(0) / table.n(0);
          expect(sampleSdFromTotals(table.n(0), average, table.sumOfSquares(0))).toBeCloseTo(
            sampleSd(values) ?? -1,
            6,
          );
          expect(table.min(0)).toBe(Math.min(...values));
          expect(table.max(0)).toBe(Math.max(...values));
        },
      ),
    );
  });

  it('orders bigger first, ties within noise, nulls last', () => {
    expect([0.3, null, 0.1 + 0.2, 0.5].sort(descending)).toEqual([0.5, 0.3, 0.1 + 0.2, null]);
  });
});
