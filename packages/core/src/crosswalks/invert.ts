import type { Crosswalk, MappingRelation } from '../model/types';

const INVERSE_SUFFIX = '-inverse';
const INVERSE_PREFIX = 'Inverse of: ';

/** The SKOS inverse of each mapping relation: broad and narrow swap, the rest are symmetric. */
export const inverseRelation: Readonly<Record<MappingRelation, MappingRelation>> = {
  exactMatch: 'exactMatch',
  closeMatch: 'closeMatch',
  broadMatch: 'narrowMatch',
  narrowMatch: 'broadMatch',
  relatedMatch: 'relatedMatch',
};

const toggle = (text: string, mark: string, at: 'start' | 'end') => {
  if (at === 'end') return text.endsWith(mark) ? text.slice(0, -mark.length) : `${text}${mark}`;
  return text.startsWith(mark) ? text.slice(mark.length) : `${mark}${text}`;
};

/**
 * The same crosswalk read the other way: `from` and `to` swap, every link turns round (broadMatch
 * becomes narrowMatch and back) and the unmapped lists swap sides. `invertCrosswalk(invertCrosswalk(x))`
 * equals `x`. Weights carry over unchanged: they measure the correspondence, not a direction.
 */
export function invertCrosswalk(crosswalk: Crosswalk): Crosswalk {
  return {
    ...crosswalk,
    id: toggle(crosswalk.id, INVERSE_SUFFIX, 'end'),
    title: toggle(crosswalk.title, INVERSE_PREFIX, 'start'),
    from: crosswalk.to,
    to: crosswalk.from,
    links: crosswalk.links.map((link) => ({
      ...link,
      from: link.to,
      to: link.from,
      relation: inverseRelation[link.relation],
    })),
    unmapped: { from: crosswalk.unmapped.to, to: crosswalk.unmapped.from },
  };
}
