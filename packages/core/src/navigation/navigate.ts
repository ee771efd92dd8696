import type { Framework, FrameworkNode } from '../model/types';
import { fail, requireString } from '../validation/arguments';
import { requireFramework } from '../validation/require';
import { nodeIndex, type WalkEntry } from './node-index';

const what = 'navigation arguments';

/**
 * The node with this id (in the hierarchy or among the cross-cutting themes), or `undefined`.
 * Throws `MedleadValidationError` for a `framework` that is not a valid framework or an `id`
 * that is not a string.
 */
export function getNode(framework: Framework, id: string): FrameworkNode | undefined {
  const checked = requireFramework(what, ['framework'], framework);
  const nodeId = requireString(what, ['id'], id);
  const index = nodeIndex(checked);
  return index.byId.get(nodeId)?.node ?? index.crossCutting.get(nodeId);
}

/**
 * Every node of the hierarchy, depth-first in published order, with its depth and path. The
 * list, its entries and their paths are frozen (the same list is given to every caller).
 * Throws `MedleadValidationError` for a `framework` that is not a valid framework.
 */
export function walk(framework: Framework): readonly WalkEntry[] {
  return nodeIndex(requireFramework(what, ['framework'], framework)).entries;
}

/**
 * The ancestors of a node, from the top level down to its parent (`[]` for a top-level node),
 * as a fresh list. Throws `MedleadValidationError` for an invalid `framework`, an `id` that is
 * not a string, or an id that is not in the framework's hierarchy.
 */
export function ancestors(framework: Framework, id: string): readonly FrameworkNode[] {
  const checked = requireFramework(what, ['framework'], framework);
  const nodeId = requireString(what, ['id'], id);
  const index = nodeIndex(checked);
  const entry = index.byId.get(nodeId);
  if (entry === undefined) {
    fail('node id', ['id'], `${quote(nodeId)} is not a node in the hierarchy of ${checked.key}`);
  }
  return entry.path.slice(0, -1).map((ancestorId) => {
    const ancestor = index.byId.get(ancestorId);
    // Every id on a path was indexed in the same walk.
    if (ancestor === undefined) throw new Error(`medlead: node index is missing "${ancestorId}"`);
    return ancestor.node;
  });
}

/**
 * The nodes an assessment rates (those of the framework's `assessedKind`), in published order,
 * as a fresh list. Throws `MedleadValidationError` for an invalid `framework`.
 */
export function assessableNodes(framework: Framework): readonly FrameworkNode[] {
  const checked = requireFramework(what, ['framework'], framework);
  return nodeIndex(checked)
    .entries.map((entry) => entry.node)
    .filter((node) => node.kind === checked.assessedKind);
}

/**
 * True when the framework rates this node. Throws `MedleadValidationError` for an invalid
 * `framework` or an `id` that is not a string.
 */
export function isAssessable(framework: Framework, id: string): boolean {
  const checked = requireFramework(what, ['framework'], framework);
  const nodeId = requireString(what, ['id'], id);
  return nodeIndex(checked).byId.get(nodeId)?.node.kind === checked.assessedKind;
}

/** An id for an error message: quoted, and cut short so a huge string does not flood it. */
export function quote(text: string): string {
  return `"${text.length > 80 ? `${text.slice(0, 80)}…` : text}"`;
}
