import type { RaterRole, RatingScale } from '../model/types';
import { deepFreeze } from '../util/deep-freeze';
import { describeValue, readOptions } from '../validation/arguments';
import { makeIssue, type ValidationIssue } from '../validation/errors';
import { scaleStep } from './scale-math';

/** The rater groups, in the order every report lists them. */
export const raterRoles: readonly RaterRole[] = Object.freeze([
  'self',
  'manager',
  'peer',
  'direct-report',
  'other',
]);

/** The fewest raters an anonymous group may ever be shown with: thresholds go up, never below. */
export const MIN_ANONYMOUS_RATERS = 3;

/** How 360 feedback is aggregated; every field has a documented default. */
export interface FeedbackOptions {
  /**
   * The fewest raters an anonymous group (peer, direct-report, other) needs before any of its
   * figures is shown. Default 3, and never less.
   */
  readonly minRaters?: number;
  /**
   * Per-role thresholds. `self` is always 1 (the subject's own view). `manager` is 1 (a named
   * manager, shown from one rater: the default) or 3 or more (managers made anonymous). Every
   * other role defaults to `minRaters` and may be raised, never set below 3.
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

const optionNames = [
  'minRaters',
  'minRatersByRole',
  'blindSpotThreshold',
  'hiddenStrengthThreshold',
] as const;

// The defaults for a scale are the same every time, so they are worked out once (and frozen,
// since every report that uses them shares them).
const defaultsByScale = new WeakMap<RatingScale, ResolvedFeedbackOptions>();

/**
 * Fills in the defaults and checks every option (own properties only), returning the problems it
 * finds. The result is always frozen: every report that used it shares it.
 */
export function resolveFeedbackOptions(
  options: unknown,
  scale: RatingScale | undefined,
): { resolved: ResolvedFeedbackOptions; issues: ValidationIssue[] } {
  if (options === undefined && scale !== undefined) {
    const cached = defaultsByScale.get(scale);
    if (cached !== undefined) return { resolved: cached, issues: [] };
  }
  let given: Record<string, unknown>;
  try {
    given = readOptions('360 feedback', ['options'], options, optionNames);
  } catch (error) {
    const issues = (error as { issues?: ValidationIssue[] }).issues ?? [];
    return { resolved: resolveAll(Object.create(null), scale).resolved, issues: [...issues] };
  }
  const result = resolveAll(given, scale);
  const resolved = deepFreeze(result.resolved);
  if (options === undefined && scale !== undefined) defaultsByScale.set(scale, resolved);
  return { resolved, issues: result.issues };
}

function resolveAll(
  options: Record<string, unknown>,
  scale: RatingScale | undefined,
): { resolved: ResolvedFeedbackOptions; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const isWhole = (value: unknown): value is number =>
    typeof value === 'number' && Number.isInteger(value);
  const threshold = (
    value: unknown,
    path: PropertyKey[],
    fallback: number,
    allowed: (count: number) => boolean,
    rule: string,
  ): number => {
    if (value === undefined) return fallback;
    if (!isWhole(value) || !allowed(value)) {
      const got = typeof value === 'number' ? String(value) : describeValue(value);
      issues.push(makeIssue(path, `must be ${rule} (got ${got})`));
      return fallback;
    }
    return value;
  };
  const anonymous = (count: number) => count >= MIN_ANONYMOUS_RATERS;
  const anonymousRule = `a whole number of raters, ${MIN_ANONYMOUS_RATERS} or more (anonymous groups are never shown from fewer)`;
  const minRaters = threshold(
    options.minRaters,
    ['options', 'minRaters'],
    MIN_ANONYMOUS_RATERS,
    anonymous,
    anonymousRule,
  );

  let byRole: Record<string, unknown> = Object.create(null);
  try {
    byRole = readOptions('360 feedback', ['options', 'minRatersByRole'], options.minRatersByRole, [
      ...raterRoles,
    ]);
  } catch (error) {
    issues.push(...((error as { issues?: ValidationIssue[] }).issues ?? []));
  }
  const path = (role: RaterRole) => ['options', 'minRatersByRole', role];
  const resolvedMinRaters: Record<RaterRole, number> = {
    self: threshold(byRole.self, path('self'), 1, (count) => count === 1, '1: self is the subject'),
    manager: threshold(
      byRole.manager,
      path('manager'),
      1,
      (count) => count === 1 || anonymous(count),
      `1 (a named manager) or ${MIN_ANONYMOUS_RATERS} or more (managers made anonymous)`,
    ),
    peer: threshold(byRole.peer, path('peer'), minRaters, anonymous, anonymousRule),
    'direct-report': threshold(
      byRole['direct-report'],
      path('direct-report'),
      minRaters,
      anonymous,
      anonymousRule,
    ),
    other: threshold(byRole.other, path('other'), minRaters, anonymous, anonymousRule),
  };

  const points = (value: unknown, name: string, fallback: number): number => {
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      const got = typeof value === 'number' ? String(value) : describeValue(value);
      issues.push(
        makeIssue(['options', name], `must be a positive number of scale points (got ${got})`),
      );
      return fallback;
    }
    return value;
  };
  const step = scale === undefined ? 1 : scaleStep(scale);
  return {
    resolved: {
      minRaters: resolvedMinRaters,
      blindSpotThreshold: points(options.blindSpotThreshold, 'blindSpotThreshold', step),
      hiddenStrengthThreshold: points(
        options.hiddenStrengthThreshold,
        'hiddenStrengthThreshold',
        step,
      ),
    },
    issues,
  };
}
