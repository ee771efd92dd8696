import type { Crosswalk, CrosswalkLink, MappingRelation } from '../model/types';
import { MedleadValidationError, makeIssue } from '../validation/errors';

/**
 * The relation along two links in a row, x → y → z, taken conservatively: exact adds nothing,
 * related swallows everything, close keeps the other's direction, and opposite directions
 * (broader then narrower) say no more than "related".
 */
export function chainRelations(first: MappingRelation, second: MappingRelation): MappingRelation {
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
 */
export function composeCrosswalks(first: Crosswalk, second: Crosswalk): Crosswalk {
  if (first.to !== second.from) {
    throw new MedleadValidationError('crosswalks to compose', [
      makeIssue(
        ['second', 'from'],
        `is ${second.from} but the first crosswalk ends at ${first.to}: they do not meet`,
      ),
    ]);
  }
  const onward = new Map<string, CrosswalkLink[]>();
  for (const link of second.links) onward.set(link.from, [...(onward.get(link.from) ?? []), link]);

  const paths = new Map<
    string,
    { from: string; to: string; weight: number; relations: MappingRelation[]; via: string[] }
  >();
  for (const a of first.links) {
    for (const b of onward.get(a.to) ?? []) {
      const key = `${a.from}\u0000${b.to}`;
      const weight = a.weight * b.weight;
      const path = paths.get(key) ?? { from: a.from, to: b.to, weight: 0, relations: [], via: [] };
      path.weight = Math.max(path.weight, weight);
      path.relations.push(chainRelations(a.relation, b.relation));
      path.via.push(a.to);
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
  const deadEndsFrom = [...new Set(first.links.map((link) => link.from))]
    .filter((id) => !linkedFrom.has(id))
    .map((nodeId) => ({
      nodeId,
      reason: `Its links into ${first.to} lead to nodes that ${second.id} maps no further.`,
    }));
  const unreachedTo = [...new Set(second.links.map((link) => link.to))]
    .filter((id) => !linkedTo.has(id))
    .map((nodeId) => ({
      nodeId,
      reason: `Reached in ${second.id} only from nodes of ${first.to} that ${first.id} does not reach.`,
    }));

  return {
    id: `${first.id}--${second.id}`,
    from: first.from,
    to: second.to,
    version: '1.0.0',
    title: `${first.title}, then ${second.title}`,
    summary: `Composed by medlead from two crosswalks through ${first.to}; every link is inferred, so editorial.`,
    links,
    unmapped: {
      from: [...first.unmapped.from, ...deadEndsFrom],
      to: [...second.unmapped.to, ...unreachedTo],
    },
  };
}
