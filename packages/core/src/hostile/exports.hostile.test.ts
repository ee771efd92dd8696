// Hostile-input table for the interchange exports (issue 12): every argument and option swept
// with every hostile value, the cases the issue names, and proof that a caller cannot change a
// later result or the exported constants.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { getCrosswalk } from '../crosswalks/lookup';
import { canvasOutcomesCsvColumns, toCanvasOutcomesCsv } from '../exports/canvas-outcomes-csv';
import { caseIdentifierNamespace, toCasePackage } from '../exports/case-package';
import { formulaFramework, hostileFramework } from '../exports/hostile-framework.test-helper';
import { moodleCsvHeader, toMoodleCsv } from '../exports/moodle-csv';
import { ama2020 } from '../frameworks/ama';
import { hlm2013 } from '../frameworks/hlm';
import { mlcf2010 } from '../frameworks/mlcf';
import type { Crosswalk } from '../model/types';
import { isDeeplyFrozen } from '../util/deep-freeze';
import { parseFramework } from '../validation/parse';
import {
  expectRefused,
  expectUnshared,
  markup,
  safeOutcome,
  sweepArguments,
  sweepOption,
  vandalize,
} from './hostile.test-helper';

const baseUri = 'https://example.org/case';
const mlcfToHlm = () => getCrosswalk('mlcf', 'hlm');
const ownCopy = <T>(value: T): T => structuredClone(value);
const withFirstLink = (crosswalk: Crosswalk, change: Record<string, unknown>): Crosswalk => {
  const copy = ownCopy(crosswalk) as unknown as { links: Record<string, unknown>[] };
  Object.assign(copy.links[0] ?? {}, change);
  return copy as unknown as Crosswalk;
};
/** A framework the caller built (unparsed, unfrozen): must be accepted, and never frozen. */
const ownFramework = () => ownCopy(hostileFramework);

describe('toCasePackage', () => {
  it('survives every hostile argument', () => {
    const totals = sweepArguments(toCasePackage, [
      ['framework', () => mlcf2010],
      ['options', () => ({ baseUri, crosswalks: [mlcfToHlm()] })],
    ]);
    expect(totals.calls).toBeGreaterThan(0);
    expect(totals.refused).toBeGreaterThan(0);
  });

  it('survives every hostile option', () => {
    const run = (options: unknown) => toCasePackage(mlcf2010, options as never);
    let refused = 0;
    for (const name of [
      'baseUri',
      'lastChangeDateTime',
      'crosswalks',
      'frameworks',
      'caseVersion',
    ]) {
      const totals = sweepOption(run, name, { baseUri });
      expect(totals.calls).toBeGreaterThan(0);
      refused += totals.refused;
    }
    expect(refused).toBeGreaterThan(0);
  });

  it('refuses crosswalks: [null] (it crashed before) and every other bad crosswalk', () => {
    expectRefused(
      () => toCasePackage(mlcf2010, { baseUri, crosswalks: [null] as never }),
      'options.crosswalks[0]',
      /must be a crosswalk/,
    );
    expectRefused(
      () => toCasePackage(mlcf2010, { baseUri, crosswalks: [mlcfToHlm(), {}] as never }),
      'options.crosswalks[1]',
    );
    expectRefused(
      () => toCasePackage(mlcf2010, { baseUri, crosswalks: mlcfToHlm() as never }),
      'options.crosswalks',
      /must be a list/,
    );
    expectRefused(
      () =>
        toCasePackage(mlcf2010, {
          baseUri,
          crosswalks: [withFirstLink(mlcfToHlm(), { weight: 2 })],
        }),
      'options.crosswalks[0].links[0].weight',
    );
    expectRefused(
      () =>
        toCasePackage(mlcf2010, {
          baseUri,
          crosswalks: [withFirstLink(mlcfToHlm(), { relation: 'constructor' })],
        }),
      'options.crosswalks[0].links[0].relation',
    );
    expectRefused(
      () =>
        toCasePackage(mlcf2010, {
          baseUri,
          crosswalks: [withFirstLink(mlcfToHlm(), { from: 'mlcf:9.9' })],
        }),
      'options.crosswalks[0].links[0].from',
      /not a node in the hierarchy/,
    );
  });

  it('refuses bad options by name, read as own properties only', () => {
    expectRefused(() => toCasePackage(mlcf2010, null as never), 'options', /object of options/);
    expectRefused(() => toCasePackage(mlcf2010, undefined as never), 'options.baseUri');
    expectRefused(() => toCasePackage(mlcf2010, {} as never), 'options.baseUri');
    expectRefused(
      () => toCasePackage(mlcf2010, { baseUri: 'javascript:alert(1)' }),
      'options.baseUri',
    );
    expectRefused(
      () => toCasePackage(mlcf2010, { baseUri: 'ftp://example.org' }),
      'options.baseUri',
    );
    expectRefused(
      () => toCasePackage(mlcf2010, { baseUri, lastChangeDateTime: '2026-13-01' }),
      'options.lastChangeDateTime',
    );
    expectRefused(
      () => toCasePackage(mlcf2010, { baseUri, crosswalk: [] } as never),
      'options.crosswalk',
      /not an option/,
    );
    expectRefused(() => toCasePackage(mlcf2010, Object.create({ baseUri }) as never), 'options');
  });

  it('refuses a caseVersion that is not "1.0" or "1.1", and sweeps 1.1 packages too', () => {
    for (const caseVersion of [1.1, '1.2', '1', '1.1 ', '__proto__', markup]) {
      expectRefused(
        () => toCasePackage(mlcf2010, { baseUri, caseVersion: caseVersion as never }),
        'options.caseVersion',
      );
    }
    expectRefused(
      () => toCasePackage(mlcf2010, { baseUri, caseVersion: null as never }),
      'options.caseVersion',
      /must be a string, not null/,
    );
    const in11 = (framework: unknown) =>
      toCasePackage(framework as never, { baseUri, caseVersion: '1.1', crosswalks: [mlcfToHlm()] });
    Object.defineProperty(in11, 'name', { value: 'toCasePackage in CASE 1.1' });
    const totals = sweepArguments(in11, [['framework', () => mlcf2010]]);
    expect(totals.refused).toBeGreaterThan(0);
    const make = () =>
      toCasePackage(mlcf2010, { baseUri, caseVersion: '1.1', crosswalks: [mlcfToHlm()] });
    expect(isDeeplyFrozen(make())).toBe(true);
    expectUnshared(make);
  });

  it('refuses frameworks that are not checked ones, and crosswalks to frameworks it cannot find', () => {
    expectRefused(
      () => toCasePackage(mlcf2010, { baseUri, frameworks: [null] as never }),
      'options.frameworks[0]',
      /must be a framework/,
    );
    expectRefused(
      () => toCasePackage(mlcf2010, { baseUri, frameworks: [ownFramework()] }),
      'options.frameworks[0]',
      /parseFramework/,
    );
    expectRefused(
      () => toCasePackage(mlcf2010, { baseUri, frameworks: mlcf2010 as never }),
      'options.frameworks',
      /must be a list/,
    );
    expectRefused(
      () =>
        toCasePackage(mlcf2010, {
          baseUri,
          crosswalks: [{ ...ownCopy(mlcfToHlm()), to: 'hlm@1999' } as never],
        }),
      'options.crosswalks[0].to',
      /not a framework medlead ships/,
    );
    expectRefused(
      () =>
        toCasePackage(mlcf2010, {
          baseUri,
          crosswalks: [withFirstLink(mlcfToHlm(), { to: 'hlm:constructor' })],
        }),
      'options.crosswalks[0].links[0].to',
      /not a node in the hierarchy of hlm@2013/,
    );
  });

  it('refuses what is not a framework, and never freezes a framework the caller built', () => {
    expectRefused(() => toCasePackage({} as never, { baseUri }), 'framework');
    expectRefused(() => toCasePackage('mlcf' as never, { baseUri }), 'framework');
    // A framework built by hand is parsed first; parsing never freezes the caller's object.
    const mine = ownFramework();
    expectRefused(() => toCasePackage(mine, { baseUri }), 'framework', /parseFramework/);
    expect(toCasePackage(parseFramework(mine), { baseUri }).CFItems.length).toBeGreaterThan(0);
    expect(Object.isFrozen(mine)).toBe(false);
    expect(Object.isFrozen(mine.children)).toBe(false);
  });

  it('never makes a javascript: address the official source URL', () => {
    const input = ownFramework() as unknown as { sources: { url?: string }[] };
    (input.sources[0] as { url?: string }).url = 'javascript:alert(1)';
    expectRefused(() => parseFramework(input), 'sources[0].url');
  });

  it('keeps markup as text in JSON and runs none of it', () => {
    const input = ownFramework() as unknown as { title: string };
    input.title = markup;
    const outcome = safeOutcome(() => toCasePackage(parseFramework(input), { baseUri }));
    expect('result' in outcome && JSON.stringify(outcome.result)).toContain('onerror');
  });

  it('gives a deeply frozen package a caller cannot change', () => {
    const make = () => toCasePackage(mlcf2010, { baseUri, crosswalks: [mlcfToHlm()] });
    expect(isDeeplyFrozen(make())).toBe(true);
    expectUnshared(make);
  });
});

describe('toMoodleCsv', () => {
  it('survives every hostile argument', () => {
    const totals = sweepArguments(toMoodleCsv, [
      ['framework', () => hlm2013],
      ['options', () => ({ scale: 'hlm:levels', proficientFrom: 3, escapeFormulas: true })],
    ]);
    expect(totals.calls).toBeGreaterThan(0);
    expect(totals.refused).toBeGreaterThan(0);
  });

  it('survives every hostile option', () => {
    const run = (options: unknown) => toMoodleCsv(hlm2013, options as never);
    for (const name of ['scale', 'proficientFrom', 'escapeFormulas', 'idNumberPrefix']) {
      const totals = sweepOption(run, name);
      expect(totals.calls).toBeGreaterThan(0);
      expect(totals.refused).toBeGreaterThan(0);
    }
  });

  it('refuses bad options by name', () => {
    expectRefused(
      () => toMoodleCsv(ama2020, { scale: 'nope' }),
      'options.scale',
      /neither a scale/,
    );
    expectRefused(() => toMoodleCsv(ama2020, { scale: 7 } as never), 'options.scale', /string/);
    expectRefused(() => toMoodleCsv(ama2020, { proficientFrom: 2.5 }), 'options.proficientFrom');
    expectRefused(
      () => toMoodleCsv(ama2020, { proficientFrom: Number.NaN }),
      'options.proficientFrom',
      /finite number/,
    );
    expectRefused(
      () => toMoodleCsv(ama2020, { escapeFormulas: 'no' } as never),
      'options.escapeFormulas',
      /true or false/,
    );
    expectRefused(
      () => toMoodleCsv(hostileFramework, { scale: 'hostile:comma' }),
      'options.scale',
      /separates scale items with commas/,
    );
    expectRefused(() => toMoodleCsv(ama2020, { scales: 'x' } as never), 'options.scales');
    expectRefused(
      () => toMoodleCsv(ama2020, { idNumberPrefix: markup }),
      'options.idNumberPrefix',
      /up to 40 letters/,
    );
    expectRefused(
      () => toMoodleCsv(ama2020, { idNumberPrefix: 'a,b' }),
      'options.idNumberPrefix',
      /up to 40 letters/,
    );
    // Inherited keys are never read: the result is that of no options.
    expect(toMoodleCsv(ama2020, Object.create({ scale: 'nope' }))).toBe(toMoodleCsv(ama2020));
    expectRefused(() => toMoodleCsv(ama2020, new Map() as never), 'options');
  });

  it('refuses what is not a framework, and does not freeze one the caller built', () => {
    expectRefused(() => toMoodleCsv(null as never), 'framework');
    expectRefused(() => toMoodleCsv({ ...hlm2013 } as never), 'framework', /parseFramework/);
    const mine = ownFramework();
    expect(toMoodleCsv(parseFramework(mine))).toBe(toMoodleCsv(hostileFramework));
    expect(Object.isFrozen(mine)).toBe(false);
  });

  it('neutralises formula-like cells by default and reads back with 14 columns a row', () => {
    const rows: string[][] = parse(toMoodleCsv(formulaFramework));
    for (const row of rows) {
      expect(row).toHaveLength(14);
      for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?!\d)/);
    }
  });

  it('is the same on every call', () => {
    expect(toMoodleCsv(hlm2013)).toBe(toMoodleCsv(hlm2013));
  });
});

describe('toCanvasOutcomesCsv', () => {
  it('survives every hostile argument', () => {
    const totals = sweepArguments(toCanvasOutcomesCsv, [
      ['framework', () => ama2020],
      ['options', () => ({ scale: 'ama:proficiency', masteryPoints: 3, escapeFormulas: false })],
    ]);
    expect(totals.calls).toBeGreaterThan(0);
    expect(totals.refused).toBeGreaterThan(0);
  });

  it('survives every hostile option', () => {
    const run = (options: unknown) => toCanvasOutcomesCsv(ama2020, options as never);
    for (const name of ['scale', 'masteryPoints', 'escapeFormulas', 'vendorGuidPrefix']) {
      const totals = sweepOption(run, name);
      expect(totals.calls).toBeGreaterThan(0);
      expect(totals.refused).toBeGreaterThan(0);
    }
  });

  it('refuses bad options by name', () => {
    expectRefused(() => toCanvasOutcomesCsv(ama2020, { scale: 'nope' }), 'options.scale');
    expectRefused(
      () => toCanvasOutcomesCsv(ama2020, { masteryPoints: 6 }),
      'options.masteryPoints',
    );
    expectRefused(
      () => toCanvasOutcomesCsv(ama2020, { masteryPoints: '3' } as never),
      'options.masteryPoints',
      /finite number/,
    );
    expectRefused(
      () => toCanvasOutcomesCsv(ama2020, { masteryPoints: Number.POSITIVE_INFINITY }),
      'options.masteryPoints',
    );
    expectRefused(
      () => toCanvasOutcomesCsv(ama2020, { escapeFormulas: 0 } as never),
      'options.escapeFormulas',
    );
    expectRefused(() => toCanvasOutcomesCsv(ama2020, { mastery: 3 } as never), 'options.mastery');
    expectRefused(
      () => toCanvasOutcomesCsv(ama2020, { vendorGuidPrefix: 'with space' }),
      'options.vendorGuidPrefix',
      /up to 40 letters/,
    );
  });

  it('refuses what is not a framework, and does not freeze one the caller built', () => {
    expectRefused(() => toCanvasOutcomesCsv([] as never), 'framework');
    const mine = ownFramework();
    expect(toCanvasOutcomesCsv(parseFramework(mine))).toBe(toCanvasOutcomesCsv(hostileFramework));
    expect(Object.isFrozen(mine)).toBe(false);
  });

  it('neutralises formula-like cells by default, keeping negative numbers as numbers', () => {
    const rows: string[][] = parse(toCanvasOutcomesCsv(formulaFramework));
    const width = rows[0]?.length ?? 0;
    for (const row of rows) {
      expect(row).toHaveLength(width);
      for (const cell of row) {
        expect(cell).not.toMatch(/^[=+@\t\r]/);
        if (cell.startsWith('-')) expect(cell).toMatch(/^-\d+(\.\d+)?$/);
      }
    }
  });

  it('keeps markup in a title as text inside a cell', () => {
    const input = ownFramework() as unknown as { children: { title: string }[] };
    (input.children[0] as { title: string }).title = markup;
    const parsed = parseFramework(input);
    const rows: string[][] = parse(toCanvasOutcomesCsv(parsed));
    expect(rows.flat()).toContain(markup);
    expect((globalThis as Record<string, unknown>).__pwned).toBeUndefined();
  });
});

describe('moodleCsvHeader', () => {
  it('is deeply frozen: vandalising it changes no later export', () => {
    expect(isDeeplyFrozen(moodleCsvHeader)).toBe(true);
    const before = toMoodleCsv(hlm2013);
    vandalize(moodleCsvHeader);
    expect(moodleCsvHeader[0]).toBe('Parent ID number');
    expect(toMoodleCsv(hlm2013)).toBe(before);
  });
});

describe('canvasOutcomesCsvColumns', () => {
  it('is deeply frozen: vandalising it changes no later export', () => {
    expect(isDeeplyFrozen(canvasOutcomesCsvColumns)).toBe(true);
    const before = toCanvasOutcomesCsv(ama2020);
    vandalize(canvasOutcomesCsvColumns);
    expect(canvasOutcomesCsvColumns[0]).toBe('vendor_guid');
    expect(toCanvasOutcomesCsv(ama2020)).toBe(before);
  });
});

describe('caseIdentifierNamespace', () => {
  it('is a fixed UUID string, which nothing can change', () => {
    expect(caseIdentifierNamespace).toBe('ff070f1c-1e00-4e73-aa36-a135f8e9b385');
    expect(Object.isFrozen(caseIdentifierNamespace)).toBe(true); // a primitive
    const first = toCasePackage(mlcf2010, { baseUri }).CFDocument.identifier;
    expect(toCasePackage(mlcf2010, { baseUri }).CFDocument.identifier).toBe(first);
  });
});
