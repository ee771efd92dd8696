import type { Crosswalk } from '../model/types';
import {
  CheckedCache,
  describeValue,
  fail,
  isPlainObject,
  type Path,
  underPath,
} from './arguments';
import { safeParseCrosswalkShape } from './parse';
import { isTrustedCrosswalk } from './trusted';

const crosswalkCopies = /* @__PURE__ */ new CheckedCache<Crosswalk>(); // bundlers may drop it unused

/**
 * A crosswalk medlead can rely on: one it ships, parsed or built, or a valid one (then parsed
 * into a frozen copy; the caller's object is never frozen or kept).
 */
export function requireCrosswalk(what: string, path: Path, value: unknown): Crosswalk {
  if (isTrustedCrosswalk(value)) return value;
  if (!isPlainObject(value)) {
    fail(
      what,
      path,
      `must be a crosswalk (from getCrosswalk or parseCrosswalk), not ${describeValue(value)}`,
    );
  }
  const cached = crosswalkCopies.get(value);
  if (cached !== undefined) return cached;
  const result = safeParseCrosswalkShape(value);
  if (!result.success) throw underPath(what, path, result.error.issues);
  crosswalkCopies.set(value, result.data);
  return result.data;
}
