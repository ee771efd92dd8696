import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCanvasOutcomesCsv } from '../exports/canvas-outcomes-csv';
import { hostileTextFramework, hostileTexts } from '../exports/hostile-framework.test-helper';
import { writeCsv } from '../exports/shared';
import { fmlm2021 } from '../frameworks/fmlm';
import { frameworks } from '../frameworks/registry';
import { walk } from '../navigation/navigate';
import { fromCanvasOutcomesCsv } from './canvas-outcomes-csv';
import { refusals, shapeOf } from './round-trip.test-helper';

// The columns of Canvas's outcome export (account_reports/outcome_export.rb
// OUTCOME_EXPORT_HEADERS).
const exportHeader = [
  'vendor_guid',
  'object_type',
  'title',
  'description',
  'friendly_description',
  'display_name',
  'calculation_method',
  'calculation_int',
  'parent_guids',
  'workflow_state',
  'mastery_points',
  'ratings',
];

/**
 * What Canvas's outcome export writes after importing `csv`: its own columns, groups first (the
 * top-level ones with no parent_guids), then outcomes, and points as numbers with a decimal
 * ("3.0"), with a ";" separator and decimal commas in a locale that uses them.
 */
function canvasExport(csv: string, locale: 'en' | 'de' = 'en'): string {
  const [header = [], ...rows]: string[][] = parse(csv, { relax_column_count: true });
  const at = (name: string) => header.indexOf(name);
  const ratingsAt = at('ratings');
  const points = (value: string) => {
    const written = Number.isInteger(Number(value)) ? `${value}.0` : value;
    return locale === 'de' ? written.replace('.', ',') : written;
  };
  const converted = rows.map((row) => {
    const cell = (name: string) => (at(name) < 0 ? '' : (row[at(name)] ?? ''));
    const tiers = row.slice(ratingsAt).filter((value) => value !== '');
    return [
      cell('vendor_guid'),
      cell('object_type'),
      cell('title'),
      cell('description'),
      '',
      cell('display_name'),
      cell('object_type') === 'outcome' ? 'highest' : '',
      '',
      cell('parent_guids'),
      cell('workflow_state'),
      cell('object_type') === 'outcome' ? points(cell('mastery_points')) : '',
      ...tiers.map((value, index) => (index % 2 === 0 ? points(value) : value)),
    ];
  });
  const groups = converted.filter((row) => row[1] === 'group');
  const outcomes = converted.filter((row) => row[1] === 'outcome');
  return writeCsv([exportHeader, ...groups, ...outcomes], false)
    .split('\r\n')
    .map((line) => (locale === 'de' ? toSemicolons(line) : line))
    .join('\n');
}

/** A CSV line re-separated with ";" (its cells read back and written again). */
function toSemicolons(line: string): string {
  const [cells = []]: string[][] = parse(line, { relax_column_count: true });
  return cells
    .map((cell) => (/[;"\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell))
    .join(';');
}

describe.each(frameworks.map((framework) => [framework.key, framework] as const))(
  'fromCanvasOutcomesCsv(toCanvasOutcomesCsv(%s))',
  (_key, framework) => {
    it('keeps ids, codes, titles, order, hierarchy, the rated nodes and the scale', () => {
      const imported = fromCanvasOutcomesCsv(toCanvasOutcomesCsv(framework));
      expect(shapeOf(imported)).toEqual(shapeOf(framework));
      expect(imported.key).toBe(framework.key);
      expect(imported.year).toBe(framework.year);
    });

    it('keeps them through Canvas’s own export, in English and in German', () => {
      const csv = toCanvasOutcomesCsv(framework);
      expect(shapeOf(fromCanvasOutcomesCsv(canvasExport(csv)))).toEqual(shapeOf(framework));
      expect(shapeOf(fromCanvasOutcomesCsv(canvasExport(csv, 'de')))).toEqual(shapeOf(framework));
    });

    it('keeps them with a vendor_guid prefix, taken off again', () => {
      const csv = toCanvasOutcomesCsv(framework, { vendorGuidPrefix: 'north-' });
      expect(shapeOf(fromCanvasOutcomesCsv(csv, { vendorGuidPrefix: 'north-' }))).toEqual(
        shapeOf(framework),
      );
    });
  },
);

describe('fromCanvasOutcomesCsv and medlead’s exports', () => {
  it('makes the nodes listed under an outcome nodes again (FMLM’s themes)', () => {
    const imported = fromCanvasOutcomesCsv(toCanvasOutcomesCsv(fmlm2021));
    const themes = walk(imported).filter((entry) => entry.depth === 1);
    expect(themes.map((entry) => entry.node.kind)).toEqual(themes.map(() => 'theme'));
    expect(imported.assessedKind).toBe('outcome');
  });

  it('gives back every hostile text as title and code (but NUL, which Canvas cannot store)', () => {
    const csv = toCanvasOutcomesCsv(hostileTextFramework).replaceAll('\u0000', '');
    const imported = fromCanvasOutcomesCsv(csv);
    const expected = hostileTexts.map((text) => text.replaceAll('\u0000', ''));
    expect(walk(imported).map((entry) => entry.node.title)).toEqual(expected);
    expect(walk(imported).map((entry) => entry.node.code)).toEqual(expected);
  });
});

describe('fromCanvasOutcomesCsv and outcomes made in Canvas', () => {
  const tiers = ['4.0', 'Exceeds', '3.0', 'Meets', '1.0', 'Below'];
  const rows = [
    exportHeader,
    [
      'canvas_outcome_group:11',
      'group',
      'Leadership',
      '<p>Our leadership outcomes.</p>',
      '',
      '',
      '',
      '',
      '',
      'active',
      '',
    ],
    [
      'canvas_outcome_group:12',
      'group',
      'Teams',
      '',
      '',
      '',
      '',
      '',
      'canvas_outcome_group:11',
      'active',
      '',
    ],
    [
      'lion',
      'outcome',
      'Listening',
      '<p>Hears others&nbsp;out.</p>',
      'Friendly',
      'L1',
      'highest',
      '',
      'canvas_outcome_group:12',
      'active',
      '3.0',
      ...tiers,
    ],
    [
      'canvas_outcome:45',
      'outcome',
      'Feedback',
      '',
      '',
      '',
      'decaying_average',
      '65',
      'canvas_outcome_group:11',
      'active',
      '3.0',
      ...tiers,
    ],
    [
      'gone',
      'outcome',
      'Deleted one',
      '',
      '',
      '',
      '',
      '',
      'canvas_outcome_group:11',
      'deleted',
      '',
      '',
      '',
    ],
  ];
  const file = writeCsv(rows, false);

  it('needs the year, which Canvas does not record', () => {
    expect(() => fromCanvasOutcomesCsv(file)).toThrow(/options\.year: the file does not say/);
  });

  const imported = fromCanvasOutcomesCsv(file, { year: 2025 });

  it('makes the one top-level group the framework, and its contents the nodes', () => {
    expect(imported.key).toBe('leadership@2025');
    expect(imported.summary.text).toBe('Our leadership outcomes.');
    expect(walk(imported).map((entry) => [entry.node.title, entry.node.kind, entry.depth])).toEqual(
      [
        ['Teams', 'group', 0],
        ['Listening', 'outcome', 1],
        ['Feedback', 'outcome', 0],
      ],
    );
  });

  it('takes codes from display names, summaries from descriptions, the scale from the tiers', () => {
    const listening = walk(imported)[1]?.node;
    expect(listening?.code).toBe('L1');
    expect(listening?.id).toBe('leadership:l1');
    expect(listening?.summary.text).toBe('Hears others\u00a0out.');
    expect(imported.scales[0]?.points).toEqual([
      { value: 1, label: 'Below' },
      { value: 3, label: 'Meets' },
      { value: 4, label: 'Exceeds' },
    ]);
  });

  it('needs a title when the file holds more than one top-level row', () => {
    const loose = writeCsv(
      [rows[0] ?? [], ...rows.slice(3, 5).map((row) => [...row.slice(0, 8), '', ...row.slice(9)])],
      false,
    );
    expect(() => fromCanvasOutcomesCsv(loose, { year: 2025 })).toThrow(/give options\.title/);
    const titled = fromCanvasOutcomesCsv(loose, { year: 2025, title: 'Loose outcomes' });
    expect(walk(titled).map((entry) => entry.node.title)).toEqual(['Listening', 'Feedback']);
  });

  it('reads a file without rating columns (an account-level mastery scale)', () => {
    const noScores = writeCsv(
      [
        ['vendor_guid', 'object_type', 'title', 'description', 'parent_guids', 'workflow_state'],
        ['g', 'group', 'Leadership', '', '', 'active'],
        ['o', 'outcome', 'Listening', '', 'g', 'active'],
      ],
      false,
    );
    expect(fromCanvasOutcomesCsv(noScores, { year: 2025 }).defaultScale).toBe('agreement-5');
  });
});

describe('fromCanvasOutcomesCsv and a malformed file', () => {
  const header = 'vendor_guid,object_type,title,parent_guids,workflow_state,ratings';
  const valid = ['g,group,Group,,active', 'o,outcome,Outcome,g,active,2,Yes,1,No'];
  const file = (...lines: string[]) => [header, ...valid, ...lines].join('\n');
  const refusal = (text: unknown, options?: object) =>
    refusals(() => fromCanvasOutcomesCsv(text as string, { year: 2025, ...options }));

  it.each([
    [
      'a quote never closed',
      file('"p,outcome,Open,g'),
      'text: row 4: a quoted cell is never closed',
    ],
    ['a stray quote', file('p,outcome,Sto"p,g'), 'text: row 4: a quote inside a cell'],
    [
      'a missing column',
      'vendor_guid,title\na,A',
      'text: row 1: lacks "object_type": a Canvas outcomes CSV\'s header names vendor_guid',
    ],
    [
      'an unknown object_type',
      file('p,badge,Badge,g'),
      'text: row 4, column "object_type": must be "group" or "outcome", not "badge"',
    ],
    [
      'a vendor_guid with a space',
      file('p q,outcome,Spaced,g'),
      'text: row 4, column "vendor_guid": must be given, without spaces',
    ],
    [
      'a repeated vendor_guid',
      file('o,outcome,Again,g'),
      'text: row 4, column "vendor_guid": "o" is also row 3\'s',
    ],
    ['an empty title', file('p,outcome, ,g'), 'text: row 4, column "title": is empty'],
    [
      'a parent not in the file',
      file('p,outcome,P,nowhere'),
      'text: row 4, column "parent_guids": "nowhere" names no group in the file',
    ],
    [
      'an outcome as parent',
      file('p,outcome,P,o'),
      'text: row 4, column "parent_guids": "o" names no group in the file',
    ],
    [
      'a parent cycle',
      file('h,group,H,i', 'i,group,I,h'),
      'text: row 4, column "parent_guids": "i" leads round a cycle of parents',
    ],
    [
      'an outcome in two groups',
      file('h,group,H,g', 'p,outcome,P,g h'),
      'text: row 5, column "parent_guids": puts the outcome in 2 groups',
    ],
    [
      'points that are not a number',
      file('p,outcome,P,g,active,two,Yes,1,No'),
      'text: row 4, column "ratings": tier 1 needs points (a number) and a description',
    ],
    [
      'a tier without a description',
      file('p,outcome,P,g,active,2,,1,No'),
      'text: row 4, column "ratings": tier 1 needs points (a number) and a description',
    ],
    [
      'points that do not fall',
      file('p,outcome,P,g,active,1,No,1,Yes'),
      'text: row 4, column "ratings": tier 2 must have fewer points than tier 1',
    ],
    [
      'outcomes on different tiers',
      file('p,outcome,P,g,active,3,Yes,1,No'),
      'text: row 4, column "ratings": differ from the tiers of row 3',
    ],
    ['an empty file', '', 'text: row 1: the file is empty'],
    ['a file that is not text', 'PK\u0003\u0004', 'text: is a zipped file'],
    ['null', null, "text: must be the CSV file's text (a string), not null"],
  ])('refuses %s, naming the row and column', (_name, text, problem) => {
    expect(refusal(text)[0]).toContain(problem);
  });

  it('refuses a vendor_guid without the prefix it is told of', () => {
    expect(refusal(file(), { vendorGuidPrefix: 'north-' })[0]).toContain(
      'text: row 2, column "vendor_guid": does not start with "north-" (options.vendorGuidPrefix)',
    );
  });
});
