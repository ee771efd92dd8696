import { frameworks, getFramework } from '../frameworks/registry';
import type { Crosswalk, Framework } from '../model/types';
import { deepFreeze } from '../util/deep-freeze';
import { MedleadValidationError, makeIssue } from '../validation/errors';
import { invertCrosswalk } from './invert';
import { crosswalks } from './registry';

// Inverses of the stored crosswalks, made once each so getCrosswalk returns the same object.
const inverses = new WeakMap<Crosswalk, Crosswalk>();

/**
 * The crosswalk from one framework edition to another: the stored one, or the inverse of the one
 * stored the other way. Each side is a key (`'fmlm@2016'`) or a family id (`'fmlm'`, the newest
 * edition). Throws `MedleadValidationError` naming the pairs there are.
 */
export function getCrosswalk(from: string, to: string): Crosswalk {
  const fromKey = getFramework(from).key;
  const toKey = getFramework(to).key;
  const stored = crosswalks.find(
    (crosswalk) => crosswalk.from === fromKey && crosswalk.to === toKey,
  );
  if (stored !== undefined) return stored;
  const reverse = crosswalks.find(
    (crosswalk) => crosswalk.from === toKey && crosswalk.to === fromKey,
  );
  if (reverse !== undefined) {
    let inverse = inverses.get(reverse);
    if (inverse === undefined) {
      inverse = deepFreeze(invertCrosswalk(reverse));
      inverses.set(reverse, inverse);
    }
    return inverse;
  }
  const pairs = crosswalks.map((crosswalk) => `${crosswalk.from} ↔ ${crosswalk.to}`).join(', ');
  throw new MedleadValidationError('crosswalk', [
    makeIssue(
      [],
      `no crosswalk from ${fromKey} to ${toKey}; there are: ${pairs} (or compose two with composeCrosswalks)`,
    ),
  ]);
}

/** The shipped framework edition with this key, if there is one (crosswalks may be user-made). */
export function knownFramework(key: string): Framework | undefined {
  return frameworks.find((framework) => framework.key === key);
}
