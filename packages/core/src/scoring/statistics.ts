// Plain descriptive statistics. Every function takes finite numbers (a list or a typed array)
// and returns null, never NaN, where the figure does not exist (the mean of nothing, the spread of
// one value).

export function mean(values: ArrayLike<number>): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (let index = 0; index < values.length; index++) sum += values[index] as number;
  return sum / values.length;
}

/** Sample standard deviation (divisor n − 1), as R's sd() and Excel's STDEV.S; null for n < 2. */
export function sampleSd(values: ArrayLike<number>): number | null {
  if (values.length < 2) return null;
  const average = mean(values) ?? 0;
  let squares = 0;
  for (let index = 0; index < values.length; index++) {
    squares += ((values[index] as number) - average) ** 2;
  }
  return Math.sqrt(squares / (values.length - 1));
}

/**
 * The q-quantile by linear interpolation between order statistics (Hyndman & Fan type 7: the
 * default of R, NumPy and Excel's QUARTILE.INC). `sorted` must be in ascending order.
 */
export function quantile(sorted: ArrayLike<number>, q: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const lower = sorted[below] ?? 0;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] ?? lower;
  return lower + (upper - lower) * (position - below);
}

/**
 * Sample standard deviation (divisor n − 1) from running totals; null for n < 2. The
 * sum-of-squares form is clamped at zero against rounding.
 */
export function sampleSdFromTotals(n: number, mean: number, sumOfSquares: number): number | null {
  if (n < 2) return null;
  return Math.sqrt(Math.max(0, (sumOfSquares - n * mean * mean) / (n - 1)));
}

/** Sort order for "bigger first": differences within floating-point noise tie; null sorts last. */
export function descending(a: number | null, b: number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return Math.abs(b - a) < 1e-9 ? 0 : b - a;
}

/**
 * Many tallies in one flat array (one record of n, sum, sum of squares, min and max per
 * group × node slot), for the 360 hot path: one allocation per table, no object per tally.
 * (A plain array of doubles: V8 allocates it far faster than a typed array of this size.)
 */
const blankTables = new Map<number, readonly number[]>();

/**
 * Running totals (n, sum, sum of squares, min, max) for many groups of values, in one flat array
 * with a record per slot: the 360 hot path keeps one slot per rater group × node, so aggregating a
 * subject allocates one array rather than an object per tally. (A plain array of doubles: V8
 * allocates it far faster than a typed array of this size.)
 */
export class TallyTable {
  private readonly data: number[];

  constructor(size: number) {
    let blank = blankTables.get(size);
    if (blank === undefined) {
      const built: number[] = [];
      for (let slot = 0; slot < size; slot++) {
        built.push(0, 0, 0, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);
      }
      blankTables.set(size, built);
      blank = built;
    }
    this.data = blank.slice(); // copying a blank table is much cheaper than building one
  }

  add(slot: number, value: number): void {
    const at = slot * 5;
    const data = this.data;
    data[at] = (data[at] ?? 0) + 1;
    data[at + 1] = (data[at + 1] ?? 0) + value;
    data[at + 2] = (data[at + 2] ?? 0) + value * value;
    if (value < (data[at + 3] ?? Number.POSITIVE_INFINITY)) data[at + 3] = value;
    if (value > (data[at + 4] ?? Number.NEGATIVE_INFINITY)) data[at + 4] = value;
  }

  n(slot: number): number {
    return this.data[slot * 5] ?? 0;
  }
  sum(slot: number): number {
    return this.data[slot * 5 + 1] ?? 0;
  }
  sumOfSquares(slot: number): number {
    return this.data[slot * 5 + 2] ?? 0;
  }
  min(slot: number): number {
    return this.data[slot * 5 + 3] ?? Number.POSITIVE_INFINITY;
  }
  max(slot: number): number {
    return this.data[slot * 5 + 4] ?? Number.NEGATIVE_INFINITY;
  }
}
