// Plain descriptive statistics. Every function takes finite numbers and returns null, never NaN,
// where the figure does not exist (the mean of nothing, the spread of one value).

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** Sample standard deviation (divisor n − 1), as R's sd() and Excel's STDEV.S; null for n < 2. */
export function sampleSd(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const average = mean(values) ?? 0;
  let squares = 0;
  for (const value of values) squares += (value - average) ** 2;
  return Math.sqrt(squares / (values.length - 1));
}

/**
 * The q-quantile by linear interpolation between order statistics (Hyndman & Fan type 7: the
 * default of R, NumPy and Excel's QUARTILE.INC). `sorted` must be in ascending order.
 */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const lower = sorted[below] ?? 0;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] ?? lower;
  return lower + (upper - lower) * (position - below);
}

/** Running totals for one group of values, so figures can be built in one pass. */
export interface Tally {
  n: number;
  sum: number;
  sumOfSquares: number;
  min: number;
  max: number;
}

export function emptyTally(): Tally {
  return {
    n: 0,
    sum: 0,
    sumOfSquares: 0,
    min: Number.POSITIVE_INFINITY,
    max: Number.NEGATIVE_INFINITY,
  };
}

export function addToTally(tally: Tally, value: number): void {
  tally.n += 1;
  tally.sum += value;
  tally.sumOfSquares += value * value;
  if (value < tally.min) tally.min = value;
  if (value > tally.max) tally.max = value;
}

/** Merges `from` into `into`. */
export function mergeTally(into: Tally, from: Tally): void {
  into.n += from.n;
  into.sum += from.sum;
  into.sumOfSquares += from.sumOfSquares;
  if (from.min < into.min) into.min = from.min;
  if (from.max > into.max) into.max = from.max;
}

/** The figures a tally stands for; call only with n ≥ 1. */
export function describeTally(tally: Tally): {
  n: number;
  mean: number;
  sd: number | null;
  min: number;
  max: number;
} {
  const average = tally.sum / tally.n;
  // Sum-of-squares form, clamped at zero against rounding; sample variance (n − 1).
  const variance =
    tally.n < 2
      ? null
      : Math.max(0, (tally.sumOfSquares - tally.n * average * average) / (tally.n - 1));
  return {
    n: tally.n,
    mean: average,
    sd: variance === null ? null : Math.sqrt(variance),
    min: tally.min,
    max: tally.max,
  };
}

/** Sort order for "bigger first": differences within floating-point noise tie; null sorts last. */
export function descending(a: number | null, b: number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return Math.abs(b - a) < 1e-9 ? 0 : b - a;
}
