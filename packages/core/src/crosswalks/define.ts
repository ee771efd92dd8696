import type { Crosswalk } from '../model/types';
import { deepFreeze } from '../util/deep-freeze';
import { trustCrosswalk } from '../validation/trusted';

/**
 * Declares a crosswalk: the object literal is checked against the `Crosswalk` type, frozen and
 * trusted by every public function. (The full check, that every node exists and none is silently
 * unmapped, runs in the tests.)
 */
export function defineCrosswalk(crosswalk: Crosswalk): Crosswalk {
  return trustCrosswalk(deepFreeze(crosswalk));
}
