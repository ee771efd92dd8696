import { isWholeMultiple } from '../model/scale';
import type { Framework, RatingScale } from '../model/types';
import { describeValue, fail, requireString } from '../validation/arguments';
import { requireFramework, requireScale } from '../validation/require';
import { isTrustedScale } from '../validation/trusted';
import { genericScales } from './generic';

/**
 * The scale with this id among the framework's own scales, then the generic ones, or
 * `undefined`. Throws `MedleadValidationError` for an invalid `framework` or an `id` that is
 * not a string.
 */
export function findScale(framework: Framework, id: string): RatingScale | undefined {
  const checked = requireFramework('scale arguments', ['framework'], framework);
  const scaleId = requireString('scale arguments', ['id'], id);
  return (
    checked.scales.find((scale) => scale.id === scaleId) ??
    genericScales.find((scale) => scale.id === scaleId)
  );
}

/**
 * Every scale an assessment against this framework may use: its own, then the generic ones, as
 * a fresh list. Throws `MedleadValidationError` for an invalid `framework`.
 */
export function scalesFor(framework: Framework): readonly RatingScale[] {
  const checked = requireFramework('scale arguments', ['framework'], framework);
  return [
    ...checked.scales,
    ...genericScales.filter((generic) => !checked.scales.some((own) => own.id === generic.id)),
  ];
}

// The valid values of each trusted (deeply frozen) point scale, so checking a rating is one Set
// lookup; this runs for every rating of every 360, so it matters.
const pointValues = new WeakMap<RatingScale, ReadonlySet<number>>();

/**
 * True when `value` is a valid rating on `scale` (a point, or a step between the ends); false for
 * NaN and ±Infinity. Throws `MedleadValidationError` for a `value` that is not a number or a
 * `scale` that is not a valid rating scale.
 */
export function isOnScale(value: number, scale: RatingScale): boolean {
  if (typeof value !== 'number') {
    fail('scale arguments', ['value'], `must be a number, not ${describeValue(value)}`);
  }
  const checked = requireScale('scale arguments', ['scale'], scale);
  if (!Number.isFinite(value)) return false;
  if (checked.step === undefined) {
    let values = pointValues.get(checked);
    if (values === undefined) {
      values = new Set(checked.points.map((point) => point.value));
      if (isTrustedScale(checked)) pointValues.set(checked, values);
    }
    return values.has(value);
  }
  const first = checked.points[0];
  const last = checked.points[checked.points.length - 1];
  if (first === undefined || last === undefined) return false;
  return (
    value >= first.value &&
    value <= last.value &&
    isWholeMultiple(value - first.value, checked.step)
  );
}

/** Says which values a scale accepts, for error messages. */
export function describeScaleValues(scale: RatingScale): string {
  const first = scale.points[0]?.value;
  const last = scale.points[scale.points.length - 1]?.value;
  if (scale.step !== undefined) return `a value from ${first} to ${last} in steps of ${scale.step}`;
  return `one of ${scale.points.map((point) => point.value).join(', ')}`;
}
