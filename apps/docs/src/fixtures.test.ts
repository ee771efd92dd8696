import { assessableNodes, findScale, frameworks, hlm, mlcf } from '@medlead/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as fixtures from './fixtures';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('fixtures', () => {
  it('are the same on every import, and never use Math.random', async () => {
    const random = vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('fixtures must use the seeded generator');
    });
    vi.resetModules();
    const again = await import('./fixtures');
    expect(random).not.toHaveBeenCalled();
    expect(JSON.stringify(again)).toBe(JSON.stringify(fixtures));
  });

  it('seed the generator: the same seed, the same numbers; another seed, others', () => {
    const a = fixtures.createRandom(7);
    const b = fixtures.createRandom(7);
    const c = fixtures.createRandom(8);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
    for (const value of first) expect(value).toBeGreaterThanOrEqual(0);
    for (const value of first) expect(value).toBeLessThan(1);
  });

  it('have a complete, a partial and an empty self-assessment for every edition', () => {
    for (const framework of frameworks) {
      const total = assessableNodes(framework).length;
      expect(fixtures.completeReports[framework.key]?.completeness.rated).toBe(total);
      const partial = fixtures.partialReports[framework.key];
      expect(partial?.completeness.rated).toBeGreaterThan(0);
      expect(partial?.completeness.rated).toBeLessThan(total);
      expect(fixtures.emptyReports[framework.key]?.completeness.rated).toBe(0);
      expect(fixtures.completeGaps[framework.key]?.items.length).toBeGreaterThan(0);
      expect(fixtures.emptyGaps[framework.key]?.items).toEqual([]);
    }
  });

  it('have a partial MLCF self-assessment with "not observed" answers, unrated rather than zero', () => {
    const ratings = fixtures.partialAssessments['mlcf@2010']?.ratings ?? [];
    const notObserved = ratings.filter((rating) => rating.value === null);
    expect(notObserved.length).toBeGreaterThan(0);
    const report = fixtures.partialReports['mlcf@2010'];
    for (const rating of notObserved) expect(report?.unrated).toContain(rating.nodeId);
    expect(report?.completeness.rated).toBe(ratings.length - notObserved.length);
  });

  it('have a full 360 on the HLM, with the direct reports suppressed', () => {
    const roles = fixtures.assessments360.map((assessment) => assessment.rater.role);
    expect(new Set(roles)).toEqual(new Set(['self', 'manager', 'peer', 'direct-report']));
    expect(fixtures.feedback360.groups['direct-report'].status).toBe('suppressed');
    expect(fixtures.feedback360.groups.peer.status).toBe('shown');
    expect(fixtures.feedback360AllShown.groups['direct-report'].status).toBe('shown');
    expect(Object.values(fixtures.othersValues360).filter((value) => value !== null)).toHaveLength(
      assessableNodes(hlm).length,
    );
    expect(fixtures.feedback360.blindSpots.length).toBeGreaterThan(0);
  });

  it('have a 360 on the MLCF with every rater group, and cells suppressed one by one', () => {
    const roles = fixtures.assessments360Mlcf.map((assessment) => assessment.rater.role);
    expect(new Set(roles)).toEqual(new Set(['self', 'manager', 'peer', 'direct-report', 'other']));
    const report = fixtures.feedback360Mlcf;
    expect(report.framework).toBe(mlcf.key);
    expect(report.nodes).toHaveLength(assessableNodes(mlcf).length);
    for (const role of ['self', 'manager', 'peer', 'direct-report', 'other'] as const)
      expect(report.groups[role].status).toBe('shown');
    const others = report.nodes.map((node) => node.groups.other.status);
    expect(others).toContain('suppressed');
    expect(others).toContain('shown');
  });

  it('have complete and partial answers for the form, as core parses them', () => {
    for (const framework of frameworks) {
      const total = assessableNodes(framework).length;
      expect(fixtures.completeFormValues[framework.key]?.ratings).toHaveLength(total);
      const partial = fixtures.partialFormValues[framework.key]?.ratings.length ?? 0;
      expect(partial).toBeGreaterThan(0);
      expect(partial).toBeLessThan(total);
      const level = fixtures.targetLevels[framework.key];
      const scale = findScale(framework, framework.defaultScale);
      expect(scale?.points.some((point) => point.value === level)).toBe(true);
    }
  });

  it('have generated classes of 40 on the MLCF and the HLM, summarised by core', () => {
    for (const key of ['mlcf@2010', 'hlm@2013'] as const) {
      expect(fixtures.cohortReportsByKey[key]).toHaveLength(fixtures.COHORT_SIZE);
      expect(fixtures.cohortSummaries[key].learners).toBe(fixtures.COHORT_SIZE);
      expect(Object.values(fixtures.cohortMedians[key]).every((v) => typeof v === 'number')).toBe(
        true,
      );
    }
    expect(fixtures.smallCohortSummary.learners).toBe(4);
    expect(fixtures.emptyCohortSummary.learners).toBe(0);
  });
});
