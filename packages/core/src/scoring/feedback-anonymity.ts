// The anonymity rules of 360 feedback, as small pure functions (the scoring guide states them in
// words; a property test plays the adversary against them).
//
// A reader of a report sees, per node: each group's figure or its status, the pooled "others"
// figure and the pooled importance. The rules make sure that nothing they can compute from those
// (subtracting shown groups from the pool, comparing nodes, counting) tells them the ratings or
// the number of raters of a group that is not shown.

export type FigureStatus = 'shown' | 'suppressed' | 'absent';

/** One rater group at one node: its threshold, its raters in all, and those who gave a value. */
export interface GroupAtNode {
  readonly threshold: number;
  readonly raters: number;
  readonly n: number;
}

/** A group with a threshold of 1 (self, a named manager) is identified; the others are anonymous. */
export const isIdentified = (group: { readonly threshold: number }) => group.threshold === 1;

/** Rule 1: a group is shown only when it has at least its threshold of raters. */
export function groupStatus(threshold: number, raters: number): FigureStatus {
  if (raters === 0) return 'absent';
  return raters < threshold ? 'suppressed' : 'shown';
}

/**
 * Rule 2: a group's figure for one node. An anonymous group with too few values on a node is
 * suppressed whether none or a few of its raters gave one, so a reader cannot tell "nobody
 * rated this" from "one or two did".
 */
export function figureStatus(group: GroupAtNode): FigureStatus {
  if (group.raters === 0) return 'absent';
  if (isIdentified(group)) return group.n === 0 ? 'absent' : 'shown';
  return group.raters < group.threshold || group.n < group.threshold ? 'suppressed' : 'shown';
}

/**
 * Rule 3: whether the values of the suppressed groups on a node (`candidates`: every anonymous
 * group present whose figure there is suppressed) may join the pooled "others" figure. A reader
 * can subtract the shown groups from the pool, so what they would learn is the suppressed
 * raters' total count and values as one block. That is allowed only when
 * - the block has at least as many raters as the largest threshold among the groups in it, and
 * - it does not pin down how many raters any one group has: a reader knows only that each
 *   suppressed group has 0 to threshold − 1 values there, so a total that only one split can
 *   make (two groups of at most 2 making 4, or a group on its own) is not shown.
 */
export function mayPoolSuppressed(candidates: readonly GroupAtNode[]): boolean {
  let total = 0;
  let needed = 0;
  let capacity = 0;
  for (const group of candidates) {
    total += group.n;
    if (group.n > 0) needed = Math.max(needed, group.threshold);
    capacity += group.threshold - 1;
  }
  if (total === 0 || total < needed) return false;
  return candidates.every((group) => {
    const upper = group.threshold - 1;
    const fewest = Math.max(0, total - (capacity - upper));
    const most = Math.min(upper, total);
    return fewest < most;
  });
}

/**
 * Rule 4: pooled importance is shown only when the anonymous raters in it are none (it is then
 * the identified raters' own) or at least the largest threshold among their groups.
 * `contributions` are the groups in the pool with how many of their raters gave importance.
 */
export function mayShowImportance(contributions: readonly GroupAtNode[]): boolean {
  let anonymous = 0;
  let needed = 0;
  let any = 0;
  for (const group of contributions) {
    any += group.n;
    if (isIdentified(group) || group.n === 0) continue;
    anonymous += group.n;
    needed = Math.max(needed, group.threshold);
  }
  return any > 0 && (anonymous === 0 || anonymous >= needed);
}
