// The objects core has already checked: the definitions it ships and every result of a parse.
// Public functions accept them without checking again (the hot paths stay fast); anything else
// is parsed first. Only deeply frozen objects are ever listed, so a listed object never changes.
import type { Crosswalk, Framework, RatingScale } from '../model/types';

const frameworks = new WeakSet<object>();
const crosswalks = new WeakSet<object>();
const scales = new WeakSet<object>();

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** Lists a deeply frozen, checked framework (and its scales) as trusted. */
export function trustFramework(framework: Framework): Framework {
  frameworks.add(framework);
  for (const scale of framework.scales) scales.add(scale);
  return framework;
}

export function trustCrosswalk(crosswalk: Crosswalk): Crosswalk {
  crosswalks.add(crosswalk);
  return crosswalk;
}

export function trustScale(scale: RatingScale): RatingScale {
  scales.add(scale);
  return scale;
}

export function isTrustedFramework(value: unknown): value is Framework {
  return isObject(value) && frameworks.has(value);
}

export function isTrustedCrosswalk(value: unknown): value is Crosswalk {
  return isObject(value) && crosswalks.has(value);
}

export function isTrustedScale(value: unknown): value is RatingScale {
  return isObject(value) && scales.has(value);
}
