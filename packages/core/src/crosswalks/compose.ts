import type { Crosswalk, CrosswalkLink, MappingRelation } from '../model/types';
import { fail } from '../validation/arguments';
import { requireCrosswalk } from '../validation/require-crosswalk';
import { checkedBuild } from './built';
import { requireRelation } from './invert';

const WHAT = 'crosswalks to compose';

/**
 * The relation along two links in a row, x → y → z, taken conservatively: exact adds nothing,
 * related swallows everything, close keeps the other's direction, and opposite directions
 * (broader then narrower) say no more than "related". Throws `MedleadValidationError` (at
 * `first` or `second`) for anything that is not one of the five SKOS mapping relations.
 */
export function chainRelations(first: MappingRelation, second: MappingRelation): MappingRelation {
  requireRelation('relations to chain', ['first'], first);
  requireRelation('relations to chain', ['second'], second);
  if (first === 'exactMatch') return second;
  if (second === 'exactMatch') return first;
  if (first === 'relatedMatch' || second === 'relatedMatch') return 'relatedMatch';
  if (first === 'closeMatch') return second;
  if (second === 'closeMatch') return first;
  return first === second ? first : 'relatedMatch';
}

/** The one relation several paths between the same two nodes support: the least specific. */
function mergeRelations(relations: readonly MappingRelation[]): MappingRelation {
  const set = new Set(relations);
  if (set.size === 1) return relations[0] ?? 'relatedMatch';
  if ([...set].every((relation) => relation === 'exactMatch' || relation === 'closeMatch'))
    return 'closeMatch';
  for (const direction of ['broadMatch', 'narrowMatch'] as const) {
    if (
      [...set].every(
        (relation) =>
          relation === direction || relation === 'exactMatch' || relation === 'closeMatch',
      )
    ) {
      return direction;
    }
  }
  return 'relatedMatch';
}

/**
 * Chains two crosswalks, A → B then B → C, into A → C. For every pair of links x → y → z:
 * the weight is the product of the two weights, the relation is chained conservatively
 * (`chainRelations`), and where several middle nodes join x to z the strongest path gives the
 * weight and the relations are merged to the least specific one they all support. Every composed
 * link is `editorial`. Nodes left without a path are listed as unmapped, with the reason.
 * The result is a valid, deeply frozen crosswalk. Throws `MedleadValidationError` for anything
 * that is not a valid crosswalk (at `first` or `second`: a weight outside 0–1, a missing list…)
 * and for two crosswalks that do not meet (`second.from` is not `first.to`).
 */
export function composeCrosswalks(first: Crosswalk, second: Crosswalk): Crosswalk {
  // Work only from the checked copies: an unparsed weight of 2 or "x" never reaches the maths.
  const a = requireCrosswalk(WHAT, ['first'], first);
  const b = requireCrosswalk(WHAT, ['second'], second);
  if (a.to !== b.from) {
    fail(
      WHAT,
      ['second', 'from'],
      `is ${b.from} but the first crosswalk ends at ${a.to}: they do not meet`,
    );
  }
  const onward = new Map<string, CrosswalkLink[]>();
  for (const link of b.links) {
    const list = onward.get(link.from);
    if (list === undefined) onward.set(link.from, [link]);
    else list.push(link);
  }
  const paths = new Map<
    string,
    { from: string; to: string; weight: number; relations: MappingRelation[]; via: string[] }
  >();
  for (const x of a.links) {
    for (const y of onward.get(x.to) ?? []) {
      const key = `${x.from}\u0000${y.to}`;
      const path = paths.get(key) ?? { from: x.from, to: y.to, weight: 0, relations: [], via: [] };
      path.weight = Math.max(path.weight, x.weight * y.weight);
      path.relations.push(chainRelations(x.relation, y.relation));
      path.via.push(x.to);
      paths.set(key, path);
    }
  }
  const links: CrosswalkLink[] = [...paths.values()].map((path) => ({
    from: path.from,
    to: path.to,
    relation: mergeRelations(path.relations),
    weight: path.weight,
    rationale: `Composed by medlead through ${path.via.join(', ')}.`,
    provenance: 'editorial',
  }));
  const linkedFrom = new Set(links.map((link) => link.from));
  const linkedTo = new Set(links.map((link) => link.to));
  const deadEndsFrom = [...new Set(a.links.map((link) => link.from))]
    .filter((id) => !linkedFrom.has(id))
    .map((nodeId) => ({
      nodeId,
      reason: `Its links into ${a.to} lead to nodes that ${b.id} maps no further.`,
    }));
  const unreachedTo = [...new Set(b.links.map((link) => link.to))]
    .filter((id) => !linkedTo.has(id))
    .map((nodeId) => ({
      nodeId,
      reason: `Reached in ${b.id} only from nodes of ${a.to} that ${a.id} does not reach.`,
    }));
  return checkedBuild(WHAT, ['first'], {
    id: `${a.id}--${b.id}`,
    from: a.from,
    to: b.to,
    version: '1.0.0',
    title: `${a.title}, then ${b.title}`,
    summary: `Composed by medlead from two crosswalks through ${a.to}; every link is inferred, so editorial.`,
    links,
    unmapped: {
      from: [...a.unmapped.from, ...deadEndsFrom],
      to: [...b.unmapped.to, ...unreachedTo],
    },
  });
}
