// Argument checks for the three kinds of data core takes: frameworks, crosswalks and scales.
// What core shipped or parsed is taken as it is; anything else is parsed (into a frozen copy)
// and refused with every problem, each path starting at the argument's name.
import type { Crosswalk, Framework, RatingScale } from '../model/types';
import {
  CheckedCache,
  describeValue,
  fail,
  isPlainObject,
  type Path,
  underPath,
} from './arguments';
import type { SafeParseResult } from './errors';
import { safeParseCrosswalkShape, safeParseFramework, safeParseScale } from './safe-parse';
import { isTrustedCrosswalk, isTrustedFramework, isTrustedScale } from './trusted';

const frameworkCopies = new CheckedCache<Framework>();
const crosswalkCopies = new CheckedCache<Crosswalk>();
const scaleCopies = new CheckedCache<RatingScale>();

function requireParsed<T>(
  what: string,
  path: Path,
  value: unknown,
  noun: string,
  cache: CheckedCache<T>,
  parse: (input: unknown) => SafeParseResult<T>,
): T {
  if (!isPlainObject(value)) fail(what, path, `must be ${noun}, not ${describeValue(value)}`);
  const cached = cache.get(value);
  if (cached !== undefined) return cached;
  const result = parse(value);
  if (!result.success) throw underPath(what, path, result.error.issues);
  cache.set(value, result.data);
  return result.data;
}

/** A framework medlead can rely on: one it ships or parsed, or a valid definition (then parsed). */
export function requireFramework(what: string, path: Path, value: unknown): Framework {
  if (isTrustedFramework(value)) return value;
  return requireParsed(
    what,
    path,
    value,
    'a framework (from getFramework or parseFramework)',
    frameworkCopies,
    safeParseFramework,
  );
}

/** A crosswalk medlead can rely on: one it ships or parsed, or a valid one (then parsed). */
export function requireCrosswalk(what: string, path: Path, value: unknown): Crosswalk {
  if (isTrustedCrosswalk(value)) return value;
  return requireParsed(
    what,
    path,
    value,
    'a crosswalk (from getCrosswalk or parseCrosswalk)',
    crosswalkCopies,
    safeParseCrosswalkShape,
  );
}

/** A rating scale medlead can rely on: one it ships, or a valid one (then parsed). */
export function requireScale(what: string, path: Path, value: unknown): RatingScale {
  if (isTrustedScale(value)) return value;
  return requireParsed(what, path, value, 'a rating scale', scaleCopies, safeParseScale);
}
