import type { Crosswalk, MappingRelation } from '../model/types';
import { describeValue, fail, type Path } from '../validation/arguments';
import { requireCrosswalk } from '../validation/require-crosswalk';
import { checkedBuild } from './built';

const INVERSE_SUFFIX = '-inverse';
const INVERSE_PREFIX = 'Inverse of: ';

/** The SKOS inverse of each mapping relation: broad and narrow swap, the rest are symmetric. */
export const inverseRelation: Readonly<Record<MappingRelation, MappingRelation>> = Object.freeze({
  exactMatch: 'exactMatch',
  closeMatch: 'closeMatch',
  broadMatch: 'narrowMatch',
  narrowMatch: 'broadMatch',
  relatedMatch: 'relatedMatch',
});

/** A SKOS mapping relation, looked up as an own key (so `"constructor"` is not one). */
export function requireRelation(what: string, path: Path, value: unknown): MappingRelation {
  if (typeof value !== 'string' || !Object.hasOwn(inverseRelation, value)) {
    const shown =
      typeof value === 'string' && value.length <= 40 ? `"${value}"` : describeValue(value);
    fail(
      what,
      path,
      `must be a mapping relation (${Object.keys(inverseRelation).join(', ')}), not ${shown}`,
    );
  }
  return value as MappingRelation;
}

const toggle = (text: string, mark: string, at: 'start' | 'end') => {
  if (at === 'end') return text.endsWith(mark) ? text.slice(0, -mark.length) : `${text}${mark}`;
  return text.startsWith(mark) ? text.slice(mark.length) : `${mark}${text}`;
};

// Inverses already made, both ways round, so inverting the same crosswalk twice gives the same
// object and inverting an inverse gives back the original. Keys are checked crosswalks, which
// are deeply frozen, so a remembered inverse can never go stale.
const inverses = new WeakMap<Crosswalk, Crosswalk>();

/**
 * The same crosswalk read the other way: `from` and `to` swap, every link turns round (broadMatch
 * becomes narrowMatch and back) and the unmapped lists swap sides. `invertCrosswalk(invertCrosswalk(x))`
 * equals `x`. Weights carry over unchanged: they measure the correspondence, not a direction.
 * The result is a valid, deeply frozen crosswalk. Throws `MedleadValidationError` (at `crosswalk`)
 * for anything that is not a valid crosswalk.
 */
export function invertCrosswalk(crosswalk: Crosswalk): Crosswalk {
  const checked = requireCrosswalk('crosswalk to invert', ['crosswalk'], crosswalk);
  const known = inverses.get(checked);
  if (known !== undefined) return known;
  const inverse = checkedBuild('crosswalk to invert', ['crosswalk'], {
    ...checked,
    id: toggle(checked.id, INVERSE_SUFFIX, 'end'),
    title: toggle(checked.title, INVERSE_PREFIX, 'start'),
    from: checked.to,
    to: checked.from,
    links: checked.links.map((link) => ({
      ...link,
      from: link.to,
      to: link.from,
      relation: inverseRelation[link.relation],
    })),
    unmapped: { from: checked.unmapped.to, to: checked.unmapped.from },
  });
  inverses.set(checked, inverse);
  inverses.set(inverse, checked);
  return inverse;
}
