import { makeIssue, type ValidationIssue } from './errors';

/** The deepest hierarchy a framework may have; real ones have 2 to 4 levels. */
export const MAX_FRAMEWORK_DEPTH = 32;

/**
 * Checks, without recursion, that a framework's `children` (and `crossCutting`) form a tree no
 * deeper than `MAX_FRAMEWORK_DEPTH` in which no node object appears twice (a cycle, or one node
 * in two places). Anything that is not shaped like a node is left for the schema to report.
 */
export function checkTreeShape(input: unknown): ValidationIssue[] {
  if (typeof input !== 'object' || input === null) return [];
  const seen = new Set<object>();
  const stack: { list: unknown; path: (string | number)[]; depth: number }[] = [];
  try {
    const root = input as Record<string, unknown>;
    stack.push({ list: root.children, path: ['children'], depth: 1 });
    stack.push({ list: root.crossCutting, path: ['crossCutting'], depth: 1 });
    while (stack.length > 0) {
      const { list, path, depth } = stack.pop() as (typeof stack)[number];
      if (!Array.isArray(list)) continue;
      if (depth > MAX_FRAMEWORK_DEPTH) {
        return [
          makeIssue(
            path,
            `is nested more than ${MAX_FRAMEWORK_DEPTH} levels deep: no framework is`,
          ),
        ];
      }
      for (let index = 0; index < list.length; index++) {
        const node: unknown = list[index];
        if (typeof node !== 'object' || node === null) continue;
        if (seen.has(node)) {
          return [
            makeIssue([...path, index], 'is a node that appears twice (a cycle or a shared node)'),
          ];
        }
        seen.add(node);
        stack.push({
          list: (node as Record<string, unknown>).children,
          path: [...path, index, 'children'],
          depth: depth + 1,
        });
      }
    }
  } catch (error) {
    return [
      makeIssue(
        [],
        `could not be read (${error instanceof Error ? error.message : 'reading it threw'})`,
      ),
    ];
  }
  return [];
}

/**
 * zod drops a `"__proto__"` key of a record (`terms`) without a word, so a kind named so would
 * vanish silently: refuse it before parsing instead. Anything unreadable is left to the schema.
 */
export function checkRecordKeys(input: unknown): ValidationIssue[] {
  try {
    if (typeof input !== 'object' || input === null) return [];
    const terms: unknown = (input as Record<string, unknown>).terms;
    if (typeof terms === 'object' && terms !== null && Object.hasOwn(terms, '__proto__')) {
      return [makeIssue(['terms', '__proto__'], 'is not a kind: "__proto__" is never a valid key')];
    }
  } catch {
    // a getter or Proxy that throws: the schema reports it
  }
  return [];
}
