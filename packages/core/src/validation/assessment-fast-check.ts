import * as z from 'zod';
import type { Assessment, Framework, RatingScale } from '../model/types';
import { isOnScale } from '../scales/find-scale';

// A fast, conservative check used where many assessments are read at once (360 aggregation).
// It answers true only for input that `parseAssessment(input, { framework })` would accept
// unchanged; for anything else the caller falls back to zod, which explains the problem.
// A property test holds it to that promise.

const DateTime = z.iso.datetime({ offset: true });
const roles = new Set(['self', 'manager', 'peer', 'direct-report', 'other']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-empty string with no white space at either end (what `.trim().min(1)` accepts unchanged). */
function isCleanString(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0) return false;
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  // Printable ASCII at both ends is the common case and cannot be white space; else ask trim().
  return (first > 32 && first < 127 && last > 32 && last < 127) || value.trim() === value;
}

/** A check for "is this a valid value of the scale", as fast as the scale allows. */
export function scaleValueCheck(scale: RatingScale): (value: unknown) => boolean {
  const cached = valueChecks.get(scale);
  if (cached !== undefined) return cached;
  const values = scale.points.map((point) => point.value);
  const min = values[0] ?? 0;
  const span = (values[values.length - 1] ?? 0) - min;
  let check: (value: unknown) => boolean;
  if (scale.step !== undefined) {
    check = (value) => typeof value === 'number' && isOnScale(value, scale);
  } else if (values.every(Number.isInteger) && span <= 1000) {
    // Small whole-number scales (nearly all of them): one array lookup per rating.
    const valid: boolean[] = new Array(span + 1).fill(false);
    for (const value of values) valid[value - min] = true;
    check = (value) => typeof value === 'number' && valid[value - min] === true;
  } else {
    const set = new Set<unknown>(values);
    check = (value) => set.has(value);
  }
  if (Object.isFrozen(scale)) valueChecks.set(scale, check);
  return check;
}
const valueChecks = new WeakMap<RatingScale, (value: unknown) => boolean>();

export interface FastCheckContext {
  readonly framework: Framework;
  /** The nodes the framework rates, in order, and the position of each by id. */
  readonly nodes: readonly { readonly id: string }[];
  readonly assessable: ReadonlyMap<string, number>;
  readonly scale: RatingScale;
  readonly importanceScale: RatingScale | undefined;
  /** `scaleValueCheck` of `scale` and of `importanceScale`. */
  readonly isValue: (value: unknown) => boolean;
  readonly isImportance: ((value: unknown) => boolean) | undefined;
  /**
   * Scratch space, one slot per assessed node, to spot a node rated twice without building a
   * Set per assessment: a slot holding `stamp` was already seen in this assessment.
   */
  readonly seen: number[];
}

/**
 * True only when `input` is a valid assessment of `context.framework` on `context.scale`.
 * `stamp` must differ from every stamp used before with the same `context.seen` (e.g. 1, 2, 3…).
 */
export function passesFastCheck(
  input: unknown,
  context: FastCheckContext,
  stamp: number,
): input is Assessment {
  if (!isPlainObject(input)) return false;
  if (input.framework !== context.framework.key || input.scale !== context.scale.id) return false;
  const importanceScale = input.importanceScale;
  if (importanceScale !== undefined && importanceScale !== context.importanceScale?.id)
    return false;
  if (!isCleanString(input.subject)) return false;
  const rater = input.rater;
  if (!isPlainObject(rater) || !isCleanString(rater.id) || !roles.has(rater.role as string))
    return false;
  if (input.completedAt !== undefined && !DateTime.safeParse(input.completedAt).success)
    return false;
  const ratings = input.ratings;
  if (!Array.isArray(ratings)) return false;
  for (let index = 0; index < ratings.length; index++) {
    const rating: unknown = ratings[index];
    if (!isPlainObject(rating)) return false;
    const position = positionOf(context.nodes, context.assessable, rating.nodeId, index);
    if (position === undefined || context.seen[position] === stamp) return false;
    context.seen[position] = stamp;
    const value = rating.value;
    if (value !== null && !context.isValue(value)) return false;
    const importance = rating.importance;
    if (importance !== undefined) {
      if (context.isImportance === undefined || importanceScale === undefined) return false;
      if (!context.isImportance(importance)) return false;
    }
    const comment = rating.comment;
    if (comment !== undefined && (typeof comment !== 'string' || comment.length > 10_000))
      return false;
  }
  return true;
}

/**
 * The position of a rated node. Ratings usually list nodes in the framework's order, so try the
 * node at the rating's own index first and look the id up only when that guess is wrong.
 */
export function positionOf(
  nodes: readonly { readonly id: string }[],
  positions: ReadonlyMap<string, number>,
  nodeId: unknown,
  guess: number,
): number | undefined {
  if (nodes[guess]?.id === nodeId) return guess;
  return positions.get(nodeId as string);
}
