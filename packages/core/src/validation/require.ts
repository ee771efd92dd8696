// Argument checks for the three kinds of data core takes: frameworks, crosswalks and scales.
//
// A framework must be one core has checked: shipped (`getFramework`, `hlm`…) or returned by
// `parseFramework`. Anything else is refused with a pointer to `parseFramework`, rather than
// parsed on the spot: checking one takes the whole framework schema, which would otherwise ride
// along in every bundle that draws a chart. A scale, small and often written by hand, is parsed
// when needed; so is a crosswalk (require-crosswalk.ts, kept apart for the same reason).
import type { Framework, RatingScale } from '../model/types';
import {
  CheckedCache,
  describeValue,
  fail,
  isPlainObject,
  type Path,
  underPath,
} from './arguments';
import { safeParseScale } from './safe-parse';
import { isTrustedFramework, isTrustedScale } from './trusted';

// Pure: a bundle that takes `requireFramework` alone (every chart does) then leaves the cache, and
// the scale parsing behind it, out.
const scaleCopies = /* @__PURE__ */ new CheckedCache<RatingScale>();

function refuse(what: string, path: Path, value: unknown, noun: string, parse: string): never {
  return fail(
    what,
    path,
    isPlainObject(value)
      ? `is not a ${noun} medlead has checked: pass it through ${parse}() first (which lists any problems), or use one medlead ships`
      : `must be a ${noun} (shipped by medlead or returned by ${parse}), not ${describeValue(value)}`,
  );
}

/** A framework medlead shipped or parsed; anything else is refused. */
export function requireFramework(what: string, path: Path, value: unknown): Framework {
  if (isTrustedFramework(value)) return value;
  return refuse(what, path, value, 'framework', 'parseFramework');
}

/** A rating scale medlead can rely on: one it ships or parsed, or a valid one (then parsed). */
export function requireScale(what: string, path: Path, value: unknown): RatingScale {
  if (isTrustedScale(value)) return value;
  if (!isPlainObject(value))
    fail(what, path, `must be a rating scale, not ${describeValue(value)}`);
  const cached = scaleCopies.get(value);
  if (cached !== undefined) return cached;
  const result = safeParseScale(value);
  if (!result.success) throw underPath(what, path, result.error.issues);
  scaleCopies.set(value, result.data);
  return result.data;
}
