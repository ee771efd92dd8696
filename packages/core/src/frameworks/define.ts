import type { Framework } from '../model/types';
import { deepFreeze } from '../util/deep-freeze';
import { trustFramework } from '../validation/trusted';

/**
 * Declares a framework definition: the object literal is checked against the `Framework` type,
 * frozen, and trusted by every public function (the full schema check, which also checks ids and
 * references, runs in the tests).
 */
export function defineFramework(framework: Framework): Framework {
  return trustFramework(deepFreeze(framework));
}
