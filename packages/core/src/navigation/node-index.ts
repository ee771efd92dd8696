import type { Framework, FrameworkNode } from '../model/types';
import { isTrustedFramework } from '../validation/trusted';

/** One node as met in a depth-first walk of a framework's hierarchy. */
export interface WalkEntry {
  readonly node: FrameworkNode;
  /** 0 for the framework's top-level nodes. */
  readonly depth: number;
  /** Ids from the top-level node down to this node, inclusive. */
  readonly path: readonly string[];
  /** The parent node, or `null` at the top level. */
  readonly parent: FrameworkNode | null;
}

interface NodeIndex {
  /** Frozen, as is each entry and its path: `walk` hands this very array to every caller. */
  readonly entries: readonly WalkEntry[];
  readonly byId: ReadonlyMap<string, WalkEntry>;
  readonly crossCutting: ReadonlyMap<string, FrameworkNode>;
}

// Keyed weakly so nothing leaks, and only by trusted frameworks (shipped or parsed): those are
// deeply frozen, so an index built once stays right. Any other framework gets a fresh index.
const indexes = new WeakMap<Framework, NodeIndex>();

/**
 * The framework's nodes in depth-first order, with lookups by id; built once per trusted
 * framework. Callers pass the framework `requireFramework` gave them.
 */
export function nodeIndex(framework: Framework): NodeIndex {
  const trusted = isTrustedFramework(framework);
  const cached = trusted ? indexes.get(framework) : undefined;
  if (cached !== undefined) return cached;
  const entries: WalkEntry[] = [];
  const visit = (
    node: FrameworkNode,
    depth: number,
    path: readonly string[],
    parent: FrameworkNode | null,
  ) => {
    const nodePath = Object.freeze([...path, node.id]);
    entries.push(Object.freeze({ node, depth, path: nodePath, parent }));
    for (const child of node.children ?? []) visit(child, depth + 1, nodePath, node);
  };
  for (const node of framework.children) visit(node, 0, [], null);
  const index: NodeIndex = Object.freeze({
    entries: Object.freeze(entries),
    byId: new Map(entries.map((entry) => [entry.node.id, entry])),
    crossCutting: new Map((framework.crossCutting ?? []).map((node) => [node.id, node])),
  });
  if (trusted) indexes.set(framework, index);
  return index;
}
