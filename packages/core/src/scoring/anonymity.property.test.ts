import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hlm } from '../frameworks/hlm';
import type { Assessment, RaterRole } from '../model/types';
import { assessableNodes } from '../navigation/navigate';
import { raterRoles } from './feedback-options';
import { aggregateFeedback, type FeedbackReport, type GroupFigure } from './feedback360';

// The adversary: a subject who reads every figure of their own 360 report and tries to learn
// what anonymity hides (a suppressed group's ratings, or how many raters it has). It works from
// the report alone, by subtraction and by brute force over every split of the counts it cannot
// see; the ground truth is used only to judge what it learns. See the scoring guide's rules.

const hlmIds = assessableNodes(hlm).map((node) => node.id);
const anonymousRoles: readonly RaterRole[] = ['manager', 'peer', 'direct-report', 'other'];

/** A random 360 on the HLM self-assessment scale: any mix of groups, "not observed" and importance. */
const arb360 = fc
  .record({
    counts: fc.record({
      self: fc.integer({ min: 0, max: 1 }),
      manager: fc.integer({ min: 0, max: 4 }),
      peer: fc.integer({ min: 0, max: 7 }),
      'direct-report': fc.integer({ min: 0, max: 5 }),
      other: fc.integer({ min: 0, max: 4 }),
    }),
    seed: fc.array(
      fc.tuple(
        fc.option(fc.integer({ min: 0, max: 4 }), { freq: 3 }),
        fc.option(fc.integer({ min: 1, max: 4 })),
      ),
      { minLength: 21 * hlmIds.length, maxLength: 21 * hlmIds.length },
    ),
  })
  .filter(({ counts }) => Object.values(counts).some((count) => count > 0))
  .map(({ counts, seed }) => {
    const assessments: Assessment[] = [];
    let cell = 0;
    for (const role of raterRoles) {
      for (let index = 0; index < counts[role]; index++) {
        assessments.push({
          framework: 'hlm@2013',
          scale: 'hlm:self-assessment',
          importanceScale: 'hlm:importance',
          subject: 'subject',
          rater: { id: `${role}-${index}`, role },
          ratings: hlmIds.map((nodeId) => {
            const [value, importance] = seed[cell++] ?? [null, null];
            return importance === null ? { nodeId, value } : { nodeId, value, importance };
          }),
        });
      }
    }
    return assessments;
  });

const arbOptions = fc.record(
  {
    minRaters: fc.integer({ min: 3, max: 5 }),
    minRatersByRole: fc.record(
      {
        manager: fc.constantFrom(1, 3, 4),
        peer: fc.integer({ min: 3, max: 6 }),
        other: fc.integer({ min: 3, max: 4 }),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

const shown = (figure: GroupFigure) => (figure.status === 'shown' ? figure : undefined);

/** The true values and importances of a group at a node. */
function truth(assessments: readonly Assessment[], role: RaterRole, index: number) {
  const ratings = assessments
    .filter((assessment) => assessment.rater.role === role)
    .map((assessment) => assessment.ratings[index]);
  const valued = ratings.filter((rating) => rating !== undefined && rating.value !== null);
  return {
    values: valued.map((rating) => rating?.value as number),
    importances: valued.flatMap((rating) =>
      rating?.importance === undefined ? [] : [rating.importance],
    ),
  };
}

/** Every count each group could have, given only their sum and each one's visible upper bound. */
function possibleCounts(total: number, uppers: readonly number[]): Set<number>[] {
  const possible = uppers.map(() => new Set<number>());
  const counts: number[] = [];
  const visit = (group: number, left: number) => {
    if (group === uppers.length) {
      if (left === 0) {
        counts.forEach((count, at) => {
          possible[at]?.add(count);
        });
      }
      return;
    }
    for (let count = 0; count <= Math.min(uppers[group] ?? 0, left); count++) {
      counts[group] = count;
      visit(group + 1, left - count);
    }
  };
  visit(0, total);
  return possible;
}

function attack(report: FeedbackReport, assessments: readonly Assessment[]): void {
  const threshold = (role: RaterRole) => report.options.minRaters[role];
  for (const role of raterRoles) {
    // A group not shown carries no count anywhere.
    if (report.groups[role].status !== 'shown')
      expect(report.groups[role]).not.toHaveProperty('raters');
  }
  report.nodes.forEach((node, index) => {
    for (const role of raterRoles) {
      const figure = node.groups[role];
      if (figure.status !== 'shown') {
        expect(Object.keys(figure)).toEqual(['status']);
        continue;
      }
      // A shown figure is the truth, from at least its threshold of raters.
      const { values } = truth(assessments, role, index);
      expect(figure.n).toBe(values.length);
      expect(figure.n).toBeGreaterThanOrEqual(threshold(role));
      expect(figure.mean).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 9);
    }

    // Subtract every shown group but self from "others": what is left is the suppressed block.
    const suppressed = raterRoles
      .slice(1)
      .filter((role) => node.groups[role].status === 'suppressed');
    const others = shown(node.others);
    let restN = others?.n ?? 0;
    let restSum = others === undefined ? 0 : others.n * others.mean;
    for (const role of raterRoles.slice(1)) {
      const figure = shown(node.groups[role]);
      if (figure === undefined || others === undefined) continue;
      restN -= figure.n;
      restSum -= figure.n * figure.mean;
    }
    const pooledSuppressed = restN > 0;
    if (pooledSuppressed) {
      const contributing = suppressed.filter(
        (role) => truth(assessments, role, index).values.length > 0,
      );
      const hidden = contributing.flatMap((role) => truth(assessments, role, index).values);
      // It is exactly the suppressed raters' values…
      expect(restN).toBe(hidden.length);
      expect(restSum).toBeCloseTo(
        hidden.reduce((a, b) => a + b, 0),
        6,
      );
      // …never fewer than any of their groups' thresholds…
      expect(restN).toBeGreaterThanOrEqual(Math.max(...contributing.map(threshold)));
      // …and no split of that count pins down how many any one group has: the reader knows only
      // that each suppressed group has 0 to threshold − 1 values here.
      const possible = possibleCounts(
        restN,
        suppressed.map((role) => threshold(role) - 1),
      );
      suppressed.forEach((role, at) => {
        expect(possible[at]?.size, `${node.nodeId}: ${role}'s count is given away`).toBeGreaterThan(
          1,
        );
      });
    }
    // "Nobody in the suppressed groups rated this" is never told apart from "a few did".
    if (others === undefined && suppressed.length > 0)
      expect(node.others.status).toBe('suppressed');

    // Importance comes from exactly the pooled raters who gave it, and never from a few anonymous ones.
    const pooled = raterRoles
      .slice(1)
      .filter(
        (role) =>
          node.groups[role].status === 'shown' ||
          (pooledSuppressed && node.groups[role].status === 'suppressed'),
      );
    const importances = pooled.map((role) => ({
      role,
      given: truth(assessments, role, index).importances,
    }));
    const all = importances.flatMap(({ given }) => given);
    const anonymous = importances.filter(
      ({ role }) => threshold(role) > 1 && truth(assessments, role, index).importances.length > 0,
    );
    const anonymousCount = anonymous.reduce((sum, { given }) => sum + given.length, 0);
    if (node.importance !== null) {
      expect(node.importance.n).toBe(all.length);
      expect(node.importance.mean).toBeCloseTo(all.reduce((a, b) => a + b, 0) / all.length, 9);
      if (anonymousCount > 0)
        expect(anonymousCount).toBeGreaterThanOrEqual(
          Math.max(...anonymous.map(({ role }) => threshold(role))),
        );
    } else if (all.length > 0) {
      expect(anonymousCount).toBeGreaterThan(0);
      expect(anonymousCount).toBeLessThan(
        Math.max(...anonymous.map(({ role }) => threshold(role))),
      );
    }
  });
}

describe('360 anonymity against an adversary who subtracts every figure it can see', () => {
  it('never gives away a suppressed group’s values or size, node by node', () => {
    fc.assert(
      fc.property(arb360, arbOptions, (assessments, options) => {
        attack(aggregateFeedback(hlm, assessments, options), assessments);
      }),
      { numRuns: 300 },
    );
    // About 3 s alone; a busy two-core machine can take several times that.
  }, 60_000);

  it('shows "suppressed" alike whether none or a few of a group rated a node', () => {
    fc.assert(
      fc.property(arb360, fc.nat(), fc.nat(), (assessments, nodePick, rolePick) => {
        const report = aggregateFeedback(hlm, assessments);
        const index = nodePick % hlmIds.length;
        const role = anonymousRoles[rolePick % anonymousRoles.length] as RaterRole;
        const node = report.nodes[index];
        if (node?.groups[role].status !== 'suppressed') return;
        // Take that group's values off the node: its status there must read the same.
        const emptied = assessments.map((assessment) =>
          assessment.rater.role !== role
            ? assessment
            : {
                ...assessment,
                ratings: assessment.ratings.map((rating, at) =>
                  at === index ? { nodeId: rating.nodeId, value: null } : rating,
                ),
              },
        );
        const after = aggregateFeedback(hlm, emptied);
        expect(after.nodes[index]?.groups[role]).toEqual({ status: 'suppressed' });
      }),
      { numRuns: 300 },
    );
  });

  it('ignores importance given with "not observed": such a rater is not a hidden member of the pool', () => {
    fc.assert(
      fc.property(arb360, fc.integer({ min: 1, max: 4 }), (assessments, importance) => {
        const withImportance = assessments.map((assessment) => ({
          ...assessment,
          ratings: assessment.ratings.map((rating) =>
            rating.value === null ? { ...rating, importance } : rating,
          ),
        }));
        expect(aggregateFeedback(hlm, withImportance)).toEqual(aggregateFeedback(hlm, assessments));
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on the order of the raters', () => {
    fc.assert(
      fc.property(arb360, arbOptions, (assessments, options) => {
        const shuffled = [...assessments].reverse();
        expect(aggregateFeedback(hlm, shuffled, options)).toEqual(
          aggregateFeedback(hlm, assessments, options),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('keeps every figure inside the scale, with no NaN', () => {
    fc.assert(
      fc.property(arb360, arbOptions, (assessments, options) => {
        const report = aggregateFeedback(hlm, assessments, options);
        expect(JSON.stringify(report)).not.toMatch(/NaN|Infinity/);
        for (const node of report.nodes) {
          for (const figure of [...Object.values(node.groups), node.others]) {
            const f = shown(figure);
            if (f === undefined) continue;
            for (const value of [f.mean, f.min, f.max]) {
              expect(value).toBeGreaterThanOrEqual(0);
              expect(value).toBeLessThanOrEqual(4);
            }
            expect(f.min).toBeLessThanOrEqual(f.mean + 1e-9);
            expect(f.mean).toBeLessThanOrEqual(f.max + 1e-9);
            if (f.sd !== null) expect(f.sd).toBeGreaterThanOrEqual(0);
          }
        }
        for (const priority of report.priorities) {
          expect(priority.score).toBeGreaterThanOrEqual(0);
          expect(priority.score).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 200 },
    );
  });
});
