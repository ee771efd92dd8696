// Import a Moodle competency framework CSV: the file Moodle's framework exporter writes (Site
// administration > Competencies > Export competency framework) and the one toMoodleCsv writes.
// Read as Moodle reads it (moodle/moodle lib/csvlib.class.php, csv_import_reader, and
// admin/tool/lpimportcsv/classes/framework_importer.php): columns by position, the framework
// row wherever it is, competencies linked by parent ID number in any order, and PHP's fgetcsv
// with its backslash escape. Short names and descriptions are HTML, as Moodle shows them.
import { moodleCsvHeader as columnNames, moodleTaxonomies } from '../exports/moodle-csv';
import { readIdPrefix, restoreFormulaCell } from '../exports/shared';
import type { Framework } from '../model/types';
import { type CsvRow, readCsvRows } from './csv-reader';
import { blockText, type HtmlElement, inlineText, parseHtml } from './html-text';
import {
  buildImportedFramework,
  type ImportedNodeDraft,
  type ImportOptions,
  readImportOptions,
} from './imported-framework';
import {
  FileProblems,
  frameworkIdentity,
  importedScale,
  linkRows,
  MAX_CSV_ROWS,
  markedCode,
  medleadNodeId,
  type RowNode,
  readFrameworkMark,
  readKey,
  requireCsvText,
  shown,
  withoutPrefix,
} from './lms-import';

const WHAT = 'Moodle import';

export interface MoodleImportOptions extends ImportOptions {
  /** The prefix toMoodleCsv's `idNumberPrefix` put before every ID number, to take off again. */
  readonly idNumberPrefix?: string;
}

// Moodle's columns, by position (framework_importer::read_mapping_data); messages name them as
// its English header does (moodleCsvHeader).
const PARENT = 0;
const ID_NUMBER = 1;
const SHORT_NAME = 2;
const DESCRIPTION = 3;
const FORMAT = 4;
const SCALE_VALUES = 5;
const IS_FRAMEWORK = 12;
const TAXONOMY = 13;

/**
 * A framework from a Moodle competency framework CSV: the file Moodle exports (with Windows line
 * endings, a byte-order mark, the framework row anywhere) or toMoodleCsv writes. The hierarchy
 * comes from the parent ID numbers, in the order of the file; titles from short names;
 * summaries from descriptions (as plain text); the scale from the framework's scale values;
 * node kinds from its taxonomy terms. A file medlead wrote keeps its ids, codes and scale: an ID
 * number that is a node id of the framework (`mlcf:1.1`, under a framework whose ID number is
 * `mlcf@2010`) stays the node's id, and the code and scale come from medlead's marks in the
 * descriptions. Any other ID number is the node's code (after `idNumberPrefix`), its id made
 * from it. The options name the framework (`id`, `edition`, `title`, `publisher`, `year`,
 * `sourceUrl`) where the file does not, or differently; a file not written by medlead names no
 * year, so `year` must be given.
 *
 * Throws `MedleadValidationError` naming the row and column for a malformed file (a quote never
 * closed, a missing header, a row of the wrong width, no framework row or two, an empty or
 * repeated ID number, an empty short name, a parent not in the file, a parent cycle, nesting
 * deeper than 32 levels, a scale of fewer than two values, a competency with a scale of its own,
 * an unknown taxonomy term, text Moodle itself would change), for a text that is not a CSV file
 * or over 10 million characters (or 20,000 rows), and for bad options. It returns a whole
 * framework or nothing.
 */
export function fromMoodleCsv(text: string, options: MoodleImportOptions = {}): Framework {
  const { shared, extra } = readImportOptions(WHAT, options, ['idNumberPrefix']);
  const prefix = readIdPrefix(WHAT, 'idNumberPrefix', extra.idNumberPrefix);
  const { body, firstRow } = asMoodleReadsIt(requireCsvText(WHAT, text));
  const rows = readCsvRows(WHAT, body, {
    separator: ',',
    phpEscapes: true,
    maxRows: MAX_CSV_ROWS,
  }).map((row) => ({ row: row.row + firstRow - 1, cells: row.cells }));

  const problems = new FileProblems(WHAT);
  const [header, ...data] = rows;
  if (header === undefined) return problems.fail(firstRow, undefined, 'the file is empty');
  checkHeader(problems, header);
  const width = header.cells.length;
  const read: { row: number; cells: string[] }[] = [];
  for (const { row, cells } of data) {
    if (cells.every((cell) => cell.trim() === '')) continue;
    if (cells.length !== width) {
      problems.add(row, undefined, `has ${cells.length} cells, but the header has ${width}`);
      continue;
    }
    cells.forEach((cell, column) => {
      const trouble = moodleWouldChange(cell);
      if (trouble !== undefined) {
        problems.add(row, columnNames[column] ?? `${column + 1}`, `${trouble}`);
      }
    });
    read.push({ row, cells: cells.map(restoreFormulaCell) });
  }
  problems.throwIfAny();

  const frameworkRows = read.filter(({ cells }) => isTruthy(cells[IS_FRAMEWORK] ?? ''));
  const [frameworkRow, secondFramework] = frameworkRows;
  if (frameworkRow === undefined) {
    return problems.fail(
      header.row,
      'Is framework',
      'is set in no row, but Moodle needs one framework row',
    );
  }
  if (secondFramework !== undefined) {
    problems.add(
      secondFramework.row,
      'Is framework',
      `is a second framework row (row ${frameworkRow.row} is the first); a file holds one framework`,
    );
  }
  const cellOf = (cells: readonly string[], column: number) => cells[column] ?? '';

  // The framework row: who the framework is, its scale and its taxonomy.
  const frameworkIdNumber = cellOf(frameworkRow.cells, ID_NUMBER);
  const key = readKey(withoutPrefix(frameworkIdNumber, prefix) ?? frameworkIdNumber);
  const frameworkDescription = description(frameworkRow.cells);
  const mark = readFrameworkMark(frameworkDescription);
  let title = shortName(frameworkRow.cells);
  if (title === '') problems.add(frameworkRow.row, 'Short name', 'is empty');
  if (key !== undefined && title.endsWith(` (${key.edition})`)) {
    title = title.slice(0, -` (${key.edition})`.length);
  }
  const scaleValues = splitScale(cellOf(frameworkRow.cells, SCALE_VALUES));
  if (scaleValues.length < 2 || scaleValues.includes('')) {
    problems.add(
      frameworkRow.row,
      'Scale values',
      `must list at least two values, separated by commas (it holds ${shown(cellOf(frameworkRow.cells, SCALE_VALUES))})`,
    );
  }
  const taxonomies = cellOf(frameworkRow.cells, TAXONOMY)
    .split(',')
    .map((term) => term.trim());
  for (const term of taxonomies) {
    if (term !== '' && !moodleTaxonomies.has(term)) {
      problems.add(
        frameworkRow.row,
        'Taxonomy',
        `${shown(term)} is not one of Moodle's taxonomy terms`,
      );
    }
  }
  problems.throwIfAny();
  const identity = frameworkIdentity(WHAT, shared, { ...(key ? { key } : {}), title, mark });

  // The competencies.
  const seen = new Map<string, number>();
  const nodes: RowNode[] = [];
  for (const { row, cells } of read) {
    if (isTruthy(cells[IS_FRAMEWORK] ?? '')) continue;
    const idNumber = cellOf(cells, ID_NUMBER);
    const unprefixed = withoutPrefix(idNumber, prefix);
    if (idNumber.trim() === '') {
      problems.add(row, 'ID number', 'is empty; Moodle skips a competency without one');
      continue;
    }
    if (unprefixed === undefined) {
      problems.add(
        row,
        'ID number',
        `does not start with ${shown(prefix)} (options.idNumberPrefix)`,
      );
    }
    const earlier = seen.get(idNumber);
    if (earlier !== undefined) {
      problems.add(row, 'ID number', `${shown(idNumber)} is also the ID number of row ${earlier}`);
    }
    seen.set(idNumber, row);
    const nodeTitle = shortName(cells);
    if (nodeTitle === '') problems.add(row, 'Short name', 'is empty');
    const ownScale = splitScale(cellOf(cells, SCALE_VALUES));
    if (ownScale.join(',') !== '' && ownScale.join(',') !== scaleValues.join(',')) {
      problems.add(
        row,
        'Scale values',
        "give the competency a scale of its own; medlead rates every competency on the framework's scale",
      );
    }
    const html = description(cells);
    const id = medleadNodeId(unprefixed ?? idNumber, key?.family, identity.id);
    const code = id === undefined ? (unprefixed ?? idNumber).trim() : markedCode(html);
    const summary = blockText(html);
    const parent = cellOf(cells, PARENT);
    nodes.push({
      key: idNumber,
      parentKey: parent === '' ? undefined : parent,
      row,
      node: {
        ...(id === undefined ? {} : { id }),
        ...(code === undefined ? {} : { code }),
        title: nodeTitle,
        ...(summary === '' ? {} : { description: summary }),
        children: [],
      },
    });
  }
  const top = linkRows(problems, nodes, 'Parent ID number', 'competency');
  problems.throwIfAny();

  // Kinds by level, from the taxonomy (Moodle's own default, "competency", where it names none).
  const kindAt = (level: number) => taxonomies[level - 1] || 'competency';
  const withKinds = (node: ImportedNodeDraft, level: number): ImportedNodeDraft => ({
    ...node,
    kind: kindAt(level),
    children: node.children.map((child) => withKinds(child, level + 1)),
  });
  const framework = blockText(frameworkDescription);
  return buildImportedFramework(WHAT, {
    ...identity,
    ...(framework === '' ? {} : { description: framework }),
    format: 'a Moodle competency framework CSV',
    ...(shared.sourceUrl === undefined ? {} : { sourceUrl: shared.sourceUrl }),
    ...(mark.assessedLevel === undefined ? {} : { assessedKind: kindAt(mark.assessedLevel) }),
    ...importedScale(scaleValues, undefined, mark, identity.id, identity.title),
    nodes: top.map((node) => withKinds(node, 1)),
  });
}

/**
 * The text as Moodle hands it to fgetcsv (csv_import_reader::load_csv_content): "\r\n" and "\r"
 * made "\n", and white space trimmed from both ends. `firstRow` is the spreadsheet row the
 * trimmed text starts on.
 */
function asMoodleReadsIt(text: string): { body: string; firstRow: number } {
  const normalised = text.replace(/\r\n?/g, '\n');
  // PHP's trim(): " \t\n\r\0\x0B" from both ends (by hand: a regex anchored at the end is slow).
  const blank = (index: number) => ' \t\n\r\0\v'.includes(normalised[index] ?? 'x');
  let start = 0;
  let end = normalised.length;
  while (start < end && blank(start)) start += 1;
  while (end > start && blank(end - 1)) end -= 1;
  const skippedLines = normalised.slice(0, start).split('\n').length - 1;
  return { body: normalised.slice(start, end), firstRow: 1 + skippedLines };
}

/** Refuses a first row that is not Moodle's header: too narrow, or a row of data. */
function checkHeader(problems: FileProblems, { row, cells }: CsvRow): void {
  if (cells.length < columnNames.length) {
    problems.fail(
      row,
      undefined,
      `has ${cells.length} columns, but a Moodle competency framework CSV has ${columnNames.length}`,
    );
  }
  if (isTruthy(cells[IS_FRAMEWORK] ?? '') && /^\d+$/.test(cells[FORMAT] ?? '')) {
    problems.fail(
      row,
      undefined,
      'is a framework row, but Moodle takes the first row as the header: the header is missing',
    );
  }
}

/** PHP's truthiness of a string, which the importer uses for "Is framework". */
function isTruthy(cell: string): boolean {
  return cell !== '' && cell !== '0';
}

/** Moodle's scale values, as `grade_scale::load_items()` splits and trims them. */
function splitScale(cell: string): string[] {
  return cell.trim() === '' ? [] : cell.split(',').map((value) => value.trim());
}

function shortName(cells: readonly string[]): string {
  return inlineText(parseHtml(cells[SHORT_NAME] ?? '')).trim();
}

/** The description as HTML, whatever its format (Moodle's FORMAT_MOODLE, HTML, PLAIN, MARKDOWN). */
function description(cells: readonly string[]): HtmlElement {
  const text = cells[DESCRIPTION] ?? '';
  const format = (cells[FORMAT] ?? '').trim();
  if (format === '2' || format === '4') {
    // Plain text (or Markdown, kept as written): a paragraph per line.
    const lines = text.split('\n').map((line) => ({
      name: 'p',
      attributes: new Map<string, string>(),
      children: [line],
    }));
    return { name: '', attributes: new Map(), children: lines };
  }
  // FORMAT_MOODLE (0) is HTML in which a line break is one.
  return parseHtml(format === '0' ? text.replace(/\n/g, '<br>') : text);
}

/**
 * Why Moodle would not keep a cell as fgetcsv read it, if so: it writes each row to a temporary
 * file with fputcsv and reads it back with fgetcsv (csv_import_reader::load_csv_content), and
 * the two disagree about a quote after an even run of backslashes and about a cell ending in an
 * odd run of them.
 */
function moodleWouldChange(cell: string): string | undefined {
  if (!cell.includes('\\')) return undefined;
  const trouble = /(?:^|[^\\])(?:\\\\)+"/.test(cell)
    ? 'has an even run of backslashes before a quote'
    : /(?:^|[^\\])\\(?:\\\\)*$/.test(cell)
      ? 'ends with a backslash'
      : undefined;
  return trouble && `${trouble}, which Moodle would read differently (write "\\" as &#92;)`;
}
