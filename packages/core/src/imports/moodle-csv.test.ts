import { describe, expect, it } from 'vitest';
import { hostileTextFramework, hostileTexts } from '../exports/hostile-framework.test-helper';
import { toMoodleCsv } from '../exports/moodle-csv';
import {
  moodleCompetencyRow,
  moodleExports,
  moodleFile,
  moodleFrameworkRow,
  moodleStores,
} from '../exports/moodle-php.test-helper';
import { hlm2013 } from '../frameworks/hlm';
import { mlcf2010 } from '../frameworks/mlcf';
import { frameworks } from '../frameworks/registry';
import { walk } from '../navigation/navigate';
import { hlmRating } from '../scoring/fixtures';
import { scoreAssessment } from '../scoring/index';
import { fromMoodleCsv } from './moodle-csv';
import { refusals, shapeOf } from './round-trip.test-helper';

const frameworkRow = moodleFrameworkRow;
const competency = moodleCompetencyRow;

describe.each(frameworks.map((framework) => [framework.key, framework] as const))(
  'fromMoodleCsv(toMoodleCsv(%s))',
  (_key, framework) => {
    it('keeps ids, codes, titles, order, hierarchy, the rated nodes and the scale', () => {
      const imported = fromMoodleCsv(toMoodleCsv(framework));
      expect(shapeOf(imported)).toEqual(shapeOf(framework));
      expect(imported.key).toBe(framework.key);
      expect(imported.title).toBe(framework.title);
      expect(imported.year).toBe(framework.year);
      expect(imported.publisher).toBe(framework.publisher);
    });

    it('keeps them through Moodle: imported there, exported by Moodle, with CRLF and a BOM', () => {
      const fromMoodle = moodleExports(moodleStores(toMoodleCsv(framework)));
      const windows = `\uFEFF${fromMoodle.replace(/\n/g, '\r\n')}`;
      expect(shapeOf(fromMoodleCsv(windows))).toEqual(shapeOf(framework));
    });

    it('keeps them with an ID number prefix, taken off again', () => {
      const csv = toMoodleCsv(framework, { idNumberPrefix: 'v2-' });
      expect(shapeOf(fromMoodleCsv(csv, { idNumberPrefix: 'v2-' }))).toEqual(shapeOf(framework));
    });
  },
);

describe('fromMoodleCsv and medlead’s exports', () => {
  it('gives a framework scoring accepts, on the same scale', () => {
    const imported = fromMoodleCsv(toMoodleCsv(hlm2013));
    const { importanceScale: _left, ...rating } = hlmRating('me', 'self', {
      'leading-with-care': 3,
    });
    expect(scoreAssessment(imported, rating).scale).toBe('hlm:self-assessment');
  });

  it('says where the framework came from, and whose text it is', () => {
    const imported = fromMoodleCsv(toMoodleCsv(mlcf2010), {
      sourceUrl: 'https://moodle.example.org/admin/tool/lp',
    });
    expect(imported.sources[0]?.title).toContain('imported from a Moodle competency framework CSV');
    expect(imported.sources[0]?.url).toBe('https://moodle.example.org/admin/tool/lp');
    expect(imported.summary.provenance).toBe('published');
  });

  it('without the prefix option, reads the prefixed file as a framework of its own', () => {
    const imported = fromMoodleCsv(toMoodleCsv(mlcf2010, { idNumberPrefix: 'v2-' }));
    expect(imported.key).toBe('v2-mlcf@2010');
    expect(walk(imported)[0]?.node.id).toBe('v2-mlcf:1');
  });

  it('takes the options over the file, moving node ids into the family asked for', () => {
    const imported = fromMoodleCsv(toMoodleCsv(mlcf2010), {
      id: 'north',
      edition: '2024a',
      title: 'North deanery framework',
      publisher: 'North Deanery',
      year: 2024,
    });
    expect(imported.key).toBe('north@2024a');
    expect(imported.title).toBe('North deanery framework');
    expect(imported.publisher).toBe('North Deanery');
    expect(imported.year).toBe(2024);
    expect(walk(imported).map((entry) => entry.node.id)).toEqual(
      walk(mlcf2010).map((entry) => entry.node.id.replace('mlcf:', 'north:')),
    );
  });

  it('gives back every hostile text as title and code', () => {
    const imported = fromMoodleCsv(toMoodleCsv(hostileTextFramework));
    expect(walk(imported).map((entry) => entry.node.title)).toEqual(hostileTexts);
    expect(walk(imported).map((entry) => entry.node.code)).toEqual(hostileTexts);
    expect(imported.title).toBe('Hostile \\ texts <b>');
  });

  it('gives back every hostile text after Moodle has stored and exported it', () => {
    // Moodle keeps the "'" that neutralises "=1+1"; the import takes it off again.
    const fromMoodle = moodleExports(moodleStores(toMoodleCsv(hostileTextFramework)));
    expect(walk(fromMoodleCsv(fromMoodle)).map((entry) => entry.node.title)).toEqual(hostileTexts);
  });
});

describe('fromMoodleCsv and a framework made in Moodle', () => {
  const file = moodleFile([
    competency('LEAD-1', 'LEAD-1.2', 'Team work'),
    frameworkRow(),
    competency('', 'LEAD-1', 'Working with others'),
    competency('LEAD-1', 'LEAD-1.1', 'Listening', {
      3: 'Hears others out.\nAsks &amp; checks.',
      4: '0',
    }),
    competency('', 'LEAD-2', 'Improving services', { 3: 'Plain <text>', 4: '2' }),
  ]);

  it('needs the year, which Moodle does not record', () => {
    expect(() => fromMoodleCsv(file)).toThrow(/options\.year: the file does not say/);
  });

  const imported = fromMoodleCsv(file, { year: 2024 });

  it('builds the hierarchy from parent ID numbers, children in the order of the file', () => {
    expect(walk(imported).map((entry) => [entry.node.title, entry.depth])).toEqual([
      ['Working with others', 0],
      ['Team work', 1],
      ['Listening', 1],
      ['Improving services', 0],
    ]);
  });

  it('names the framework and its nodes from the file', () => {
    expect(imported.key).toBe('local-leadership@2024');
    expect(imported.publisher).toBe('the importing organisation');
    expect(imported.summary.text).toBe('Our own leadership\u00a0framework.');
    expect(walk(imported).map((entry) => [entry.node.id, entry.node.code])).toEqual([
      ['local-leadership:lead-1', 'LEAD-1'],
      ['local-leadership:lead-1.2', 'LEAD-1.2'],
      ['local-leadership:lead-1.1', 'LEAD-1.1'],
      ['local-leadership:lead-2', 'LEAD-2'],
    ]);
  });

  it('reads descriptions in each of Moodle’s formats as plain text', () => {
    const [, , listening, improving] = walk(imported).map((entry) => entry.node.summary.text);
    expect(listening).toBe('Hears others out.\nAsks & checks.');
    expect(improving).toBe('Plain <text>');
  });

  it('takes kinds from the taxonomy, the scale from the scale values', () => {
    expect(walk(imported).map((entry) => entry.node.kind)).toEqual([
      'domain',
      'competency',
      'competency',
      'domain',
    ]);
    expect(imported.assessedKind).toBe('competency');
    expect(imported.scales[0]?.points).toEqual([
      { value: 1, label: 'Not yet competent' },
      { value: 2, label: 'Competent' },
    ]);
  });

  it('takes a prefix off the codes', () => {
    const codes = walk(fromMoodleCsv(file, { year: 2024, idNumberPrefix: 'LEAD-' })).map(
      (entry) => entry.node.code,
    );
    expect(codes).toEqual(['1', '1.2', '1.1', '2']);
  });

  it('rates on a generic scale the file’s scale is', () => {
    const generic = moodleFile([
      frameworkRow({ 5: 'Never,Rarely,Sometimes,Often,Always' }),
      competency('', 'A', 'A'),
    ]);
    expect(fromMoodleCsv(generic, { year: 2024 }).defaultScale).toBe('frequency-5');
  });
});

describe('fromMoodleCsv and a malformed file', () => {
  const valid = [frameworkRow(), competency('', 'A', 'First'), competency('A', 'B', 'Second')];
  const withRows = (...rows: (readonly string[])[]) => moodleFile(rows);
  const refusal = (text: unknown, options?: object) =>
    refusals(() => fromMoodleCsv(text as string, { year: 2024, ...options }));

  it.each([
    [
      'a quote never closed',
      `${withRows(...valid)}"C,never closed\n`,
      'text: row 5: a quoted cell is never closed',
    ],
    [
      'a row of the wrong width',
      withRows(...valid, ['', 'C', 'Third']),
      'text: row 5: has 3 cells, but the header has 14',
    ],
    ['no header', moodleFile(valid.slice(1), frameworkRow()), 'text: row 1: is a framework row'],
    ['a header too narrow', moodleFile(valid, ['a', 'b', 'c']), 'text: row 1: has 3 columns'],
    ['an empty file', '', 'text: row 1: the file is empty'],
    [
      'no framework row',
      withRows(competency('', 'A', 'First')),
      'text: row 1, column "Is framework": is set in no row',
    ],
    [
      'two framework rows',
      withRows(...valid, frameworkRow()),
      'text: row 5, column "Is framework": is a second framework row (row 2 is the first)',
    ],
    [
      'a repeated ID number',
      withRows(...valid, competency('', 'A', 'Again')),
      'text: row 5, column "ID number": "A" is also the ID number of row 3',
    ],
    [
      'an empty ID number',
      withRows(...valid, competency('', ' ', 'No number')),
      'text: row 5, column "ID number": is empty',
    ],
    [
      'a parent not in the file',
      withRows(...valid, competency('NOPE', 'C', 'Orphan')),
      'text: row 5, column "Parent ID number": "NOPE" names no competency in the file',
    ],
    [
      'a parent cycle',
      withRows(...valid, competency('D', 'C', 'One'), competency('C', 'D', 'Two')),
      'text: row 5, column "Parent ID number": "D" leads round a cycle of parents',
    ],
    [
      'an empty short name',
      withRows(...valid, competency('', 'C', '<b></b> ')),
      'text: row 5, column "Short name": is empty',
    ],
    [
      'a scale of one value',
      withRows(frameworkRow({ 5: 'Only' }), ...valid.slice(1)),
      'text: row 2, column "Scale values": must list at least two values',
    ],
    [
      'a competency with a scale of its own',
      withRows(...valid, competency('', 'C', 'Own', { 5: 'Yes,No' })),
      'text: row 5, column "Scale values": give the competency a scale of its own',
    ],
    [
      'an unknown taxonomy term',
      withRows(frameworkRow({ 13: 'domain,Element' }), ...valid.slice(1)),
      'text: row 2, column "Taxonomy": "Element" is not one of Moodle\'s taxonomy terms',
    ],
    [
      'text Moodle itself would change',
      `${withRows(...valid)},C,Ends with \\,,1,,,,0,null,,,,\n`,
      'text: row 5, column "Short name": ends with a backslash',
    ],
    [
      'a file that is not text',
      'PK\u0003\u0004binary',
      'text: is a zipped file (an Excel workbook?), not CSV text',
    ],
    [
      'NUL characters',
      `${withRows(...valid)}\u0000`,
      'text: is not text (it holds NUL characters)',
    ],
    ['a number', 42, "text: must be the CSV file's text (a string), not the number 42"],
  ])('refuses %s, naming the row and column', (_name, text, problem) => {
    expect(refusal(text)[0]).toContain(problem);
  });

  it('refuses an ID number without the prefix it is told of', () => {
    expect(refusal(withRows(...valid), { idNumberPrefix: 'X-' })[0]).toContain(
      'text: row 3, column "ID number": does not start with "X-" (options.idNumberPrefix)',
    );
  });

  it('refuses nesting deeper than any framework’s', () => {
    const chain = Array.from({ length: 40 }, (_, index) =>
      competency(index === 0 ? '' : `N${index - 1}`, `N${index}`, `Level ${index}`),
    );
    expect(refusal(withRows(frameworkRow(), ...chain))[0]).toContain(
      'text: row 35, column "Parent ID number": nests the row 33 levels deep',
    );
  });

  it('refuses a file over 10 million characters, and one of more than 20,000 rows', () => {
    expect(refusal('x'.repeat(10_000_001))[0]).toContain('medlead imports CSV files of up to');
    expect(refusal(withRows(...valid) + ',x\n'.repeat(20_000))[0]).toContain(
      'has more than 20000 rows',
    );
  });

  it('lists every problem in the rows at once, and builds no framework', () => {
    const problems = refusal(
      withRows(...valid, competency('', 'A', ''), competency('NOPE', 'C', 'Orphan')),
    );
    expect(problems).toEqual([
      'text: row 5, column "ID number": "A" is also the ID number of row 3',
      'text: row 5, column "Short name": is empty',
      'text: row 6, column "Parent ID number": "NOPE" names no competency in the file',
    ]);
  });
});
