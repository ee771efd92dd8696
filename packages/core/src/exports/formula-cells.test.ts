import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { frameworks } from '../frameworks/registry';
import { toCanvasOutcomesCsv } from './canvas-outcomes-csv';
import { formulaFramework, formulaTriggers } from './hostile-framework.test-helper';
import { toMoodleCsv } from './moodle-csv';
import { writeCsv } from './shared';

// Issue 12, point 7: a cell a spreadsheet would run as a formula is neutralised by default with a
// leading "'", plain numbers stay numbers, the CSV still reads back with the same columns (so
// Moodle's importer reads it), and `escapeFormulas: false` writes every cell exactly as it is.

function parseCsv(csv: string): string[][] {
  return parse(csv, { relax_column_count: false, relax_quotes: false, skip_empty_lines: false });
}

const plainNumber = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
const isTrigger = (cell: string) =>
  formulaTriggers.some((trigger) => cell.startsWith(trigger)) && !plainNumber.test(cell);

const exporters = [
  ['toMoodleCsv', toMoodleCsv],
  ['toCanvasOutcomesCsv', toCanvasOutcomesCsv],
] as const;

describe.each(exporters)('%s and formula-like cells', (_name, exporter) => {
  const escaped = parseCsv(exporter(formulaFramework));
  const plain = parseCsv(exporter(formulaFramework, { escapeFormulas: false }));
  const plainCells = plain.flat();

  it('has formula-like text to neutralise, starting with each trigger a framework can hold', () => {
    for (const trigger of ['=', '+', '-', '@']) {
      expect(
        plainCells.some((cell) => cell.startsWith(trigger) && isTrigger(cell)),
        trigger,
      ).toBe(true);
    }
  });

  it('prefixes every such cell with a single quote and leaves every other cell as it is', () => {
    expect(escaped).toHaveLength(plain.length);
    let neutralised = 0;
    plain.forEach((row, rowIndex) => {
      const escapedRow = escaped[rowIndex] ?? [];
      expect(escapedRow).toHaveLength(row.length);
      row.forEach((cell, column) => {
        if (isTrigger(cell)) neutralised++;
        expect(escapedRow[column]).toBe(isTrigger(cell) ? `'${cell}` : cell);
      });
    });
    expect(neutralised).toBeGreaterThan(3);
    for (const cell of escaped.flat()) expect(isTrigger(cell), cell).toBe(false);
  });

  it('reads back with the same number of columns in every row', () => {
    const width = escaped[0]?.length ?? 0;
    expect(width).toBeGreaterThan(0);
    for (const row of escaped) expect(row).toHaveLength(width);
  });

  it('writes the text exactly as it is with escapeFormulas: false', () => {
    expect(plainCells).toContain('=cmd|" /C calc"!A0');
    expect(plainCells.some((cell) => cell.startsWith("'"))).toBe(false);
  });

  it.each(frameworks.map((framework) => [framework.key, framework] as const))(
    'changes nothing in %s, which has no formula-like cell',
    (_key, framework) => {
      expect(exporter(framework)).toBe(exporter(framework, { escapeFormulas: false }));
    },
  );
});

describe('toCanvasOutcomesCsv and numbers', () => {
  it('keeps plain numbers, negative ones included, as numbers (rating points, codes)', () => {
    const cells = parseCsv(toCanvasOutcomesCsv(formulaFramework)).flat();
    for (const number of ['-1', '-0.5']) expect(cells).toContain(number);
  });
});

describe('writeCsv and formula-like cells', () => {
  const cells = [
    '=1+1',
    '+1 more',
    '-minus',
    '@SUM(A1)',
    '\tTab first',
    '\rCarriage return first',
    '-1\n=1+1',
    '-1',
    '-0.5',
    '+3',
    '1e-7',
    '-2e+21',
    'plain',
    ' =spaced',
    '',
  ];
  const expected = [
    "'=1+1",
    "'+1 more",
    "'-minus",
    "'@SUM(A1)",
    "'\tTab first",
    "'\rCarriage return first",
    "'-1\n=1+1",
    '-1',
    '-0.5',
    '+3',
    '1e-7',
    '-2e+21',
    'plain',
    ' =spaced',
    '',
  ];

  it('neutralises cells starting with =, +, -, @, tab or carriage return, not plain numbers', () => {
    const [row] = parseCsv(writeCsv([cells, cells.map(() => 'x')], true));
    expect(row).toEqual(expected);
  });

  it('leaves every cell as it is when asked not to', () => {
    const [row] = parseCsv(writeCsv([cells, cells.map(() => 'x')], false));
    expect(row).toEqual(cells);
  });
});
