import type { Framework, FrameworkNode } from '../model/types';

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
  readonly entries: readonly WalkEntry[];
  readonly byId: ReadonlyMap<string, WalkEntry>;
  readonly crossCutting: ReadonlyMap<string, FrameworkNode>;
}

// Frameworks are frozen, so an index built once stays right; keyed weakly so nothing leaks.
const indexes = new WeakMap<Framework, NodeIndex>();

/** The framework's nodes in depth-first order, with lookups by id; built once per framework. */
export function nodeIndex(framework: Framework): NodeIndex {
  const cached = indexes.get(framework);
  if (cached !== undefined) return cached;

  const entries: WalkEntry[] = [];
  const visit = (
    node: FrameworkNode,
    depth: number,
    path: readonly string[],
    parent: FrameworkNode | null,
  ) => {
    const nodePath = [...path, node.id];
    entries.push({ node, depth, path: nodePath, parent });
    for (const child of node.children ?? []) visit(child, depth + 1, nodePath, node);
  };
  for (const node of framework.children) visit(node, 0, [], null);

  const index: NodeIndex = {
    entries,
    byId: new Map(entries.map((entry) => [entry.node.id, entry])),
    crossCutting: new Map((framework.crossCutting ?? []).map((node) => [node.id, node])),
  };
  if (Object.isFrozen(framework)) indexes.set(framework, index);
  return index;
}
