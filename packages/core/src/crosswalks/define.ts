import type { Crosswalk } from '../model/types';
import { deepFreeze } from '../util/deep-freeze';

/**
 * Declares a crosswalk: the object literal is checked against the `Crosswalk` type and frozen.
 * (The full check, that every node exists and none is silently unmapped, runs in the tests.)
 */
export function defineCrosswalk(crosswalk: Crosswalk): Crosswalk {
  return deepFreeze(crosswalk);
}
