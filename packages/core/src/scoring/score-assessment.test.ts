import { describe, expect, it } from 'vitest';
import { fmlm2021 } from '../frameworks/fmlm';
import { hlm } from '../frameworks/hlm';
import { mlcf } from '../frameworks/mlcf';
import type { Assessment } from '../model/types';
import { MedleadValidationError } from '../validation/errors';
import { scoreAssessment } from './score-assessment';

const mlcfSelf = (ratings: [string, number | null][]): Assessment => ({
  framework: 'mlcf@2010',
  scale: 'frequency-5',
  subject: 'learner-7',
  rater: { id: 'learner-7', role: 'self' },
  ratings: ratings.map(([code, value]) => ({ nodeId: `mlcf:${code}`, value })),
});

describe('scoreAssessment', () => {
  // Domain 1: 1.1 = 5, 1.2 = 4, 1.3 = null (not observed), 1.4 unrated → mean (5+4)/2 = 4.5, n 2
  // Domain 2: 2.1 = 1 → 1, n 1.   Domains 3–5: nothing rated → null.
  // Overall: mean of the domains with a value: (4.5 + 1) / 2 = 2.75, n 2.
  const report = scoreAssessment(
    mlcf,
    mlcfSelf([
      ['1.1', 5],
      ['1.2', 4],
      ['1.3', null],
      ['2.1', 1],
    ]),
  );
  const node = (id: string) => report.nodes.find((candidate) => candidate.nodeId === id);

  it('gives each assessed node its value, normalised value and level label', () => {
    expect(node('mlcf:1.1')).toMatchObject({
      value: 5,
      normalized: 1,
      level: { value: 5, label: 'Always' },
      n: 1,
    });
    expect(node('mlcf:1.2')).toMatchObject({
      value: 4,
      normalized: 0.75,
      level: { label: 'Often' },
    });
    expect(node('mlcf:2.1')).toMatchObject({ value: 1, normalized: 0, level: { label: 'Never' } });
  });

  it('leaves "not observed" and unrated nodes out, never as zero', () => {
    expect(node('mlcf:1.3')).toMatchObject({
      value: null,
      normalized: null,
      level: null,
      n: 0,
      rated: 0,
    });
    expect(node('mlcf:1.4')).toMatchObject({ value: null, n: 0 });
    expect(report.unrated).toHaveLength(17);
    expect(report.unrated.slice(0, 3)).toEqual(['mlcf:1.3', 'mlcf:1.4', 'mlcf:2.2']);
  });

  it('rolls up each parent as the mean of its children that have a value, with n', () => {
    expect(node('mlcf:1')).toMatchObject({
      assessed: false,
      value: 4.5,
      normalized: 0.875,
      n: 2,
      rated: 2,
      total: 4,
      level: null,
    });
    expect(node('mlcf:2')).toMatchObject({ value: 1, n: 1, rated: 1, total: 4 });
    expect(node('mlcf:3')).toMatchObject({
      value: null,
      normalized: null,
      n: 0,
      rated: 0,
      total: 4,
    });
  });

  it('gives an overall figure and completeness', () => {
    expect(report.overall).toEqual({ value: 2.75, normalized: 0.4375, n: 2 });
    expect(report.completeness).toEqual({ rated: 3, total: 20, ratio: 0.15 });
  });

  it('lists parents before their children, in published order', () => {
    expect(report.nodes.slice(0, 6).map((n) => n.nodeId)).toEqual([
      'mlcf:1',
      'mlcf:1.1',
      'mlcf:1.2',
      'mlcf:1.3',
      'mlcf:1.4',
      'mlcf:2',
    ]);
    expect(report.nodes).toHaveLength(25);
    expect(node('mlcf:1.1')).toMatchObject({
      depth: 1,
      parentId: 'mlcf:1',
      code: '1.1',
      title: 'Developing Self Awareness',
    });
  });

  it('scores a flat framework and keeps importance and comments', () => {
    const hlmReport = scoreAssessment(hlm, {
      framework: 'hlm@2013',
      scale: 'hlm:self-assessment',
      importanceScale: 'hlm:importance',
      subject: 's',
      rater: { id: 's', role: 'self' },
      ratings: [
        { nodeId: 'hlm:leading-with-care', value: 0, importance: 4, comment: 'New to the team.' },
        { nodeId: 'hlm:engaging-the-team', value: 3 },
      ],
    });
    expect(hlmReport.nodes).toHaveLength(9);
    expect(hlmReport.nodes[1]).toMatchObject({
      value: 0,
      level: { label: 'Insufficient' },
      importance: 4,
      comment: 'New to the team.',
    });
    expect(hlmReport.overall).toEqual({ value: 1.5, normalized: 0.375, n: 2 });
    expect(hlmReport.importanceScale).toBe('hlm:importance');
  });

  it('labels a value on a stepped scale by the anchor it reaches', () => {
    const r = scoreAssessment(mlcf, { ...mlcfSelf([['1.1', 60]]), scale: 'percent-100' });
    expect(r.nodes[1]).toMatchObject({
      value: 60,
      normalized: 0.6,
      level: { value: 50, label: 'Partial' },
    });
  });

  it('leaves unrated themes out of FMLM reports and scores the domains', () => {
    const r = scoreAssessment(fmlm2021, {
      framework: 'fmlm@2021',
      scale: 'frequency-5',
      subject: 's',
      rater: { id: 'x', role: 'manager' },
      ratings: [{ nodeId: 'fmlm:self', value: 3 }],
    });
    expect(r.nodes.map((n) => n.nodeId)).toEqual([
      'fmlm:self',
      'fmlm:team',
      'fmlm:corporate',
      'fmlm:system-leadership',
    ]);
    expect(r.overall.value).toBe(3);
  });

  it('gives null, never NaN, when nothing is rated', () => {
    const empty = scoreAssessment(mlcf, mlcfSelf([]));
    expect(empty.overall).toEqual({ value: null, normalized: null, n: 0 });
    expect(empty.completeness.ratio).toBe(0);
    expect(JSON.stringify(empty)).not.toContain('NaN');
  });

  it('throws a validation error listing every problem', () => {
    const bad = mlcfSelf([
      ['1.1', 6],
      ['9.9', 2],
    ]);
    expect(() => scoreAssessment(mlcf, bad)).toThrowError(MedleadValidationError);
    try {
      scoreAssessment(mlcf, bad);
    } catch (error) {
      expect((error as MedleadValidationError).issues.map((issue) => issue.pathText)).toEqual([
        'assessment.ratings[0].value',
        'assessment.ratings[1].nodeId',
      ]);
    }
  });
});
