import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as core from '../index';
import type { Assessment } from '../model/types';
import { worked360 } from '../scoring/fixtures';
import { isDeeplyFrozen } from '../util/deep-freeze';
import { vandalize } from './hostile.test-helper';

// Two promises about the whole public API, checked from its exports so that a new function
// cannot be added without them: every function has a hostile-input table, and nothing a caller
// does to a result (or to exported data) changes a later result.

const functions = Object.entries(core)
  .filter(([name, value]) => typeof value === 'function' && !/Schema$/.test(name))
  .map(([name]) => name)
  .filter((name) => name !== 'MedleadValidationError');

const tables = readdirSync(new URL('.', import.meta.url))
  .filter((file) => file.endsWith('.hostile.test.ts'))
  .map((file) => readFileSync(new URL(file, import.meta.url), 'utf8'))
  .join('\n');

describe('the public API', () => {
  it('has a hostile-input table for every function it exports', () => {
    expect(functions.length).toBeGreaterThanOrEqual(34);
    const missing = functions.filter((name) => !tables.includes(`describe('${name}'`));
    expect(missing).toEqual([]);
  });

  it('exports only deeply frozen data', () => {
    const data = Object.entries(core).filter(
      ([name, value]) => typeof value === 'object' && value !== null && !/Schema$/.test(name),
    );
    expect(data.length).toBeGreaterThan(10);
    for (const [name, value] of data) expect(isDeeplyFrozen(value), name).toBe(true);
  });

  it('gives results that a caller cannot use to change a later result', () => {
    const { hlm, mlcf } = core;
    const assessments = structuredClone(worked360) as Assessment[];
    const self = assessments[0] as Assessment;
    const crosswalk = core.getCrosswalk('mlcf', 'hlm');
    const scale = core.findScale(hlm, hlm.defaultScale) as NonNullable<
      ReturnType<typeof core.findScale>
    >;
    const calls: Record<string, () => unknown> = {
      walk: () => core.walk(hlm),
      assessableNodes: () => core.assessableNodes(hlm),
      ancestors: () => core.ancestors(mlcf, 'mlcf:1.1'),
      getNode: () => core.getNode(mlcf, 'mlcf:1.1'),
      searchNodes: () => core.searchNodes(mlcf, 'self'),
      listFrameworks: () => core.listFrameworks(),
      getFramework: () => core.getFramework('hlm'),
      scalesFor: () => core.scalesFor(hlm),
      findScale: () => core.findScale(hlm, hlm.defaultScale),
      levelOf: () => core.levelOf(2, scale),
      pointReached: () => core.pointReached(2.5, scale),
      scoreAssessment: () => core.scoreAssessment(hlm, self),
      aggregateFeedback: () => core.aggregateFeedback(hlm, assessments),
      gapAnalysis: () => core.gapAnalysis(hlm, core.scoreAssessment(hlm, self), { level: 3 }),
      summarizeCohort: () => core.summarizeCohort(hlm, [core.scoreAssessment(hlm, self)]),
      getCrosswalk: () => core.getCrosswalk('mlcf', 'hlm'),
      invertCrosswalk: () => core.invertCrosswalk(crosswalk),
      composeCrosswalks: () =>
        core.composeCrosswalks(core.getCrosswalk('ama', 'mlcf'), core.getCrosswalk('mlcf', 'hlm')),
      projectScores: () => core.projectScores({ 'mlcf:1.1': 4 }, crosswalk),
      coverage: () => core.coverage(['mlcf:1.1'], crosswalk),
      toMoodleCsv: () => core.toMoodleCsv(hlm),
      toCanvasOutcomesCsv: () => core.toCanvasOutcomesCsv(hlm),
      fromMoodleCsv: () => core.fromMoodleCsv(core.toMoodleCsv(mlcf)),
      fromCanvasOutcomesCsv: () => core.fromCanvasOutcomesCsv(core.toCanvasOutcomesCsv(hlm)),
      toCasePackage: () =>
        core.toCasePackage(mlcf, { baseUri: 'https://example.org/case', crosswalks: [crosswalk] }),
      fromCasePackage: () =>
        core.fromCasePackage(core.toCasePackage(mlcf, { baseUri: 'https://example.org/case' })),
      parseAssessment: () => core.parseAssessment(self),
      parseFramework: () => core.parseFramework(structuredClone(hlm)),
      parseCrosswalk: () => core.parseCrosswalk(structuredClone(crosswalk)),
    };
    const before = Object.fromEntries(
      Object.entries(calls).map(([name, call]) => [name, structuredClone(call())]),
    );
    // Vandalise every result, and the exported data too, then ask again.
    for (const call of Object.values(calls)) vandalize(call());
    vandalize(core.frameworks);
    vandalize(core.crosswalks);
    vandalize(core.genericScales);
    for (const [name, call] of Object.entries(calls)) expect(call(), name).toEqual(before[name]);
  });
});

describe('objects made in another window or frame', () => {
  it('are read like our own (a host page may pass what an iframe made)', async () => {
    const { runInNewContext } = await import('node:vm');
    const { hlm } = core;
    const foreign = <T>(value: T): T => runInNewContext(`(${JSON.stringify(value)})`) as T;
    const assessments = worked360 as Assessment[];
    expect(core.aggregateFeedback(hlm, foreign(assessments))).toEqual(
      core.aggregateFeedback(hlm, assessments),
    );
    const report = core.scoreAssessment(hlm, assessments[0] as Assessment);
    expect(core.gapAnalysis(hlm, foreign(structuredClone(report)), { level: 3 })).toEqual(
      core.gapAnalysis(hlm, report, { level: 3 }),
    );
    expect(core.parseFramework(foreign(structuredClone(hlm))).key).toBe('hlm@2013');
    expect(core.walk(core.parseFramework(foreign(structuredClone(hlm))))).toHaveLength(
      core.walk(hlm).length,
    );
  });
});
