import { z } from 'zod';
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

function isCleanString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.trim() === value;
}

export interface FastCheckContext {
  readonly framework: Framework;
  /** Ids of the nodes the framework rates. */
  readonly assessable: ReadonlySet<string>;
  readonly scale: RatingScale;
  readonly importanceScale: RatingScale | undefined;
}

/** True only when `input` is a valid assessment of `context.framework` on `context.scale`. */
export function passesFastCheck(input: unknown, context: FastCheckContext): input is Assessment {
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
  const seen = new Set<string>();
  for (const rating of ratings) {
    if (!isPlainObject(rating)) return false;
    const nodeId = rating.nodeId as string;
    if (!context.assessable.has(nodeId) || seen.has(nodeId)) return false;
    seen.add(nodeId);
    const value = rating.value;
    if (value !== null && (typeof value !== 'number' || !isOnScale(value, context.scale)))
      return false;
    const importance = rating.importance;
    if (importance !== undefined) {
      if (context.importanceScale === undefined || importanceScale === undefined) return false;
      if (typeof importance !== 'number' || !isOnScale(importance, context.importanceScale))
        return false;
    }
    const comment = rating.comment;
    if (comment !== undefined && (typeof comment !== 'string' || comment.length > 10_000))
      return false;
  }
  return true;
}
