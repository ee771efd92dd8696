import type { RatingScale, ScalePoint } from '../model/types';
import { describeScaleValues, isOnScale } from '../scales/find-scale';
import { MedleadValidationError, makeIssue } from '../validation/errors';

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

function checkInRange(value: number, scale: RatingScale, path: string): void {
  const { min, max } = scaleRange(scale);
  if (!isWithinScale(value, scale)) {
    throw new MedleadValidationError('value', [
      makeIssue([path], `${value} is outside scale "${scale.id}" (${min} to ${max})`),
    ]);
  }
}

/**
 * Where a value sits on a scale, from 0 (lowest point) to 1 (highest): (value − min) / (max − min).
 * Any value between the ends is accepted (a mean need not be a point); others throw.
 */
export function normalize(value: number, scale: RatingScale): number {
  checkInRange(value, scale, 'value');
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
 */
export function convertScale(
  value: number,
  from: RatingScale,
  to: RatingScale,
  options: ConvertScaleOptions = {},
): number {
  const position = normalize(value, from);
  const { min, max } = scaleRange(to);
  const converted = min + position * (max - min);
  return options.round === 'nearest' ? nearestValid(converted, to) : converted;
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
 * highest anchor at or below the value.
 */
export function levelOf(value: number, scale: RatingScale): ScalePoint {
  if (!isOnScale(value, scale)) {
    throw new MedleadValidationError('value', [
      makeIssue(
        ['value'],
        `${value} is not on scale "${scale.id}": use ${describeScaleValues(scale)}`,
      ),
    ]);
  }
  return pointReached(value, scale);
}

/**
 * The highest point of the scale at or below `value` (the lowest point for anything below it):
 * the level a rating, or a mean of ratings, has reached.
 */
export function pointReached(value: number, scale: RatingScale): ScalePoint {
  let reached = scale.points[0] as ScalePoint;
  for (const point of scale.points) if (point.value <= value) reached = point;
  return reached;
}
