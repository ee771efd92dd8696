import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phpFputcsv, phpReadAll } from '../exports/moodle-php.test-helper';
import { MedleadValidationError } from '../validation/errors';
import { type CsvDialect, readCsvRows } from './csv-reader';

const php: CsvDialect = { separator: ',', phpEscapes: true, maxRows: 1000 };
const rfc: CsvDialect = { separator: ',', phpEscapes: false, maxRows: 1000 };
const cellsOf = (text: string, dialect: CsvDialect) =>
  readCsvRows('test', text, dialect).map((row) => row.cells);

describe('the PHP fgetcsv model (moodle-php.test-helper)', () => {
  // Behaviour read off php_fgetcsv in php-src ext/standard/file.c.
  it.each([
    ['a,"b""c",d\n', [['a', 'b"c', 'd']]],
    ['"a\\"b",c\n', [['a\\"b', 'c']]],
    ['"a\\\\"b",c\n', [['a\\\\b"', 'c']]],
    [' "x" ,y\n', [['x ', 'y']]],
    ['a,\n\nb\n', [['a', ''], [null], ['b']]],
    ['"two\nlines",x\n', [['two\nlines', 'x']]],
    ['"ends with \\",d\n', [['ends with \\",d\n']]],
  ])('reads %j as PHP does', (text, rows) => {
    expect(phpReadAll(text)).toEqual(rows);
  });

  it('writes as fputcsv does: a quote after a backslash is not doubled', () => {
    expect(phpFputcsv(['plain', 'a "q"', 'a\\"b', 'x y', true, false, null, 0])).toBe(
      'plain,"a ""q""","a\\"b","x y",1,,,0\n',
    );
  });
});

describe('readCsvRows, PHP dialect (Moodle)', () => {
  it('reads a backslash as fgetcsv does: the next character cannot end the cell', () => {
    expect(cellsOf('"a\\"b",c', php)).toEqual([['a\\"b', 'c']]);
    expect(cellsOf('"a\\\\",c', php)).toEqual([['a\\\\', 'c']]);
  });

  it('keeps text after a closing quote, and skips white space before an opening one', () => {
    expect(cellsOf('"a"b,c\n  "d",e', php)).toEqual([
      ['ab', 'c'],
      ['d', 'e'],
    ]);
  });

  it('counts rows as a spreadsheet does: a cell over two lines is one row, a blank line one', () => {
    const rows = readCsvRows('test', 'h1,h2\n"x\ny",z\n\nlast,row', php);
    expect(rows.map((row) => row.row)).toEqual([1, 2, 3, 4]);
    expect(rows[2]?.cells).toEqual(['']);
  });

  it('refuses a quoted cell that never closes, naming the row it starts on', () => {
    expect(() => readCsvRows('test', 'a,b\n"c,d\ne,f', php)).toThrow(/row 2: a quoted cell/);
  });

  it('refuses more rows than it may read', () => {
    expect(() => readCsvRows('test', 'a\nb\nc', { ...php, maxRows: 2 })).toThrow(
      MedleadValidationError,
    );
  });

  it('reads every file the way fgetcsv does (Moodle has made line ends "\\n" first)', () => {
    const alphabet = fc.constantFrom('a', 'é', ',', '"', '\\', '\n', ' ', '\t', '😀');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (characters) => {
        const text = characters.join('');
        let ours: (readonly string[])[];
        try {
          ours = cellsOf(text, php);
        } catch (error) {
          // Only a quote never closed is refused; PHP would take the rest of the file as a cell.
          expect(String(error)).toMatch(/never closed/);
          return;
        }
        // fgetcsv gives [null] for a blank line; ours gives [''] (the imports skip both).
        const theirs = phpReadAll(text).map((cells) => cells.map((cell) => cell ?? ''));
        expect(ours).toEqual(theirs);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('readCsvRows, RFC 4180 dialect (Canvas)', () => {
  it.each(['\r\n', '\n', '\r'])('reads what csv-parse reads, with %j line ends', (end) => {
    const text = ['a,"b ""q""",c', '"multi', 'line",,x', '"\\",,', 'last,"",z'].join(end);
    expect(cellsOf(text, rfc)).toEqual(parse(text, { relax_column_count: true }));
  });

  it('reads a semicolon-separated file', () => {
    expect(cellsOf('a;"b;c";3,0', { ...rfc, separator: ';' })).toEqual([['a', 'b;c', '3,0']]);
  });

  it.each([
    ['a,b"c', /row 1: a quote inside a cell/],
    ['"a"b,c', /row 1: text after a closing quote/],
    ['x\n"a,b', /row 2: a quoted cell is never closed/],
  ])('refuses %j as Ruby’s CSV does', (text, message) => {
    expect(() => readCsvRows('test', text, rfc)).toThrow(message);
  });
});
