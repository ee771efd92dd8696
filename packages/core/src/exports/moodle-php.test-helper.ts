// A model of what Moodle does with a competency framework CSV, for tests only: PHP's fgetcsv and
// fputcsv with their default escape character "\" (a port of php_fgetcsv and php_fputcsv in
// php-src ext/standard/file.c, PHP 8), Moodle's csv_import_reader::load_csv_content and next()
// (lib/csvlib.class.php), the cleaning framework_importer applies before it stores a row
// (admin/tool/lpimportcsv/classes/framework_importer.php), and framework_exporter's CSV. The
// exports are judged against this model; the import's own reader (imports/csv-reader.ts) is a
// separate, simpler implementation that the tests hold to it.
import { decodeReferences } from '../imports/html-text';
import { moodleCsvHeader } from './moodle-csv';

const isSpace = (character: string | undefined) =>
  character !== undefined && ' \t\n\v\f\r'.includes(character);

/** php_fgetcsv_lookup_trailing_spaces: where a line's final "\r\n", "\n" or "\r" starts. */
function lineContentEnd(line: string): number {
  if (line.endsWith('\r\n')) return line.length - 2;
  if (line.endsWith('\n') || line.endsWith('\r')) return line.length - 1;
  return line.length;
}

/** A PHP stream over a string: php_stream_get_line gives a line with its "\n". */
class PhpStream {
  private position = 0;

  constructor(private readonly text: string) {}

  getLine(): string | null {
    if (this.position >= this.text.length) return null;
    const newline = this.text.indexOf('\n', this.position);
    const end = newline < 0 ? this.text.length : newline + 1;
    const line = this.text.slice(this.position, end);
    this.position = end;
    return line;
  }
}

/**
 * fgetcsv($stream, 0, ',', '"', '\\'): the next record, `[null]` for a blank line, or `false`
 * at the end of the stream. A port of php_fgetcsv, state machine and all (each character is
 * one unit; PHP's multibyte steps behave the same for the ASCII characters that matter).
 */
export function phpFgetcsv(stream: PhpStream): (string | null)[] | false {
  const first = stream.getLine();
  if (first === null) return false;
  let line = first;
  let limit = lineContentEnd(line);
  let lineEnd = line.slice(limit);
  let at = 0;
  let firstField = true;
  const fields: (string | null)[] = [];
  let step: number;
  do {
    let field = '';
    step = at < limit ? 1 : 0;
    if (step === 1) {
      let look = at;
      while (line[look] !== ',' && isSpace(line[look])) look++;
      if (line[look] === '"' && look < limit) at = look;
    }
    if (firstField && at === limit) return [null];
    firstField = false;
    if (step !== 0 && line[at] === '"') {
      let state = 0;
      at++;
      let hunk = at;
      for (;;) {
        step = at < limit ? 1 : 0;
        if (step === 0) {
          if (state === 2) {
            field += line.slice(hunk, at - 1);
            hunk = at;
            break;
          }
          if (state === 1) {
            field += line.slice(hunk, at);
            hunk = at;
          }
          if (hunk !== limit) {
            field += line.slice(hunk, at);
            hunk = at;
          }
          field += lineEnd; // the line end belongs to the field
          const next = stream.getLine();
          if (next === null) break; // never closed: the rest is the field
          line = next;
          at = 0;
          hunk = 0;
          limit = lineContentEnd(line);
          lineEnd = line.slice(limit);
          state = 0;
          continue;
        }
        if (state === 1) {
          at++;
          state = 0;
        } else if (state === 2) {
          if (line[at] !== '"') {
            field += line.slice(hunk, at - 1);
            hunk = at;
            break;
          }
          field += line.slice(hunk, at);
          at++;
          hunk = at;
          state = 0;
        } else {
          if (line[at] === '"') state = 2;
          else if (line[at] === '\\') state = 1;
          at++;
        }
      }
      // After the closing quote, everything up to the delimiter joins the field.
      for (;;) {
        step = at < limit ? 1 : 0;
        if (step === 0 || line[at] === ',') break;
        at++;
      }
      field += line.slice(hunk, at);
      at += step;
    } else {
      const hunk = at;
      for (;;) {
        step = at < limit ? 1 : 0;
        if (step === 0 || line[at] === ',') break;
        at++;
      }
      field = line.slice(hunk, at);
      field = field.slice(0, lineContentEnd(field));
      if (line[at] === ',') at++;
    }
    fields.push(field);
  } while (step > 0);
  return fields;
}

/** fputcsv($stream, $fields): one line, quoted where PHP quotes, escape "\" included. */
export function phpFputcsv(fields: readonly (string | boolean | number | null)[]): string {
  return `${fields
    .map((value) => {
      const field = value === true ? '1' : value === false || value === null ? '' : String(value);
      if (!/[,"\\\n\r\t ]/.test(field)) return field;
      let out = '"';
      let escaped = false;
      for (const character of field) {
        if (character === '\\') escaped = true;
        else if (!escaped && character === '"') out += '"';
        else escaped = false;
        out += character;
      }
      return `${out}"`;
    })
    .join(',')}\n`;
}

/** Every record fgetcsv reads from `text`. */
export function phpReadAll(text: string): (string | null)[][] {
  const stream = new PhpStream(text);
  const rows: (string | null)[][] = [];
  for (let row = phpFgetcsv(stream); row !== false; row = phpFgetcsv(stream)) rows.push(row);
  return rows;
}

/**
 * What framework_importer gets from csv_import_reader for a file: load_csv_content (BOM removed,
 * line ends made "\n", trimmed, read with fgetcsv, blank lines dropped, every row as wide as the
 * header, then stored with fputcsv) and next() (read back with fgetcsv). Throws Moodle's error
 * string where Moodle refuses the file.
 */
export function moodleReadsRows(content: string): { header: string[]; rows: string[][] } {
  const text = content
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/^[ \t\n\r\0\v]+|[ \t\n\r\0\v]+$/g, '');
  const columns = phpReadAll(text).filter((row) => !(row.length === 1 && row[0] === null));
  const [header] = columns;
  if (header === undefined) throw new Error('csvemptyfile');
  if (columns.some((row) => row.length !== header.length)) throw new Error('csvweirdcolumns');
  const stored = phpReadAll(columns.map((row) => phpFputcsv(row)).join(''));
  const [storedHeader = [], ...rows] = stored;
  const asText = (row: (string | null)[]) => row.map((cell) => cell ?? '');
  return { header: asText(storedHeader), rows: rows.map(asText) };
}

/** clean_param($text, PARAM_TEXT): NUL removed, then strip_tags (modelled for "<x…>" tags). */
export function paramText(text: string): string {
  return text.replace(/\0/g, '').replace(/<[^\s<>][^<>]*>?/g, '');
}

/** shorten_text($text, 100): a text of up to 100 characters is kept; longer is refused here. */
export function shortenTo100(text: string): string {
  if ([...text.replace(/<.*?>/g, '')].length <= 100) return text;
  throw new Error(`Moodle would shorten: ${text.slice(0, 40)}…`);
}

/** What Moodle shows for a short name (format_string): the HTML's text. */
export function moodleShows(stored: string): string {
  return decodeReferences(stored.replace(/<[^>]*>/g, ''));
}

/** One record as framework_importer stores it. */
export interface MoodleRecord {
  readonly isFramework: boolean;
  readonly parentIdNumber: string;
  readonly idNumber: string;
  readonly shortName: string;
  readonly description: string;
  readonly descriptionFormat: string;
  readonly scaleValues: string;
  readonly scaleConfiguration: string;
  readonly taxonomies: string;
}

/** framework_importer's constructor: each row's fields, cleaned as it cleans them. */
export function moodleStores(content: string): MoodleRecord[] {
  const { rows } = moodleReadsRows(content);
  return rows.map((row) => {
    const cell = (index: number) => row[index] ?? '';
    const isFramework = cell(12) !== '' && cell(12) !== '0';
    return {
      isFramework,
      parentIdNumber: paramText(cell(0)),
      idNumber: shortenTo100(paramText(cell(1))),
      shortName: shortenTo100(paramText(cell(2))),
      description: cell(3).replace(/\0/g, ''),
      descriptionFormat: cell(4),
      scaleValues: cell(5),
      scaleConfiguration: cell(6),
      taxonomies: cell(13),
    };
  });
}

/**
 * framework_exporter::export for what was stored: the header, the framework row, then the
 * competencies in the order they were created, each line written by fputcsv.
 */
export function moodleExports(records: readonly MoodleRecord[]): string {
  const framework = records.find((record) => record.isFramework);
  if (framework === undefined) throw new Error('no framework row');
  // The importer replaces the scale id in the configuration with the id of the scale it uses.
  const configuration = JSON.parse(framework.scaleConfiguration) as { scaleid?: unknown }[];
  if (configuration[0] !== undefined) configuration[0].scaleid = 7;
  const lines = [
    phpFputcsv(moodleCsvHeader),
    phpFputcsv([
      '',
      framework.idNumber,
      framework.shortName,
      framework.description,
      framework.descriptionFormat,
      framework.scaleValues
        .split(',')
        .map((value) => value.trim())
        .join(','),
      JSON.stringify(configuration),
      '',
      '',
      '',
      '',
      '',
      true,
      framework.taxonomies
        .split(',')
        .map((term) => term.trim() || 'competency')
        .join(','),
    ]),
  ];
  records
    .filter((record) => !record.isFramework)
    .forEach((record, index) => {
      lines.push(
        phpFputcsv([
          record.parentIdNumber,
          record.idNumber,
          record.shortName,
          record.description,
          record.descriptionFormat,
          '',
          '',
          null,
          0,
          'null',
          '',
          100 + index,
          false,
          '',
        ]),
      );
    });
  return lines.join('');
}

/** A framework row as a Moodle site exports it, with `changes` by column position. */
export function moodleFrameworkRow(changes: Record<number, string> = {}): string[] {
  return Object.assign(
    [
      '',
      'LEAD',
      'Local leadership',
      '<p>Our own leadership&nbsp;framework.</p>',
      '1',
      'Not yet competent,Competent',
      '[{"scaleid":"3"},{"id":2,"scaledefault":1,"proficient":1}]',
      '',
      '',
      '',
      '',
      '',
      '1',
      'domain,competency',
    ],
    changes,
  );
}

/** A competency row as a Moodle site exports it, with `changes` by column position. */
export function moodleCompetencyRow(
  parent: string,
  id: string,
  name: string,
  changes: Record<number, string> = {},
): string[] {
  const row = [parent, id, name, `<p>About ${name}</p>`, '1', '', '', '', '0', 'null', '', '7'];
  return Object.assign([...row, '', ''], changes);
}

/** A file as Moodle's exporter writes it: the header, then each row by PHP's fputcsv. */
export function moodleFile(
  rows: readonly (readonly string[])[],
  header: readonly string[] = moodleCsvHeader,
): string {
  return [header, ...rows].map((row) => phpFputcsv(row)).join('');
}
