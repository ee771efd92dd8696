import { makeIssue, type ValidationIssue } from './errors';

/** The deepest hierarchy a framework may have; real ones have 2 to 4 levels. */
export const MAX_FRAMEWORK_DEPTH = 32;

/**
 * The most list items (array elements, at any depth) a framework may hold. The MLCF holds 128,
 * about 5 a node; a framework of 5,000 competencies without indicators (as imported from CASE,
 * Moodle or Canvas) about 5,000.
 */
export const MAX_FRAMEWORK_LIST_ITEMS = 25_000;

/**
 * The most values (array elements and object fields, at any depth) a framework may hold. The
 * MLCF holds 767, about 30 a node; an imported node holds about 10.
 */
export const MAX_FRAMEWORK_VALUES = 250_000;

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
 * Checks, without recursion, that the input is not too large to check. zod reports every problem
 * it finds: a file of 200,000 empty nodes (a few hundred kilobytes of JSON) would otherwise take
 * it half a minute and a million issues, the caller waiting meanwhile. Each object is counted
 * once (a cycle outside `children` is left for the schema, which reads only known fields).
 */
export function checkSize(input: unknown): ValidationIssue[] {
  if (typeof input !== 'object' || input === null) return [];
  const seen = new Set<object>();
  const stack: object[] = [input];
  let listItems = 0;
  let values = 0;
  try {
    while (stack.length > 0) {
      const value = stack.pop() as object;
      if (seen.has(value)) continue;
      seen.add(value);
      const items: unknown[] = Array.isArray(value) ? value : Object.values(value);
      if (Array.isArray(value)) listItems += value.length;
      values += items.length;
      if (listItems > MAX_FRAMEWORK_LIST_ITEMS || values > MAX_FRAMEWORK_VALUES) {
        return [
          makeIssue(
            [],
            `is too large to check: it holds more than ${MAX_FRAMEWORK_LIST_ITEMS} list items or ${MAX_FRAMEWORK_VALUES} values (the MLCF holds 128 and 767)`,
          ),
        ];
      }
      for (const item of items) if (typeof item === 'object' && item !== null) stack.push(item);
    }
  } catch {
    // a getter or Proxy that throws: the schema reports it
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
