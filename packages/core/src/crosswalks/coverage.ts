import type { Crosswalk, MappingRelation } from '../model/types';
import { walk } from '../navigation/navigate';
import { deepFreeze } from '../util/deep-freeze';
import { requireArray, requireString } from '../validation/arguments';
import { MedleadValidationError, makeIssue, type ValidationIssue } from '../validation/errors';
import { requireCrosswalk } from '../validation/require-crosswalk';
import { knownFramework } from './lookup';
import { orderByFramework } from './project';

const WHAT = 'coverage query';

export interface CoveredNode {
  readonly nodeId: string;
  /** Share of the link weight into this node that comes from the given nodes (0–1). */
  readonly share: number;
  /** The links from the given nodes that reach it. */
  readonly links: readonly {
    readonly from: string;
    readonly relation: MappingRelation;
    readonly weight: number;
  }[];
}

export interface Coverage {
  readonly crosswalk: string;
  /** The source nodes asked about, with parents expanded to the assessed nodes under them. */
  readonly nodes: readonly string[];
  /** Target nodes the given nodes reach, the most covered first, then in published order. */
  readonly covered: readonly CoveredNode[];
  /** Target nodes they do not reach. */
  readonly notCovered: readonly string[];
  /** Given nodes the crosswalk maps nowhere, with its reasons. */
  readonly unmapped: Crosswalk['unmapped']['from'];
}

/**
 * The curriculum-mapping question: "my course covers MLCF 2.4 and 4.1: which HLM dimensions does
 * it touch, and how much?". A parent node (a domain) stands for the assessed nodes under it.
 * The result is deeply frozen. Throws `MedleadValidationError` when `nodeIds` is not a list of
 * strings, for ids the crosswalk does not know (at `nodeIds[i]`) and for anything that is not a
 * valid crosswalk (at `crosswalk`).
 */
export function coverage(nodeIds: readonly string[], crosswalk: Crosswalk): Coverage {
  const ids = requireArray(WHAT, ['nodeIds'], nodeIds).map((id, index) =>
    requireString(WHAT, ['nodeIds', index], id),
  );
  const checked = requireCrosswalk(WHAT, ['crosswalk'], crosswalk);
  const fromFramework = knownFramework(checked.from);
  const inCrosswalk = new Set([
    ...checked.links.map((link) => link.from),
    ...checked.unmapped.from.map((entry) => entry.nodeId),
  ]);
  const issues: ValidationIssue[] = [];
  const given = new Set<string>();
  for (const [index, nodeId] of ids.entries()) {
    if (inCrosswalk.has(nodeId)) {
      given.add(nodeId);
      continue;
    }
    const under =
      fromFramework === undefined
        ? []
        : walk(fromFramework).filter(
            (entry) => entry.path.includes(nodeId) && inCrosswalk.has(entry.node.id),
          );
    if (under.length === 0)
      issues.push(
        makeIssue(
          ['nodeIds', index],
          `"${nodeId}" is not a node of ${checked.from} in this crosswalk`,
        ),
      );
    for (const entry of under) given.add(entry.node.id);
  }
  if (issues.length > 0) throw new MedleadValidationError(WHAT, issues);

  const targets = new Map<string, { total: number; links: CoveredNode['links'][number][] }>();
  for (const link of checked.links) {
    const target = targets.get(link.to) ?? { total: 0, links: [] };
    target.total += link.weight;
    if (given.has(link.from))
      target.links.push({ from: link.from, relation: link.relation, weight: link.weight });
    targets.set(link.to, target);
  }
  const ordered = orderByFramework([...targets.keys()], knownFramework(checked.to));
  const covered = ordered
    .map((nodeId) => {
      const target = targets.get(nodeId) ?? { total: 0, links: [] };
      const from = target.links.reduce((sum, link) => sum + link.weight, 0);
      return { nodeId, share: target.total > 0 ? from / target.total : 0, links: target.links };
    })
    .filter((node) => node.links.length > 0)
    .sort((a, b) => b.share - a.share); // stable: ties keep published order
  const reached = new Set(covered.map((node) => node.nodeId));
  return deepFreeze({
    crosswalk: checked.id,
    nodes: orderByFramework([...given], fromFramework),
    covered,
    notCovered: [
      ...ordered.filter((id) => !reached.has(id)),
      ...checked.unmapped.to.map((entry) => entry.nodeId),
    ],
    unmapped: checked.unmapped.from.filter((entry) => given.has(entry.nodeId)),
  });
}
