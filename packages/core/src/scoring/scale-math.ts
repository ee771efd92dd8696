import type { RatingScale, ScalePoint } from '../model/types';
import { describeScaleValues, isOnScale } from '../scales/find-scale';
import { fail, readOptions, requireFiniteNumber } from '../validation/arguments';
import { requireScale } from '../validation/require';

const what = 'scale arguments';

/** The lowest and highest values of a scale. */
export function scaleRange(scale: RatingScale): { min: number; max: number } {
  const min = scale.points[0]?.value ?? 0;
  const max = scale.points[scale.points.length - 1]?.value ?? 0;
  return { min, max };
}

/** The distance between adjacent points of an evenly spaced scale: one "scale step". */
export function scaleStep(scale: RatingScale): number {
  const { min, max } = scaleRange(scale);
  return (max - min) / (scale.points.length - 1);
}

/** True for a finite number from the scale's lowest point to its highest (a mean need not be a point). */
export function isWithinScale(value: unknown, scale: RatingScale): value is number {
  const { min, max } = scaleRange(scale);
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}

function checkInRange(value: unknown, scale: RatingScale, path: string): number {
  const number = requireFiniteNumber(what, [path], value);
  const { min, max } = scaleRange(scale);
  if (!isWithinScale(number, scale)) {
    fail(what, [path], `${number} is outside scale "${scale.id}" (${min} to ${max})`);
  }
  return number;
}

/**
 * Where a value sits on a scale, from 0 (lowest point) to 1 (highest): (value − min) / (max − min).
 * Any value between the ends is accepted (a mean need not be a point). Throws
 * `MedleadValidationError` for a `value` that is not a finite number between the ends, or a
 * `scale` that is not a valid rating scale (fewer than two points, points not rising, points
 * beyond ±1,000,000).
 */
export function normalize(value: number, scale: RatingScale): number {
  const checked = requireScale(what, ['scale'], scale);
  return position(checkInRange(value, checked, 'value'), checked);
}

// Valid scales rise strictly with a finite span, so this is a finite number from 0 to 1.
function position(value: number, scale: RatingScale): number {
  const { min, max } = scaleRange(scale);
  return (value - min) / (max - min);
}

/** Options for `convertScale`. */
export interface ConvertScaleOptions {
  /** `'none'` (default) gives the exact linear image; `'nearest'` snaps to the nearest valid value. */
  readonly round?: 'none' | 'nearest';
}

/**
 * Maps a value from one scale to another linearly, keeping its relative position:
 * to.min + normalize(value, from) × (to.max − to.min). So 3 on 1–5 is 50 on 0–100.
 * Throws `MedleadValidationError` for a `value` off `from`, an invalid `from` or `to` scale, or
 * options other than `{ round: 'none' | 'nearest' }`.
 */
export function convertScale(
  value: number,
  from: RatingScale,
  to: RatingScale,
  options: ConvertScaleOptions = {},
): number {
  const fromScale = requireScale(what, ['from'], from);
  const toScale = requireScale(what, ['to'], to);
  const { round = 'none' } = readOptions(what, ['options'], options, ['round']);
  if (round !== 'none' && round !== 'nearest') {
    fail(what, ['options', 'round'], `must be "none" or "nearest", not ${shown(round)}`);
  }
  const at = position(checkInRange(value, fromScale, 'value'), fromScale);
  const { min, max } = scaleRange(toScale);
  // Never beyond the ends, even by a rounding error.
  const converted = Math.min(max, Math.max(min, min + at * (max - min)));
  return round === 'nearest' ? nearestValid(converted, toScale) : converted;
}

function shown(value: unknown): string {
  return typeof value === 'string' ? `"${value.slice(0, 40)}"` : typeof value;
}

/** The valid value of `scale` nearest to `value`; halfway cases go up. */
export function nearestValid(value: number, scale: RatingScale): number {
  if (scale.step !== undefined) {
    const { min, max } = scaleRange(scale);
    const snapped = min + Math.floor((value - min) / scale.step + 0.5) * scale.step;
    return Math.min(max, Math.max(min, snapped));
  }
  return nearestPoint(value, scale).value;
}

/** The point of `scale` nearest to `value`; halfway cases go to the higher point. */
export function nearestPoint(value: number, scale: RatingScale): ScalePoint {
  let best = scale.points[0] as ScalePoint;
  for (const point of scale.points) {
    if (Math.abs(point.value - value) <= Math.abs(best.value - value)) best = point;
  }
  return best;
}

/**
 * The labelled point a rating stands for: the point itself, or on a stepped scale (0–100) the
 * highest anchor at or below the value. Throws `MedleadValidationError` for a `value` that is
 * not a valid rating on the scale, or an invalid `scale`.
 */
export function levelOf(value: number, scale: RatingScale): ScalePoint {
  const checked = requireScale(what, ['scale'], scale);
  const number = requireFiniteNumber(what, ['value'], value);
  if (!isOnScale(number, checked)) {
    fail(
      what,
      ['value'],
      `${number} is not on scale "${checked.id}": use ${describeScaleValues(checked)}`,
    );
  }
  return reached(number, checked);
}

/**
 * The highest point of the scale at or below `value` (the lowest point for anything below it):
 * the level a rating, or a mean of ratings, has reached. Throws `MedleadValidationError` for a
 * `value` that is not a finite number (NaN reaches no level), or an invalid `scale`.
 */
export function pointReached(value: number, scale: RatingScale): ScalePoint {
  const checked = requireScale(what, ['scale'], scale);
  return reached(requireFiniteNumber(what, ['value'], value), checked);
}

function reached(value: number, scale: RatingScale): ScalePoint {
  let point = scale.points[0] as ScalePoint;
  for (const candidate of scale.points) if (candidate.value <= value) point = candidate;
  return point;
}
