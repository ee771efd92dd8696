import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hlm } from '../frameworks/hlm';
import { mlcf } from '../frameworks/mlcf';
import type { Assessment, RaterRole } from '../model/types';
import { assessableNodes } from '../navigation/navigate';
import { findScale } from '../scales/find-scale';
import {
  type FastCheckContext,
  passesFastCheck,
  scaleValueCheck,
} from '../validation/assessment-fast-check';
import { safeParseAssessment } from '../validation/parse';
import { raterRoles } from './feedback-options';
import { aggregateFeedback, type GroupFigure } from './feedback360';
import { scoreAssessment } from './score-assessment';

const hlmIds = assessableNodes(hlm).map((node) => node.id);

/** A random 360 on the HLM self-assessment scale: any mix of groups, "not observed" and importance. */
const arb360 = fc
  .record({
    counts: fc.record({
      self: fc.integer({ min: 0, max: 1 }),
      manager: fc.integer({ min: 0, max: 2 }),
      peer: fc.integer({ min: 0, max: 6 }),
      'direct-report': fc.integer({ min: 0, max: 5 }),
      other: fc.integer({ min: 0, max: 4 }),
    }),
    seed: fc.array(
      fc.tuple(
        fc.option(fc.integer({ min: 0, max: 4 }), { freq: 4 }),
        fc.option(fc.integer({ min: 1, max: 4 })),
      ),
      {
        minLength: 21 * hlmIds.length,
        maxLength: 21 * hlmIds.length,
      },
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

const arbOptions = fc.record({
  minRaters: fc.integer({ min: 1, max: 5 }),
  minRatersByRole: fc.record({ manager: fc.integer({ min: 1, max: 3 }) }),
});

const shown = (figure: GroupFigure) => (figure.status === 'shown' ? figure : undefined);

describe('aggregateFeedback properties', () => {
  it('does not depend on the order of the raters', () => {
    fc.assert(
      fc.property(arb360, fc.context(), (assessments, ctx) => {
        const shuffled = [...assessments].sort((a, b) => (a.rater.id < b.rater.id ? 1 : -1));
        ctx.log(shuffled.map((a) => a.rater.id).join(','));
        expect(aggregateFeedback(hlm, shuffled)).toEqual(aggregateFeedback(hlm, assessments));
      }),
    );
  });

  it('keeps every figure inside the scale, with no NaN', () => {
    fc.assert(
      fc.property(arb360, arbOptions, (assessments, options) => {
        const report = aggregateFeedback(hlm, assessments, options);
        expect(JSON.stringify(report)).not.toMatch(/NaN|null,"min":Infinity/);
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
          if (node.gap !== null) expect(Math.abs(node.gap)).toBeLessThanOrEqual(4);
        }
        for (const priority of report.priorities) {
          expect(priority.score).toBeGreaterThanOrEqual(0);
          expect(priority.score).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('never lets a reader work out a suppressed group from the figures shown (the attacker)', () => {
    fc.assert(
      fc.property(arb360, arbOptions, (assessments, options) => {
        const report = aggregateFeedback(hlm, assessments, options);
        for (const [index, node] of report.nodes.entries()) {
          const truth = (role: RaterRole) =>
            assessments
              .filter((a) => a.rater.role === role)
              .map((a) => a.ratings[index]?.value)
              .filter((v): v is number => v !== null && v !== undefined);

          // 1. A suppressed group carries no figure at all.
          for (const role of raterRoles) {
            const figure = node.groups[role];
            if (figure.status !== 'shown') expect(Object.keys(figure)).toEqual(['status']);
            if (report.groups[role].status === 'suppressed')
              expect(report.groups[role]).not.toHaveProperty('raters');
          }

          // 2. The attacker subtracts every shown non-self group from "others" and looks at what is left.
          const others = shown(node.others);
          if (others === undefined) continue;
          let restN = others.n;
          let restSum = others.n * others.mean;
          for (const role of raterRoles.slice(1)) {
            const figure = shown(node.groups[role]);
            if (figure === undefined) continue;
            restN -= figure.n;
            restSum -= figure.n * figure.mean;
          }
          if (restN === 0) continue;
          // What is left is the suppressed raters of this node, pooled: never fewer than any of
          // their groups' thresholds, so no suppressed group is laid bare on its own.
          const suppressed = raterRoles
            .slice(1)
            .filter((role) => node.groups[role].status === 'suppressed' && truth(role).length > 0);
          const largestThreshold = Math.max(
            ...suppressed.map((role) => report.options.minRaters[role]),
          );
          expect(restN).toBeGreaterThanOrEqual(largestThreshold);
          // And it is exactly those raters: the sums agree.
          const hiddenSum = suppressed.flatMap(truth).reduce((sum, value) => sum + value, 0);
          expect(restSum).toBeCloseTo(hiddenSum, 6);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('shows a group exactly when it has enough raters with a value', () => {
    fc.assert(
      fc.property(arb360, arbOptions, (assessments, options) => {
        const report = aggregateFeedback(hlm, assessments, options);
        for (const [index, node] of report.nodes.entries()) {
          for (const role of raterRoles) {
            const raters = assessments.filter((a) => a.rater.role === role);
            const n = raters.filter((a) => a.ratings[index]?.value !== null).length;
            const threshold = report.options.minRaters[role];
            const expected =
              raters.length === 0 || (raters.length >= threshold && n === 0)
                ? 'absent'
                : raters.length < threshold || n < threshold
                  ? 'suppressed'
                  : 'shown';
            expect(node.groups[role].status).toBe(expected);
          }
        }
      }),
    );
  });
});

describe('scoreAssessment properties', () => {
  const mlcfIds = assessableNodes(mlcf).map((node) => node.id);
  const arbSelf = fc
    .array(fc.option(fc.integer({ min: 1, max: 5 })), { minLength: 20, maxLength: 20 })
    .map(
      (values): Assessment => ({
        framework: 'mlcf@2010',
        scale: 'agreement-5',
        subject: 'x',
        rater: { id: 'x', role: 'self' },
        ratings: mlcfIds.map((nodeId, index) => ({ nodeId, value: values[index] ?? null })),
      }),
    );

  it('rolls every parent up as the mean of its valued children, inside the scale', () => {
    fc.assert(
      fc.property(arbSelf, (assessment) => {
        const report = scoreAssessment(mlcf, assessment);
        for (const node of report.nodes) {
          if (node.value !== null) {
            expect(node.value).toBeGreaterThanOrEqual(1);
            expect(node.value).toBeLessThanOrEqual(5);
            expect(node.normalized).toBeCloseTo((node.value - 1) / 4, 12);
          }
          if (node.assessed) continue;
          const children = report.nodes.filter(
            (child) => child.parentId === node.nodeId && child.value !== null,
          );
          expect(node.n).toBe(children.length);
          if (children.length === 0) expect(node.value).toBeNull();
          else
            expect(node.value).toBeCloseTo(
              children.reduce((sum, child) => sum + (child.value ?? 0), 0) / children.length,
              12,
            );
        }
        expect(report.completeness.rated + report.unrated.length).toBe(20);
      }),
    );
  });
});

describe('the fast assessment check', () => {
  const scale = findScale(hlm, 'hlm:self-assessment');
  const context: FastCheckContext = {
    framework: hlm,
    nodes: assessableNodes(hlm),
    assessable: new Map(hlmIds.map((id, index) => [id, index])),
    seen: hlmIds.map(() => 0),
    scale: scale as NonNullable<typeof scale>,
    importanceScale: findScale(hlm, 'hlm:importance'),
    isValue: scaleValueCheck(scale as NonNullable<typeof scale>),
    isImportance: scaleValueCheck(findScale(hlm, 'hlm:importance') as NonNullable<typeof scale>),
  };
  let stamp = 0;
  const valid = {
    framework: 'hlm@2013',
    scale: 'hlm:self-assessment',
    importanceScale: 'hlm:importance',
    subject: 's',
    rater: { id: 'r', role: 'peer' },
    ratings: [{ nodeId: hlmIds[0], value: 2, importance: 3 }],
    completedAt: '2026-01-01T00:00:00Z',
  };
  // Mutations that swap a field of a valid assessment for something arbitrary.
  const arbMutation = fc.tuple(
    fc.constantFrom(
      'framework',
      'scale',
      'importanceScale',
      'subject',
      'rater',
      'ratings',
      'completedAt',
      'rating.value',
      'rating.nodeId',
      'rating.importance',
      'rater.role',
      'rater.id',
    ),
    fc.oneof(
      fc.anything(),
      fc.string(),
      fc.double(),
      fc.integer({ min: -2, max: 6 }),
      fc.constantFrom(...hlmIds, ' s', 'hlm:levels', null, undefined),
    ),
  );

  it('accepts only what the full schema check accepts', () => {
    fc.assert(
      fc.property(arbMutation, ([field, replacement]) => {
        const input = structuredClone(valid) as Record<string, unknown>;
        const [head, tail] = field.split('.') as [string, string | undefined];
        if (tail === undefined) input[head] = replacement;
        else if (head === 'rating')
          (input.ratings as Record<string, unknown>[])[0] = {
            ...(input.ratings as Record<string, unknown>[])[0],
            [tail]: replacement,
          };
        else input[head] = { ...(input[head] as object), [tail]: replacement };
        if (passesFastCheck(input, context, ++stamp)) {
          const full = safeParseAssessment(input, { framework: hlm });
          expect(full.success ? 'accepted' : full.error.message).toBe('accepted');
        }
      }),
      { numRuns: 2000 },
    );
    expect(passesFastCheck(valid, context, ++stamp)).toBe(true);
  });
});
