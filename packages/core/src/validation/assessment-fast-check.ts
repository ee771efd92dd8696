import * as z from 'zod';
import type { Framework, RaterRole, RatingScale } from '../model/types';
import { isOnScale } from '../scales/find-scale';
import { isPlainRecord } from '../util/plain-object';

// A fast, conservative reader used where many assessments are read at once (360 aggregation).
// It reads every field exactly once into a scratch record (so a value that changes between reads
// cannot slip past the check) and succeeds only for input that `parseAssessment(input,
// { framework })` would accept unchanged; for anything else the caller falls back to zod, which
// explains the problem. A property test holds it to that promise.

const DateTime = z.iso.datetime({ offset: true });
const roles: ReadonlySet<unknown> = new Set(['self', 'manager', 'peer', 'direct-report', 'other']);

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

/** What one assessment says, read once: reused from one assessment to the next. */
export interface AssessmentReading {
  subject: string;
  raterId: string;
  role: RaterRole;
  /** How many ratings were read into the lists below. */
  count: number;
  /** Per rating: the node's position among `context.nodes`, its value and its importance. */
  readonly positions: number[];
  readonly values: (number | null)[];
  readonly importances: (number | undefined)[];
}

export function emptyReading(): AssessmentReading {
  return {
    subject: '',
    raterId: '',
    role: 'self',
    count: 0,
    positions: [],
    values: [],
    importances: [],
  };
}

/**
 * Reads `input` into `reading` and returns true only when it is a valid assessment of
 * `context.framework` on `context.scale` (and, if it names one, `context.importanceScale`).
 * `stamp` must differ from every stamp used before with the same `context.seen` (e.g. 1, 2, 3…).
 * Never throws: a getter or Proxy that throws makes it answer false.
 */
export function readAssessmentFast(
  input: unknown,
  context: FastCheckContext,
  stamp: number,
  reading: AssessmentReading,
): boolean {
  try {
    return readInto(input, context, stamp, reading);
  } catch {
    return false;
  }
}

function readInto(
  input: unknown,
  context: FastCheckContext,
  stamp: number,
  reading: AssessmentReading,
): boolean {
  if (!isPlainRecord(input)) return false;
  if (input.framework !== context.framework.key || input.scale !== context.scale.id) return false;
  const importanceScale = input.importanceScale;
  if (importanceScale !== undefined && importanceScale !== context.importanceScale?.id)
    return false;
  const subject = input.subject;
  if (!isCleanString(subject)) return false;
  const rater = input.rater;
  if (!isPlainRecord(rater)) return false;
  const raterId = rater.id;
  const role = rater.role;
  if (!isCleanString(raterId) || !roles.has(role)) return false;
  const completedAt = input.completedAt;
  if (completedAt !== undefined && !DateTime.safeParse(completedAt).success) return false;
  const ratings = input.ratings;
  if (!Array.isArray(ratings)) return false;
  const length = ratings.length;
  if (length > context.nodes.length) return false; // a node would be rated twice
  for (let index = 0; index < length; index++) {
    const rating: unknown = ratings[index];
    if (!isPlainRecord(rating)) return false;
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
    reading.positions[index] = position;
    reading.values[index] = value as number | null;
    reading.importances[index] = importance as number | undefined;
  }
  reading.subject = subject;
  reading.raterId = raterId;
  reading.role = role as RaterRole;
  reading.count = length;
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
  if (typeof nodeId !== 'string') return undefined;
  if (nodes[guess]?.id === nodeId) return guess;
  return positions.get(nodeId);
}
