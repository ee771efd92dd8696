import type { RaterRole, RatingScale } from '../model/types';
import { deepFreeze } from '../util/deep-freeze';
import { makeIssue, type ValidationIssue } from '../validation/errors';
import { scaleStep } from './scale-math';

export const raterRoles: readonly RaterRole[] = [
  'self',
  'manager',
  'peer',
  'direct-report',
  'other',
];

/** How 360 feedback is aggregated; every field has a documented default. */
export interface FeedbackOptions {
  /**
   * The fewest raters an anonymous group (peer, direct-report, other) needs before any of its
   * figures is shown. Default 3.
   */
  readonly minRaters?: number;
  /**
   * Per-role overrides. Defaults: `self` 1 and `manager` 1 (identified roles, shown from one
   * rater); every other role `minRaters`. Raise `manager` to 3 to make managers anonymous too.
   */
  readonly minRatersByRole?: Readonly<Partial<Record<RaterRole, number>>>;
  /** Self above others by at least this many scale points is a blind spot. Default: one scale step. */
  readonly blindSpotThreshold?: number;
  /** Others above self by at least this many scale points is a hidden strength. Default: one scale step. */
  readonly hiddenStrengthThreshold?: number;
}

export interface ResolvedFeedbackOptions {
  readonly minRaters: Readonly<Record<RaterRole, number>>;
  readonly blindSpotThreshold: number;
  readonly hiddenStrengthThreshold: number;
}

// The defaults for a scale are the same every time, so they are worked out once (and frozen,
// since every report that uses them shares them).
const defaultsByScale = new WeakMap<RatingScale, ResolvedFeedbackOptions>();

/** Fills in the defaults and checks every option, returning the problems it finds. */
export function resolveFeedbackOptions(
  options: FeedbackOptions,
  scale: RatingScale | undefined,
): { resolved: ResolvedFeedbackOptions; issues: ValidationIssue[] } {
  const useDefaults = scale !== undefined && Object.keys(options).length === 0;
  const cached = useDefaults ? defaultsByScale.get(scale) : undefined;
  if (cached !== undefined) return { resolved: cached, issues: [] };
  const result = resolveAll(options, scale);
  if (useDefaults && Object.isFrozen(scale))
    defaultsByScale.set(scale, deepFreeze(result.resolved));
  return result;
}

function resolveAll(
  options: FeedbackOptions,
  scale: RatingScale | undefined,
): { resolved: ResolvedFeedbackOptions; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const count = (value: unknown, path: PropertyKey[], fallback: number): number => {
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
      issues.push(
        makeIssue(path, `must be a whole number of raters, 1 or more (got ${String(value)})`),
      );
      return fallback;
    }
    return value;
  };
  const points = (value: unknown, path: PropertyKey[], fallback: number): number => {
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      issues.push(
        makeIssue(path, `must be a positive number of scale points (got ${String(value)})`),
      );
      return fallback;
    }
    return value;
  };

  const minRaters = count(options.minRaters, ['options', 'minRaters'], 3);
  const byRole = options.minRatersByRole ?? {};
  for (const role of Object.keys(byRole)) {
    if (!raterRoles.includes(role as RaterRole)) {
      issues.push(
        makeIssue(
          ['options', 'minRatersByRole', role],
          `is not a rater role (${raterRoles.join(', ')})`,
        ),
      );
    }
  }
  const defaults: Record<RaterRole, number> = {
    self: 1,
    manager: 1,
    peer: minRaters,
    'direct-report': minRaters,
    other: minRaters,
  };
  const resolvedMinRaters = Object.fromEntries(
    raterRoles.map((role) => [
      role,
      count(byRole[role], ['options', 'minRatersByRole', role], defaults[role]),
    ]),
  ) as Record<RaterRole, number>;

  const step = scale === undefined ? 1 : scaleStep(scale);
  return {
    resolved: {
      minRaters: resolvedMinRaters,
      blindSpotThreshold: points(
        options.blindSpotThreshold,
        ['options', 'blindSpotThreshold'],
        step,
      ),
      hiddenStrengthThreshold: points(
        options.hiddenStrengthThreshold,
        ['options', 'hiddenStrengthThreshold'],
        step,
      ),
    },
    issues,
  };
}
