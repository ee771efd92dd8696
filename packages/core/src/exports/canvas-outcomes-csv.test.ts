import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ama2020 } from '../frameworks/ama';
import { fmlm2021 } from '../frameworks/fmlm';
import { hlm2013 } from '../frameworks/hlm';
import { frameworks } from '../frameworks/registry';
import { assessableNodes } from '../navigation/navigate';
import { findScale } from '../scales/find-scale';
import { MedleadValidationError } from '../validation/errors';
import { canvasOutcomesCsvColumns, toCanvasOutcomesCsv } from './canvas-outcomes-csv';
import { hostileFramework, hostileTitle } from './hostile-framework.test-helper';

/** Parses strictly (every row the same width, quotes well formed): throws on any error. */
function parseCsv(csv: string): string[][] {
  return parse(csv, { relax_column_count: false, relax_quotes: false, skip_empty_lines: false });
}

// The named columns Canvas accepts (lib/outcomes/csv_importer.rb REQUIRED_FIELDS and
// OPTIONAL_FIELDS); `ratings` and the blank columns after it hold the rating tiers.
const canvasFields = [
  'vendor_guid',
  'object_type',
  'title',
  'canvas_id',
  'course_id',
  'description',
  'friendly_description',
  'display_name',
  'parent_guids',
  'calculation_method',
  'calculation_int',
  'mastery_points',
  'workflow_state',
];

/** A parsed row, by column name; `ratings` holds the cells from the `ratings` column on. */
function readRows(csv: string) {
  const [header = [], ...body] = parseCsv(csv);
  const ratingsAt = header.indexOf('ratings');
  const field = (row: readonly string[], name: string) => row[header.indexOf(name)] ?? '';
  return {
    header,
    ratingsAt,
    rows: body.map((row) => ({
      guid: field(row, 'vendor_guid'),
      type: field(row, 'object_type'),
      title: field(row, 'title'),
      description: field(row, 'description'),
      displayName: field(row, 'display_name'),
      parents: field(row, 'parent_guids'),
      masteryPoints: field(row, 'mastery_points'),
      calculation: field(row, 'calculation_method') + field(row, 'calculation_int'),
      state: field(row, 'workflow_state'),
      ratings: row.slice(ratingsAt),
      width: row.length,
    })),
  };
}

describe.each(frameworks.map((framework) => [framework.key, framework] as const))(
  'toCanvasOutcomesCsv(%s)',
  (_key, framework) => {
    const csv = toCanvasOutcomesCsv(framework);
    const { header, ratingsAt, rows } = readRows(csv);
    const scale = findScale(framework, framework.defaultScale);
    const points = scale?.points ?? [];

    it('parses with no errors, with a header Canvas accepts', () => {
      expect(header.slice(0, ratingsAt + 1)).toEqual(canvasOutcomesCsvColumns);
      for (const name of header.slice(0, ratingsAt)) expect(canvasFields).toContain(name);
      // Canvas rejects any named column after `ratings`.
      expect(header.slice(ratingsAt + 1).every((cell) => cell === '')).toBe(true);
      expect(header).toHaveLength(ratingsAt + points.length * 2);
      for (const row of rows) expect(row.width).toBe(header.length);
    });

    it('puts everything in one group for the framework', () => {
      const [root] = rows;
      expect(root?.type).toBe('group');
      expect(root?.parents).toBe('');
      expect(root?.title).toContain(framework.title);
      expect(rows.slice(1).every((row) => row.parents !== '')).toBe(true);
    });

    it('has unique vendor_guids without spaces, each parent an earlier group', () => {
      const groups = new Set<string>();
      const guids = new Set<string>();
      for (const row of rows) {
        expect(row.guid).not.toMatch(/\s/);
        expect(guids.has(row.guid)).toBe(false);
        guids.add(row.guid);
        expect(['group', 'outcome']).toContain(row.type);
        expect(row.state).toBe('active');
        for (const parent of row.parents.split(' ').filter((guid) => guid !== '')) {
          expect(groups.has(parent)).toBe(true);
        }
        expect(row.parents.split(' ').length).toBe(1);
        if (row.type === 'group') groups.add(row.guid);
      }
    });

    it('makes an outcome of every assessed node, rated on the scale, highest tier first', () => {
      const outcomes = rows.filter((row) => row.type === 'outcome');
      expect(outcomes.map((row) => row.title)).toEqual(
        assessableNodes(framework).map((node) => node.title),
      );
      const expectedRatings = [...points]
        .reverse()
        .flatMap((point) => [String(point.value), point.label]);
      for (const outcome of outcomes) {
        expect(outcome.ratings).toEqual(expectedRatings);
        const mastery = Number(outcome.masteryPoints);
        expect(points.some((point) => point.value === mastery)).toBe(true);
        const tiers = outcome.ratings.filter((_cell, index) => index % 2 === 0).map(Number);
        expect([...tiers].sort((a, b) => b - a)).toEqual(tiers);
      }
    });

    it('leaves outcome-only fields blank on groups', () => {
      for (const group of rows.filter((row) => row.type === 'group')) {
        expect(group.ratings.every((cell) => cell === '')).toBe(true);
        expect(group.masteryPoints).toBe('');
        expect(group.calculation).toBe('');
      }
    });

    it('is the same on every call', () => {
      expect(toCanvasOutcomesCsv(framework)).toBe(csv);
    });
  },
);

describe('toCanvasOutcomesCsv shapes', () => {
  it('makes groups of the levels above the assessed one (MLCF domains)', () => {
    const mlcf = frameworks.find((framework) => framework.key === 'mlcf@2010');
    if (mlcf === undefined) throw new Error('test needs mlcf@2010');
    const { rows } = readRows(toCanvasOutcomesCsv(mlcf));
    const groups = rows.filter((row) => row.type === 'group');
    expect(groups).toHaveLength(1 + mlcf.children.length);
    const outcome = rows.find((row) => row.guid === 'medlead:mlcf@2010:mlcf:1.1');
    expect(outcome?.parents).toBe('medlead:mlcf@2010:mlcf:1');
    expect(outcome?.displayName).toBe('1.1');
  });

  it('lists the nodes under an outcome in its description (FMLM themes)', () => {
    const { rows } = readRows(toCanvasOutcomesCsv(fmlm2021));
    const domain = fmlm2021.children[0];
    const theme = domain?.children?.[0];
    if (domain === undefined || theme === undefined) throw new Error('test needs a theme');
    const outcome = rows.find((row) => row.guid === `medlead:fmlm@2021:${domain.id}`);
    expect(outcome?.description).toContain(
      `<li data-medlead-id="${theme.id}" data-medlead-kind="theme">${theme.title}`,
    );
    expect(outcome?.description).toContain('<div data-medlead-parts="list"><p>Themes:</p><ul>');
    expect(rows.some((row) => row.guid.endsWith(theme.id))).toBe(false);
  });

  it('keeps vendor_guids apart between editions that share node ids', () => {
    const guids = frameworks.flatMap((framework) =>
      readRows(toCanvasOutcomesCsv(framework)).rows.map((row) => row.guid),
    );
    expect(new Set(guids).size).toBe(guids.length);
  });
});

describe('toCanvasOutcomesCsv options', () => {
  it('uses the scale and mastery points asked for', () => {
    const { rows } = readRows(
      toCanvasOutcomesCsv(hlm2013, { scale: 'hlm:levels', masteryPoints: 2.5 }),
    );
    const outcome = rows.find((row) => row.type === 'outcome');
    expect(outcome?.masteryPoints).toBe('2.5');
    expect(outcome?.ratings).toEqual([
      '4',
      'Exemplary',
      '3',
      'Strong',
      '2',
      'Proficient',
      '1',
      'Essential',
    ]);
  });

  it('makes the middle point the default mastery', () => {
    const { rows } = readRows(toCanvasOutcomesCsv(ama2020));
    expect(rows.find((row) => row.type === 'outcome')?.masteryPoints).toBe('3');
  });

  it('rejects an unknown scale and mastery points outside the scale', () => {
    expect(() => toCanvasOutcomesCsv(ama2020, { scale: 'nope' })).toThrow(MedleadValidationError);
    expect(() => toCanvasOutcomesCsv(ama2020, { masteryPoints: 6 })).toThrow(
      MedleadValidationError,
    );
    expect(() => toCanvasOutcomesCsv(ama2020, { masteryPoints: Number.NaN })).toThrow(
      MedleadValidationError,
    );
  });
});

describe('toCanvasOutcomesCsv with hostile text', () => {
  it('round-trips commas, quotes and newlines, and escapes HTML', () => {
    const { rows } = readRows(toCanvasOutcomesCsv(hostileFramework));
    expect(rows[0]?.title).toBe('A "framework", with commas (2024)');
    expect(rows[1]?.title).toBe(hostileTitle);
    expect(rows[1]?.description).not.toContain('<script>');
    // A formula-like title is neutralised by default (issue 12, point 7); see formula-cells.test.ts.
    expect(rows[2]?.title).toBe('\'=SUM(A1:A2), "formula-like"');
    expect(rows[2]?.ratings).toEqual(['2', '<b>Yes</b>', '1', 'Nearly\nthere', '0', 'Not "yet"']);
  });

  it('writes a formula-like title exactly as it is with escapeFormulas: false', () => {
    const { rows } = readRows(toCanvasOutcomesCsv(hostileFramework, { escapeFormulas: false }));
    expect(rows[2]?.title).toBe('=SUM(A1:A2), "formula-like"');
  });

  it('accepts scale labels with commas, which Canvas keeps in their own cell', () => {
    const { rows } = readRows(toCanvasOutcomesCsv(hostileFramework, { scale: 'hostile:comma' }));
    expect(rows[2]?.ratings).toEqual(['2', 'Yes', '1', 'No, not yet']);
  });
});

describe('toCanvasOutcomesCsv vendorGuidPrefix', () => {
  const { rows } = readRows(toCanvasOutcomesCsv(ama2020, { vendorGuidPrefix: 'north-' }));

  it('prefixes every vendor_guid, and so every parent_guid', () => {
    expect(rows[0]?.guid).toBe('north-medlead:ama@2020');
    for (const row of rows.slice(1)) {
      expect(row.guid).toMatch(/^north-medlead:ama@2020:ama:/);
      expect(row.parents).toBe('north-medlead:ama@2020');
    }
  });

  it.each(['', 'a b', 'north_', 'x'.repeat(41), '<b>'])('refuses the prefix %j', (prefix) => {
    expect(() => toCanvasOutcomesCsv(ama2020, { vendorGuidPrefix: prefix })).toThrow(
      /options\.vendorGuidPrefix: must be up to 40 letters/,
    );
  });
});

describe('toCanvasOutcomesCsv marks for fromCanvasOutcomesCsv', () => {
  it('states codes in descriptions and the scale in the framework group’s', () => {
    const mlcf = frameworks.find((framework) => framework.key === 'mlcf@2010');
    if (mlcf === undefined) throw new Error('test needs mlcf@2010');
    const { rows } = readRows(toCanvasOutcomesCsv(mlcf));
    expect(rows[0]?.description).toMatch(/^<p data-medlead-scale="frequency-5" /);
    expect(rows[1]?.description).toMatch(/^<p data-medlead-code="1">Code: 1<\/p>/);
    expect(rows[2]?.description).toMatch(/^<p data-medlead-code="1.1">Code: 1.1<\/p>/);
  });
});
