import type { Framework, FrameworkNode } from '../model/types';
import { MedleadValidationError, makeIssue } from '../validation/errors';
import { nodeIndex, type WalkEntry } from './node-index';

/** The node with this id (in the hierarchy or among the cross-cutting themes), or `undefined`. */
export function getNode(framework: Framework, id: string): FrameworkNode | undefined {
  const index = nodeIndex(framework);
  return index.byId.get(id)?.node ?? index.crossCutting.get(id);
}

/** Every node of the hierarchy, depth-first in published order, with its depth and path. */
export function walk(framework: Framework): readonly WalkEntry[] {
  return nodeIndex(framework).entries;
}

/**
 * The ancestors of a node, from the top level down to its parent (`[]` for a top-level node).
 * Throws `MedleadValidationError` for an id that is not in the framework's hierarchy.
 */
export function ancestors(framework: Framework, id: string): readonly FrameworkNode[] {
  const index = nodeIndex(framework);
  const entry = index.byId.get(id);
  if (entry === undefined) {
    throw new MedleadValidationError('node id', [
      makeIssue(['id'], `"${id}" is not a node in the hierarchy of ${framework.key}`),
    ]);
  }
  return entry.path.slice(0, -1).map((ancestorId) => {
    const ancestor = index.byId.get(ancestorId);
    // Every id on a path was indexed in the same walk.
    if (ancestor === undefined) throw new Error(`medlead: node index is missing "${ancestorId}"`);
    return ancestor.node;
  });
}

/** The nodes an assessment rates (those of the framework's `assessedKind`), in published order. */
export function assessableNodes(framework: Framework): readonly FrameworkNode[] {
  return walk(framework)
    .map((entry) => entry.node)
    .filter((node) => node.kind === framework.assessedKind);
}

/** True when the framework rates this node. */
export function isAssessable(framework: Framework, id: string): boolean {
  return nodeIndex(framework).byId.get(id)?.node.kind === framework.assessedKind;
}
