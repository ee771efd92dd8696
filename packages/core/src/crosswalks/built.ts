import type { Crosswalk } from '../model/types';
import { type Path, underPath } from '../validation/arguments';
import { safeParseCrosswalkShape } from '../validation/parse';

/**
 * Checks a crosswalk core has just built (an inverse, a composition) with the same parse a
 * caller's crosswalk goes through, so what core hands out is always a valid, deeply frozen,
 * trusted crosswalk. Built from valid crosswalks it always passes; should it not, the caller gets
 * a validation error naming the argument it came from, never an invalid crosswalk.
 */
export function checkedBuild(what: string, path: Path, built: Crosswalk): Crosswalk {
  const result = safeParseCrosswalkShape(built);
  if (!result.success) throw underPath(what, path, result.error.issues);
  return result.data;
}
