// A small CSV reader for the imports, in the two dialects they meet. Written here rather than
// taken from a library: the libraries that fit core's size budget read RFC 4180 only, and a
// Moodle file must be read the way PHP's fgetcsv reads it (php-src ext/standard/file.c,
// php_fgetcsv), backslash escape and all.
//
// - `rfc4180` (Canvas, whose importer uses Ruby's CSV): a quoted cell ends at a quote that is not
//   doubled; a quote anywhere else, or text after a closing quote, is an error.
// - `php` (Moodle): as fgetcsv with escape "\": inside a quoted cell a backslash keeps the next
//   character from ending the cell (both stay in the text); a doubled quote is one quote; text
//   after a closing quote joins the cell; white space before an opening quote is dropped.
// Both count rows as a spreadsheet shows them: the header is row 1, a cell spanning lines is
// one row, and a blank line is a row (of one empty cell) that the imports skip.
import { fail } from '../validation/arguments';

export interface CsvRow {
  /** The row's number as a spreadsheet shows it (the header is 1). */
  readonly row: number;
  readonly cells: readonly string[];
}

export interface CsvDialect {
  readonly separator: ',' | ';';
  readonly phpEscapes: boolean;
  /** The most rows a file may have; more is refused. */
  readonly maxRows: number;
}

/**
 * The rows of `text`. Throws `MedleadValidationError` (named after `what`, at `text`) for a
 * quoted cell that never ends, a stray quote (RFC 4180 only), or more rows than `maxRows`.
 */
export function readCsvRows(what: string, text: string, dialect: CsvDialect): CsvRow[] {
  const { separator, phpEscapes, maxRows } = dialect;
  const rows: CsvRow[] = [];
  const length = text.length;
  let at = 0;
  let row = 0;
  const problem = (message: string): never => fail(what, ['text'], `row ${row}: ${message}`);
  const isLineEnd = (index: number) =>
    text[index] === '\n' || (!phpEscapes && text[index] === '\r');
  const skipLineEnd = () => {
    if (text[at] === '\r' && text[at + 1] === '\n') at += 2;
    else if (isLineEnd(at)) at += 1;
  };

  // Where the next quote and (for PHP) backslash are, found with indexOf and kept until passed,
  // so that a long quoted cell is not read a character at a time.
  let nextQuote = -1;
  let nextSlash = -1;
  const readQuoted = (): string => {
    let cell = '';
    let from = at;
    for (;;) {
      if (nextQuote < at) nextQuote = text.indexOf('"', at);
      if (phpEscapes && nextSlash < at && nextSlash !== length) {
        nextSlash = text.indexOf('\\', at);
        if (nextSlash < 0) nextSlash = length;
      }
      if (nextQuote < 0) return problem('a quoted cell is never closed (a " is missing)');
      if (phpEscapes && nextSlash < nextQuote) {
        at = nextSlash + 2; // the escaped character stays, and cannot end the cell
      } else if (text[nextQuote + 1] === '"') {
        cell += text.slice(from, nextQuote + 1);
        at = nextQuote + 2;
        from = at;
      } else {
        cell += text.slice(from, nextQuote);
        at = nextQuote + 1;
        break;
      }
    }
    const rest = at;
    while (at < length && text[at] !== separator && !isLineEnd(at)) at += 1;
    if (at > rest && !phpEscapes) {
      problem(`text after a closing quote ("${text.slice(rest, Math.min(at, rest + 20))}")`);
    }
    // fgetcsv keeps what follows the closing quote, up to the separator, as part of the cell.
    return cell + text.slice(rest, at);
  };

  const readUnquoted = (): string => {
    const from = at;
    while (at < length && text[at] !== separator && !isLineEnd(at)) {
      if (text[at] === '"' && !phpEscapes) {
        problem('a quote inside a cell that does not start with one (quote the whole cell)');
      }
      at += 1;
    }
    return text.slice(from, at);
  };

  while (at < length) {
    row += 1;
    if (row > maxRows) {
      fail(what, ['text'], `has more than ${maxRows} rows, more than medlead imports`);
    }
    const cells: string[] = [];
    for (;;) {
      // fgetcsv skips white space (on this line) before an opening quote.
      let start = at;
      if (phpEscapes) {
        while (start < length && /[ \t\v\f\r]/.test(text[start] ?? '') && text[start] !== separator)
          start += 1;
      }
      if (text[start] === '"') {
        at = start + 1;
        cells.push(readQuoted());
      } else {
        cells.push(readUnquoted());
      }
      if (text[at] !== separator) break;
      at += 1;
    }
    skipLineEnd();
    rows.push({ row, cells });
  }
  return rows;
}

/** True for a row with no text in any cell (a blank line), which the imports skip. */
export function isBlankRow(row: CsvRow): boolean {
  return row.cells.every((cell) => cell.trim() === '');
}
