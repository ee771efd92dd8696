import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ama2020 } from '../frameworks/ama';
import { hlm2013 } from '../frameworks/hlm';
import { frameworks } from '../frameworks/registry';
import { walk } from '../navigation/navigate';
import { findScale } from '../scales/find-scale';
import { MedleadValidationError } from '../validation/errors';
import { hostileFramework, hostileSummary, hostileTitle } from './hostile-framework.test-helper';
import { moodleCsvHeader, toMoodleCsv } from './moodle-csv';

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
    expect(rows[2]?.[SHORTNAME]).toBe(hostileTitle);
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
