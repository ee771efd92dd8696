import type { Framework } from '../model/types';
import { deepFreeze } from '../util/deep-freeze';

/**
 * Declares a framework definition: the object literal is checked against the `Framework` type
 * and frozen. (The full schema check, which also checks ids and references, runs in the tests.)
 */
export function defineFramework(framework: Framework): Framework {
  return deepFreeze(framework);
}
