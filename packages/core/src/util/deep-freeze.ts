import { isPlainRecord } from './plain-object';

/** Deeply read-only view of a value: what every exported definition and parsed result is. */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer Item)[]
    ? readonly DeepReadonly<Item>[]
    : T extends object
      ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
      : T;

// Objects known to be frozen all the way down. Nothing reachable from them can change, so a
// result worked out from one (a node index, a parsed copy) may be cached against it.
const deeplyFrozen = new WeakSet<object>();

/**
 * Freezes a value and everything it holds, so shared definitions cannot be changed by accident.
 * It goes below objects that are already frozen (a frozen object may hold mutable ones) and copes
 * with cycles.
 */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (value === null || typeof value !== 'object' || deeplyFrozen.has(value)) {
    return value as DeepReadonly<T>;
  }
  const seen = new Set<object>();
  const stack: object[] = [value];
  while (stack.length > 0) {
    const current = stack.pop() as object;
    if (seen.has(current) || deeplyFrozen.has(current)) continue;
    seen.add(current);
    Object.freeze(current);
    for (const key of Object.keys(current)) {
      const child = (current as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') stack.push(child);
    }
  }
  for (const object of seen) deeplyFrozen.add(object);
  return value as DeepReadonly<T>;
}

/**
 * True when nothing reachable from `value` can change: every object is frozen, a plain object or
 * array, and holds only data properties (a getter may answer differently on every read).
 * Checked once per object; the answer is remembered only when it is yes (a no may become a yes).
 */
export function isDeeplyFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (deeplyFrozen.has(value)) return true;
  const seen = new Set<object>();
  const stack: object[] = [value];
  while (stack.length > 0) {
    const current = stack.pop() as object;
    if (seen.has(current) || deeplyFrozen.has(current)) continue;
    if (!Object.isFrozen(current) || !isPlainData(current)) return false;
    seen.add(current);
    for (const descriptor of Object.values(Object.getOwnPropertyDescriptors(current))) {
      if (!('value' in descriptor)) return false; // an accessor
      const child: unknown = descriptor.value;
      if (child !== null && typeof child === 'object') stack.push(child);
    }
  }
  for (const object of seen) deeplyFrozen.add(object);
  return true;
}

function isPlainData(object: object): boolean {
  return Array.isArray(object) || isPlainRecord(object);
}
