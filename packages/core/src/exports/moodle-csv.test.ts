import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ama2020 } from '../frameworks/ama';
import { hlm2013 } from '../frameworks/hlm';
import { mlcf2010 as mlcf } from '../frameworks/mlcf';
import { frameworks } from '../frameworks/registry';
import { blockText, parseHtml } from '../imports/html-text';
import { walk } from '../navigation/navigate';
import { findScale } from '../scales/find-scale';
import { MedleadValidationError } from '../validation/errors';
import { parseFramework } from '../validation/parse';
import {
  hostileFramework,
  hostileSummary,
  hostileTextFramework,
  hostileTexts,
  hostileTitle,
} from './hostile-framework.test-helper';
import { moodleCsvHeader, toMoodleCsv } from './moodle-csv';
import {
  moodleExports,
  moodleReadsRows,
  moodleShows,
  moodleStores,
} from './moodle-php.test-helper';
import { writeCsv } from './shared';

/** Parses strictly (every row the same width, quotes well formed): throws on any error. */
function parseCsv(csv: string): string[][] {
  return parse(csv, { relax_column_count: false, relax_quotes: false, skip_empty_lines: false });
}

// Moodle's own strings: admin/tool/lpimportcsv/lang/en/tool_lpimportcsv.php, in the order of
// framework_importer::list_required_headers().
const expectedHeader = [
  'Parent ID number',
  'ID number',
  'Short name',
  'Description',
  'Description format',
  'Scale values',
  'Scale configuration',
  'Rule type (optional)',
  'Rule outcome (optional)',
  'Rule config (optional)',
  'Cross-referenced competency ID numbers',
  'Exported ID (optional)',
  'Is framework',
  'Taxonomy',
];

const moodleTaxonomies = [
  'behaviour',
  'competency',
  'concept',
  'domain',
  'indicator',
  'level',
  'outcome',
  'practice',
  'proficiency',
  'skill',
  'value',
];

// Column positions, as framework_importer::read_mapping_data() numbers them.
const PARENT = 0;
const IDNUMBER = 1;
const SHORTNAME = 2;
const DESCRIPTION = 3;
const FORMAT = 4;
const SCALE_VALUES = 5;
const SCALE_CONFIG = 6;
const IS_FRAMEWORK = 12;
const TAXONOMY = 13;

// The shape Moodle's scale configuration dialogue writes (admin/tool/lp/amd/src/scaleconfig.js).
const ScaleConfigurationSchema = z.tuple(
  [z.object({ scaleid: z.string() }).strict()],
  z
    .object({ id: z.int(), scaledefault: z.literal([0, 1]), proficient: z.literal([0, 1]) })
    .strict(),
);

function scaleConfiguration(json: string | undefined) {
  const [first, ...items] = ScaleConfigurationSchema.parse(JSON.parse(json ?? ''));
  return { scaleid: first.scaleid, items };
}

describe.each(frameworks.map((framework) => [framework.key, framework] as const))(
  'toMoodleCsv(%s)',
  (_key, framework) => {
    const csv = toMoodleCsv(framework);
    const rows = parseCsv(csv);
    const [header, frameworkRow, ...competencyRows] = rows;

    it('parses with no errors, with Moodle’s header and 14 columns in every row', () => {
      expect(header).toEqual(expectedHeader);
      expect(moodleCsvHeader).toEqual(expectedHeader);
      for (const row of rows) expect(row).toHaveLength(14);
    });

    it('starts with the framework row, carrying the scale and one taxonomy per level', () => {
      const scale = findScale(framework, framework.defaultScale);
      expect(frameworkRow?.[PARENT]).toBe('');
      expect(frameworkRow?.[IDNUMBER]).toBe(framework.key);
      expect(frameworkRow?.[SHORTNAME]).toContain(framework.title);
      expect(frameworkRow?.[IS_FRAMEWORK]).toBe('1');
      expect(frameworkRow?.[FORMAT]).toBe('1');
      expect(frameworkRow?.[DESCRIPTION]).toContain('Rights: ');
      expect(frameworkRow?.[SCALE_VALUES]).toBe(
        scale?.points.map((point) => point.label).join(','),
      );
      const depth = Math.max(...walk(framework).map((entry) => entry.depth)) + 1;
      const taxonomies = frameworkRow?.[TAXONOMY]?.split(',') ?? [];
      expect(taxonomies).toHaveLength(depth);
      for (const taxonomy of taxonomies) expect(moodleTaxonomies).toContain(taxonomy);
    });

    it('configures the scale as Moodle validates it: one default, proficient items', () => {
      const scale = findScale(framework, framework.defaultScale);
      const { scaleid, items } = scaleConfiguration(frameworkRow?.[SCALE_CONFIG]);
      expect(scaleid).toBeDefined();
      expect(items.filter((item) => item.scaledefault === 1)).toHaveLength(1);
      expect(items.some((item) => item.proficient === 1)).toBe(true);
      for (const item of items) {
        expect(item.id).toBeGreaterThanOrEqual(1);
        expect(item.id).toBeLessThanOrEqual(scale?.points.length ?? 0);
      }
    });

    it('lists every node, parents before children, with unique non-numeric ID numbers', () => {
      expect(competencyRows.map((row) => row[IDNUMBER])).toEqual(
        walk(framework).map((entry) => entry.node.id),
      );
      expect(competencyRows.map((row) => row[PARENT])).toEqual(
        walk(framework).map((entry) => entry.parent?.id ?? ''),
      );
      const seen = new Set<string>();
      for (const row of competencyRows) {
        const parent = row[PARENT] ?? '';
        if (parent !== '') expect(seen.has(parent)).toBe(true);
        const idnumber = row[IDNUMBER] ?? '';
        expect(seen.has(idnumber)).toBe(false);
        seen.add(idnumber);
        // The importer compares ID numbers with PHP's loose `==`, under which numeric strings
        // such as "1.1" and "1.10" are equal; ours must never be numeric.
        expect(Number.isNaN(Number(idnumber))).toBe(true);
        // The importer shortens ID numbers and short names to 100 characters.
        expect(idnumber.length).toBeLessThanOrEqual(100);
        expect(row[SHORTNAME]?.length).toBeLessThanOrEqual(100);
        expect(row[IS_FRAMEWORK]).toBe('');
        expect(row[SCALE_VALUES]).toBe('');
        expect(row[FORMAT]).toBe('1');
      }
    });

    it('is the same on every call', () => {
      expect(toMoodleCsv(framework)).toBe(csv);
    });
  },
);

describe('toMoodleCsv options', () => {
  it('uses the scale asked for, and the proficiency threshold asked for', () => {
    const rows = parseCsv(toMoodleCsv(hlm2013, { scale: 'hlm:levels', proficientFrom: 3 }));
    expect(rows[1]?.[SCALE_VALUES]).toBe('Essential,Proficient,Strong,Exemplary');
    expect(scaleConfiguration(rows[1]?.[SCALE_CONFIG]).items).toEqual([
      { id: 3, scaledefault: 1, proficient: 1 },
      { id: 4, scaledefault: 0, proficient: 1 },
    ]);
  });

  it('makes the middle point the default threshold', () => {
    const rows = parseCsv(toMoodleCsv(ama2020));
    const defaultItem = scaleConfiguration(rows[1]?.[SCALE_CONFIG]).items.find(
      (item) => item.scaledefault === 1,
    );
    expect(defaultItem?.id).toBe(3); // Competent
  });

  it('rejects an unknown scale, a threshold off the scale, and a scale label with a comma', () => {
    expect(() => toMoodleCsv(ama2020, { scale: 'nope' })).toThrow(MedleadValidationError);
    expect(() => toMoodleCsv(ama2020, { proficientFrom: 2.5 })).toThrow(MedleadValidationError);
    expect(() => toMoodleCsv(hostileFramework, { scale: 'hostile:comma' })).toThrow(
      /separates scale items with commas/,
    );
  });
});

describe('toMoodleCsv with hostile text', () => {
  const rows = parseCsv(toMoodleCsv(hostileFramework));

  it('round-trips commas, quotes and newlines through a CSV parser', () => {
    for (const row of rows) expect(row).toHaveLength(14);
    expect(rows[1]?.[SHORTNAME]).toBe('A "framework", with commas (2024)');
    expect(rows[1]?.[SCALE_VALUES]).toBe('Not "yet",Nearly\nthere,<b>Yes</b>');
    // Short names are HTML, as Moodle shows them: `&lt;act&gt;` is shown as "<act>".
    expect(rows[2]?.[SHORTNAME]).toBe(
      'Lead, "decide" &amp; &lt;act&gt;\nthen reflect; don\'t stop',
    );
    expect(moodleShows(rows[2]?.[SHORTNAME] ?? '')).toBe(hostileTitle);
    // A formula-like title is neutralised by default (issue 12, point 7); see formula-cells.test.ts.
    expect(rows[3]?.[SHORTNAME]).toBe('\'=SUM(A1:A2), "formula-like"');
    expect(rows[3]?.[PARENT]).toBe('hostile:1');
  });

  it('writes a formula-like title exactly as it is with escapeFormulas: false', () => {
    const plain = parseCsv(toMoodleCsv(hostileFramework, { escapeFormulas: false }));
    expect(plain[3]?.[SHORTNAME]).toBe('=SUM(A1:A2), "formula-like"');
  });

  it('escapes the HTML of descriptions', () => {
    const description = rows[2]?.[DESCRIPTION] ?? '';
    expect(description).not.toContain('<script>');
    expect(description).toContain('&lt;/p&gt;&lt;script&gt;');
    expect(hostileSummary).toContain('<script>');
  });
});

describe('toMoodleCsv and text Moodle used to break (issue 14)', () => {
  // Judged by a model of Moodle's own reading (moodle-php.test-helper.ts): fgetcsv with escape
  // "\", the fputcsv/fgetcsv round of csv_import_reader, and framework_importer's cleaning.
  const raw = (text: string) =>
    writeCsv(
      [
        moodleCsvHeader,
        ['', 'x@1', 'X', '', '1', 'A,B', '[]', '', '', '', '', '', '1', ''],
        ['', 'x:1', text, '', '1', '', '', '', '0', 'null', '', '1', '', ''],
      ],
      false,
    );

  it('shows the defects in the model: raw backslashes and angle brackets break or vanish', () => {
    expect(() => moodleReadsRows(raw('a \\" b, and more'))).toThrow('csvweirdcolumns');
    expect(moodleStores(raw('<b>bold</b>'))[1]?.shortName).toBe('bold');
  });

  const csv = toMoodleCsv(hostileTextFramework, { escapeFormulas: false });
  const stored = moodleStores(csv);
  const competencies = stored.filter((record) => !record.isFramework);

  it('reads back with 14 columns in every row (csv-parse and Moodle alike)', () => {
    for (const row of parseCsv(csv)) expect(row).toHaveLength(14);
    expect(moodleReadsRows(csv).rows).toHaveLength(hostileTexts.length + 1);
    const cells = parseCsv(csv).flat();
    for (const cell of cells) expect(cell).not.toMatch(/[\\\r\0]/);
  });

  it.each(hostileTexts.map((text, index) => [JSON.stringify(text), index, text] as const))(
    'keeps %s: Moodle stores it, shows it and exports it exactly',
    (_name, index, text) => {
      const record = competencies[index];
      expect(record?.idNumber).toBe(`texts:${index + 1}`);
      expect(moodleShows(record?.shortName ?? '')).toBe(text);
      const description = parseHtml(record?.description ?? '');
      expect(blockText(description)).toContain(`Summary (as published by the owner): `);
      expect(record?.description).not.toMatch(/<(?!\/?p[ >])/);
    },
  );

  it('escapes &, < and > in descriptions, which read back as text', () => {
    const description = competencies[8]?.description ?? '';
    expect(description).toContain('&amp;amp; is not &amp;, &amp;lt;b&amp;gt; is not &lt;b&gt;');
    expect(blockText(parseHtml(description))).toContain('&amp; is not &, &lt;b&gt; is not <b>');
    expect(blockText(parseHtml(competencies[5]?.description ?? ''))).toContain(
      '<b>bold</b> and <script>alert(1)</script>',
    );
  });

  it("comes back the same from Moodle's own export, imported again", () => {
    const again = moodleStores(moodleExports(stored));
    expect(again.map((record) => [record.idNumber, record.shortName, record.description])).toEqual(
      stored.map((record) => [record.idNumber, record.shortName, record.description]),
    );
  });

  it('keeps the framework’s own title, with its backslash and markup', () => {
    expect(moodleShows(stored[0]?.shortName ?? '')).toBe('Hostile \\ texts <b> (2024)');
  });
});

describe('toMoodleCsv idNumberPrefix', () => {
  const rows = parseCsv(toMoodleCsv(mlcf, { idNumberPrefix: 'v2-' }));

  it('prefixes the framework’s, every competency’s and every parent’s ID number', () => {
    expect(rows[1]?.[IDNUMBER]).toBe('v2-mlcf@2010');
    const competencies = rows.slice(2);
    expect(competencies.map((row) => row[IDNUMBER])).toEqual(
      walk(mlcf).map((entry) => `v2-${entry.node.id}`),
    );
    expect(competencies.map((row) => row[PARENT])).toEqual(
      walk(mlcf).map((entry) => (entry.parent === null ? '' : `v2-${entry.parent.id}`)),
    );
  });

  it('lets a second copy sit beside the first: no ID number is shared', () => {
    const first = new Set(parseCsv(toMoodleCsv(mlcf)).map((row) => row[IDNUMBER]));
    expect(rows.slice(1).some((row) => first.has(row[IDNUMBER]))).toBe(false);
  });

  it.each([
    ['', /up to 40 letters/],
    [' v2', /up to 40 letters/],
    ['v2,', /up to 40 letters/],
    ['<b>', /up to 40 letters/],
    ['v\\2', /up to 40 letters/],
    ['-v2', /up to 40 letters/],
    ['x'.repeat(41), /up to 40 letters/],
  ])('refuses the prefix %j', (prefix, message) => {
    expect(() => toMoodleCsv(mlcf, { idNumberPrefix: prefix })).toThrow(message);
  });

  it('refuses a prefix that takes an ID number past Moodle’s 100 characters', () => {
    const longId = structuredClone(hostileFramework) as unknown as {
      children: { children: { id: string }[] }[];
    };
    const leaf = longId.children[0]?.children[1] as { id: string };
    leaf.id = `hostile:${'a'.repeat(67)}`;
    const framework = parseFramework(longId);
    expect(toMoodleCsv(framework, { idNumberPrefix: 'x'.repeat(25) })).toContain('x'.repeat(25));
    expect(() => toMoodleCsv(framework, { idNumberPrefix: 'x'.repeat(26) })).toThrow(
      /options\.idNumberPrefix: makes the identifier ".*" 101 characters long, but Moodle keeps 100/,
    );
  });
});

describe('toMoodleCsv and Moodle’s limits', () => {
  const withTitle = (title: string) => {
    const input = structuredClone(mlcf) as unknown as { children: { title: string }[] };
    (input.children[0] as { title: string }).title = title;
    return parseFramework(input);
  };

  it('refuses a title Moodle would cut to 100 characters, counted as Moodle stores it', () => {
    expect(toMoodleCsv(withTitle('x'.repeat(100)))).toContain('x'.repeat(100));
    expect(() => toMoodleCsv(withTitle('x'.repeat(101)))).toThrow(/Moodle keeps 100/);
    expect(() => toMoodleCsv(withTitle('<'.repeat(30)))).toThrow(/120 characters as Moodle/);
  });

  it('refuses a scale label with a backslash, a carriage return or NUL', () => {
    for (const label of ['Yes \\ no', 'Yes\rno', 'Yes\u0000no']) {
      const input = structuredClone(hostileFramework) as unknown as {
        scales: { points: { label: string }[] }[];
      };
      const points = input.scales[0]?.points ?? [];
      (points[0] as { label: string }).label = label;
      expect(() => toMoodleCsv(parseFramework(input))).toThrow(/cannot be exported/);
    }
  });
});

describe('toMoodleCsv marks for fromMoodleCsv', () => {
  it('states a node’s code in its description, and the scale in the framework’s', () => {
    const rows = parseCsv(toMoodleCsv(mlcf));
    expect(rows[2]?.[DESCRIPTION]).toMatch(/^<p data-medlead-code="1">Code: 1<\/p>/);
    expect(rows[1]?.[DESCRIPTION]).toContain(
      'data-medlead-scale="frequency-5" data-medlead-scale-title="Frequency (1–5)" data-medlead-measures="frequency" data-medlead-values="1 2 3 4 5" data-medlead-year="2010"',
    );
    expect(rows[1]?.[DESCRIPTION]).toContain('data-medlead-assessed-level="2"');
  });
});
