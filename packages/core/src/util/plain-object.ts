/**
 * True for a plain object: `{}`, `Object.create(null)`, or such an object made in another window
 * or frame (whose `Object.prototype` is not ours). Not an array, Map, Date, class instance, or a
 * Proxy whose traps throw.
 */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const prototype = Object.getPrototypeOf(value);
    if (prototype === null) return true;
    // Some window's Object.prototype: the end of its chain, and a plain object's tag.
    return (
      Object.getPrototypeOf(prototype) === null &&
      Object.prototype.toString.call(value) === '[object Object]'
    );
  } catch {
    return false; // a revoked Proxy, or one whose traps throw
  }
}
