import { isWholeMultiple } from '../model/scale';
import type { Framework, RatingScale } from '../model/types';
import { genericScales } from './generic';

/** The scale with this id among the framework's own scales, then the generic ones. */
export function findScale(framework: Framework, id: string): RatingScale | undefined {
  return (
    framework.scales.find((scale) => scale.id === id) ??
    genericScales.find((scale) => scale.id === id)
  );
}

/** Every scale an assessment against this framework may use: its own, then the generic ones. */
export function scalesFor(framework: Framework): readonly RatingScale[] {
  return [
    ...framework.scales,
    ...genericScales.filter((generic) => !framework.scales.some((own) => own.id === generic.id)),
  ];
}

// The valid values of each (frozen) point scale, so checking a rating is one Set lookup; this
// runs for every rating of every 360, so it matters.
const pointValues = new WeakMap<RatingScale, ReadonlySet<number>>();

/** True when `value` is a valid rating on `scale` (a point, or a step between the ends). */
export function isOnScale(value: number, scale: RatingScale): boolean {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  if (scale.step === undefined) {
    let values = pointValues.get(scale);
    if (values === undefined) {
      values = new Set(scale.points.map((point) => point.value));
      if (Object.isFrozen(scale)) pointValues.set(scale, values);
    }
    return values.has(value);
  }
  const first = scale.points[0];
  const last = scale.points[scale.points.length - 1];
  if (first === undefined || last === undefined) return false;
  return (
    value >= first.value && value <= last.value && isWholeMultiple(value - first.value, scale.step)
  );
}

/** Says which values a scale accepts, for error messages. */
export function describeScaleValues(scale: RatingScale): string {
  const first = scale.points[0]?.value;
  const last = scale.points[scale.points.length - 1]?.value;
  if (scale.step !== undefined) return `a value from ${first} to ${last} in steps of ${scale.step}`;
  return `one of ${scale.points.map((point) => point.value).join(', ')}`;
}
