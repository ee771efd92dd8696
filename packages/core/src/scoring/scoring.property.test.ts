import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hlm } from '../frameworks/hlm';
import { mlcf } from '../frameworks/mlcf';
import type { Assessment } from '../model/types';
import { assessableNodes } from '../navigation/navigate';
import { findScale } from '../scales/find-scale';
import {
  emptyReading,
  type FastCheckContext,
  readAssessmentFast,
  scaleValueCheck,
} from '../validation/assessment-fast-check';
import { safeParseAssessment } from '../validation/parse';
import { scoreAssessment } from './score-assessment';

const hlmIds = assessableNodes(hlm).map((node) => node.id);

// 360 aggregation's properties, anonymity among them, are in anonymity.property.test.ts.

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
        if (readAssessmentFast(input, context, ++stamp, emptyReading())) {
          const full = safeParseAssessment(input, { framework: hlm });
          expect(full.success ? 'accepted' : full.error.message).toBe('accepted');
        }
      }),
      { numRuns: 2000 },
    );
    expect(readAssessmentFast(valid, context, ++stamp, emptyReading())).toBe(true);
  });

  it('reads each value once, so a value that changes between reads cannot slip through', () => {
    let reads = 0;
    const rating = { nodeId: hlmIds[0] } as Record<string, unknown>;
    Object.defineProperty(rating, 'value', {
      enumerable: true,
      get: () => (++reads === 1 ? 2 : Number.NaN),
    });
    const reading = emptyReading();
    const input = { ...structuredClone(valid), ratings: [rating] };
    const accepted = readAssessmentFast(input, context, ++stamp, reading);
    // Whatever it answers, what it read is what it checked: never the NaN of a second read.
    if (accepted) expect(reading.values[0]).toBe(2);
    expect(reads).toBe(1);
  });
});
