import { frameworks, getFramework } from '../frameworks/registry';
import type { Crosswalk, Framework } from '../model/types';
import { fail, requireString } from '../validation/arguments';
import { MedleadValidationError } from '../validation/errors';
import { invertCrosswalk } from './invert';
import { crosswalks } from './registry';

const WHAT = 'crosswalk lookup';

/** The key of the framework edition an argument names, or a validation error at that argument. */
function frameworkKey(name: 'from' | 'to', value: unknown): string {
  const keyOrId = requireString(WHAT, [name], value);
  try {
    return getFramework(keyOrId).key;
  } catch (error) {
    if (!(error instanceof MedleadValidationError)) throw error;
    return fail(WHAT, [name], error.issues.map((issue) => issue.message).join('; '));
  }
}

/**
 * The crosswalk from one framework edition to another: the stored one, or the inverse of the one
 * stored the other way (the same frozen object on every call). Each side is a key (`'fmlm@2016'`)
 * or a family id (`'fmlm'`, the newest edition). Throws `MedleadValidationError` at `from` or `to`
 * for anything that is not a shipped framework's key or id, and at `to` naming the pairs there
 * are when no crosswalk joins the two.
 */
export function getCrosswalk(from: string, to: string): Crosswalk {
  const fromKey = frameworkKey('from', from);
  const toKey = frameworkKey('to', to);
  const stored = crosswalks.find(
    (crosswalk) => crosswalk.from === fromKey && crosswalk.to === toKey,
  );
  if (stored !== undefined) return stored;
  const reverse = crosswalks.find(
    (crosswalk) => crosswalk.from === toKey && crosswalk.to === fromKey,
  );
  // invertCrosswalk remembers the inverse of a shipped crosswalk, so this is the same object.
  if (reverse !== undefined) return invertCrosswalk(reverse);
  const pairs = crosswalks.map((crosswalk) => `${crosswalk.from} ↔ ${crosswalk.to}`).join(', ');
  return fail(
    WHAT,
    ['to'],
    `no crosswalk from ${fromKey} to ${toKey}; there are: ${pairs} (or compose two with composeCrosswalks)`,
  );
}

/** The shipped framework edition with this key, if there is one (crosswalks may be user-made). */
export function knownFramework(key: string): Framework | undefined {
  return frameworks.find((framework) => framework.key === key);
}
