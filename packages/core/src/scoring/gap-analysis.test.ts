import { describe, expect, it } from 'vitest';
import { fmlm2021 } from '../frameworks/fmlm';
import { hlm } from '../frameworks/hlm';
import { mlcf } from '../frameworks/mlcf';
import { issuesOf } from '../validation/expect-issue.test-helper';
import { gapAnalysis } from './gap-analysis';
import { scoreAssessment } from './score-assessment';

const report = scoreAssessment(hlm, {
  framework: 'hlm@2013',
  scale: 'hlm:self-assessment',
  importanceScale: 'hlm:importance',
  subject: 's',
  rater: { id: 's', role: 'self' },
  ratings: [
    { nodeId: 'hlm:inspiring-shared-purpose', value: 1, importance: 2 },
    { nodeId: 'hlm:leading-with-care', value: 1, importance: 4 },
    { nodeId: 'hlm:evaluating-information', value: 4 },
    { nodeId: 'hlm:connecting-our-service', value: 2 },
    { nodeId: 'hlm:sharing-the-vision', value: null },
  ],
});

describe('gapAnalysis', () => {
  it('compares with one level for all, biggest gap first, then priority, then published order', () => {
    const result = gapAnalysis(hlm, report, { level: 3 });
    expect(result.items.map((item) => [item.nodeId, item.gap, item.met])).toEqual([
      ['hlm:leading-with-care', 2, false], // gap 2, importance 4
      ['hlm:inspiring-shared-purpose', 2, false], // gap 2, importance 2
      ['hlm:connecting-our-service', 1, false],
      ['hlm:evaluating-information', -1, true],
    ]);
    expect(result.items[0]).toMatchObject({
      actual: 1,
      target: 3,
      normalizedGap: 0.5,
      priority: 4,
      title: 'Leading with care',
    });
    expect(result.items[0]?.path).toEqual([
      { nodeId: 'hlm:leading-with-care', title: 'Leading with care' },
    ]);
    expect(result.unrated.map((node) => node.nodeId)).toEqual([
      'hlm:sharing-the-vision',
      'hlm:engaging-the-team',
      'hlm:holding-to-account',
      'hlm:developing-capability',
      'hlm:influencing-for-results',
    ]);
    expect(result.summary).toEqual({ withTarget: 9, met: 1, short: 3, meanGap: 1 }); // (2+2+1−1)/4
  });

  it('takes per-node targets; a parent target covers its children and a child target wins', () => {
    const result = gapAnalysis(
      mlcf,
      { 'mlcf:1.1': 2, 'mlcf:1.2': 4, 'mlcf:2.1': 3 },
      { nodes: { 'mlcf:1': 4, 'mlcf:1.2': 5 } },
    );
    expect(result.items.map((item) => [item.nodeId, item.target, item.gap])).toEqual([
      ['mlcf:1.1', 4, 2],
      ['mlcf:1.2', 5, 1],
    ]);
    expect(result.items[0]?.path.map((step) => step.title)).toEqual([
      'Demonstrating Personal Qualities',
      'Developing Self Awareness',
    ]);
    expect(result.unrated.map((node) => node.nodeId)).toEqual(['mlcf:1.3', 'mlcf:1.4']);
    expect(result.scale).toBe('frequency-5');
  });

  it('takes a stage: its level for every node the stage expects', () => {
    const result = gapAnalysis(
      fmlm2021,
      { 'fmlm:self': 4, 'fmlm:team': 2, 'fmlm:corporate': 5, 'fmlm:system-leadership': 1 },
      { stage: 'fellow', level: 4 },
    );
    expect(result.items.map((item) => [item.nodeId, item.gap])).toEqual([
      ['fmlm:team', 2],
      ['fmlm:self', 0],
      ['fmlm:corporate', -1],
    ]);
    expect(result.summary.withTarget).toBe(3); // system leadership is not expected of a fellow
  });

  it('uses importance given in options for ties', () => {
    const result = gapAnalysis(
      mlcf,
      { 'mlcf:1.1': 2, 'mlcf:1.2': 2 },
      { level: 4 },
      { importance: { 'mlcf:1.2': 5 } },
    );
    expect(result.items.map((item) => item.nodeId)).toEqual(['mlcf:1.2', 'mlcf:1.1']);
  });

  it.each([
    ['a level off the scale', report, { level: 9 }, 'target.level'],
    ['a NaN level', report, { level: Number.NaN }, 'target.level'],
    ['an unknown stage', report, { stage: 'consultant', level: 3 }, 'target.stage'],
    [
      'a target for an unknown node',
      report,
      { nodes: { 'hlm:vision': 3 } },
      'target.nodes["hlm:vision"]',
    ],
    [
      'a report of another framework',
      { ...report, framework: 'mlcf@2010' },
      { level: 3 },
      'actual.framework',
    ],
    [
      'an actual value off the scale',
      { 'hlm:leading-with-care': 12 },
      { level: 3 },
      'actual["hlm:leading-with-care"]',
    ],
    [
      'an actual value for a node not rated',
      { 'hlm:personal-qualities': 2 },
      { level: 3 },
      'actual["hlm:personal-qualities"]',
    ],
    ['a target that is none of the three forms', report, { goal: 3 }, 'target.goal'],
  ])('rejects %s, naming the path', (_name, actual, target, path) => {
    const issues = issuesOf(() =>
      gapAnalysis(hlm, actual as never, target as never, { scale: 'hlm:self-assessment' }),
    );
    expect(issues.map((issue) => issue.pathText)).toContain(path);
  });
});
