// Export a framework as the CSV that Moodle's competency framework import reads
// (Site administration > Competencies > Import competency framework; plugin tool_lpimportcsv).
// Format from moodle/moodle admin/tool/lpimportcsv/classes/framework_importer.php and
// framework_exporter.php, the header strings from its lang/en/tool_lpimportcsv.php, and the
// scale configuration JSON from admin/tool/lp/amd/src/scaleconfig.js and
// competency/classes/competency_framework.php.
//
// How Moodle reads the file decides how text is written (moodle/moodle lib/csvlib.class.php,
// csv_import_reader::load_csv_content, and framework_importer's constructor):
// 1. The BOM is removed, "\r\n" and "\r" become "\n", and the whole text is trimmed.
// 2. PHP's fgetcsv reads it with its default escape character "\": inside a quoted cell, a "\"
//    stops the next character from ending the cell (both stay in the text). So `"a\""` is not
//    a cell `a\"` but an open one, and a title with `\"` broke the whole file (issue 14).
// 3. The rows are then written to a temporary file with fputcsv and read back with fgetcsv, both
//    with escape "\". fputcsv does not double a quote that follows any backslash, fgetcsv pairs
//    backslashes up, so the two disagree about `\\"` and about a cell ending in "\": no way of
//    quoting a raw backslash survives every text (a title ending in "\" cannot, at all).
// 4. Short names go through clean_param(PARAM_TEXT), which is strip_tags ("<b>" vanishes, "a<b"
//    loses all after the "<"), and shorten_text(…, 100), which keeps a text of up to 100
//    characters as it is; descriptions are stored as given (PARAM_RAW).
// 5. Moodle shows a short name with format_string and a description with format_text: both as
//    HTML, in which a character reference shows as its character.
// So short names and descriptions are written as HTML text: `&`, `<`, `>`, "\", carriage
// return, NUL and unpaired surrogates become character references (`&lt;b&gt;` shows as "<b>",
// `&#92;` as "\"), and quotes too in descriptions. No cell then holds a backslash, a carriage
// return or a tag, so every step above keeps it exactly: Moodle stores, shows and exports what
// was written, and fromMoodleCsv decodes it. Scale values are plain text that Moodle matches
// against its scales, so a label it cannot keep is refused instead. ID numbers are medlead ids,
// which hold none of these characters (idNumberPrefix is checked to hold none either).
import type { Framework, RatingScale } from '../model/types';
import { walk } from '../navigation/navigate';
import { fail, readOptions } from '../validation/arguments';
import { requireFramework } from '../validation/require';
import { codeMark, frameworkMark } from './marks';
import {
  checkIdLength,
  frameworkDisplayName,
  frameworkNoteLines,
  htmlParagraphs,
  nodeNoteLines,
  proficiencyThreshold,
  readEscapeFormulas,
  readIdPrefix,
  resolveScale,
  writeCsv,
} from './shared';

const WHAT = 'Moodle export';

/**
 * The header row Moodle writes (`framework_importer::list_required_headers()`, English strings).
 * Moodle reads the columns by position, not by these names, so their order is what matters.
 */
export const moodleCsvHeader: readonly string[] = Object.freeze([
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
]);

export interface MoodleCsvOptions {
  /** The scale to rate on (a scale id); defaults to the framework's default scale. */
  readonly scale?: string;
  /**
   * The lowest scale value that counts as proficient; it is also Moodle's default rating.
   * Must be one of the scale's points; defaults to the middle point.
   */
  readonly proficientFrom?: number;
  /**
   * Neutralise cells a spreadsheet would run as a formula (default `true`): a cell starting with
   * `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so Excel, LibreOffice and
   * Google Sheets show it as text; a plain number such as `-1` is left as it is. Moodle's
   * importer then keeps the `'` as part of the text (fromMoodleCsv removes it again). `false`
   * writes every cell exactly as it is.
   */
  readonly escapeFormulas?: boolean;
  /**
   * Put before every ID number (the framework's, each competency's and each parent's), e.g.
   * `v2-` or `north-`, so that a second copy or version can be imported beside the first: Moodle
   * refuses a framework whose ID number is already in use on the site. Up to 40 letters, digits,
   * `.`, `:` and `-`, starting with a letter or digit; every ID number must stay within
   * Moodle's 100 characters. fromMoodleCsv takes the same option to remove it again.
   */
  readonly idNumberPrefix?: string;
}

/** Moodle's ID numbers and short names hold 100 characters (framework_importer shortens both). */
const MOODLE_TEXT_LIMIT = 100;

/**
 * Text as Moodle should store it to show it unchanged (see the top of this file): HTML text
 * with every character Moodle's reading could change written as a character reference, and
 * quotes too when `quotes` (descriptions and attribute values).
 */
export function moodleText(text: string, quotes: boolean): string {
  const special = quotes
    ? /[&<>"'\\\r\0]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
    : /[&<>\\\r\0]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
  return text.replace(special, (character) => {
    const named = namedReferences[character];
    return named ?? `&#${character.charCodeAt(0)};`;
  });
}

const namedReferences: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

const moodleHtml = (text: string) => moodleText(text, true);

// Moodle's FORMAT_HTML: descriptions are written as escaped HTML paragraphs.
const FORMAT_HTML = '1';

/** The taxonomy terms Moodle accepts (`competency_framework::get_taxonomies_list()`). */
export const moodleTaxonomies: ReadonlySet<string> = new Set([
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
]);

/**
 * The framework as a Moodle competency framework CSV: the header, the framework row (with the
 * scale and one taxonomy term per level), then every node of the hierarchy, parents first.
 * A competency's ID number is its medlead node id (`mlcf:1.1`), which Moodle keeps as it is;
 * the framework's is its key (`mlcf@2010`), which must be unused on the Moodle site (give an
 * `idNumberPrefix` to import a second copy). Short names and descriptions are written as HTML
 * so that any text, backslashes and angle brackets included, comes back out of Moodle as it
 * went in; descriptions carry medlead's marks (a node's code, the scale) for fromMoodleCsv.
 * Cells that would run as spreadsheet formulas are neutralised unless `escapeFormulas: false`.
 * Throws `MedleadValidationError` for anything that is not a valid framework (at `framework`), an
 * unknown option, an unknown scale, a `proficientFrom` that is not a point, an `escapeFormulas`
 * that is not a boolean, a bad `idNumberPrefix`, a title or ID number longer than Moodle's 100
 * characters, or a scale label Moodle cannot keep (with a comma, which separates Moodle's scale
 * items, a backslash, a carriage return or NUL).
 */
export function toMoodleCsv(framework: Framework, options: MoodleCsvOptions = {}): string {
  const checked = requireFramework(WHAT, ['framework'], framework);
  const given = readOptions(WHAT, ['options'], options, [
    'scale',
    'proficientFrom',
    'escapeFormulas',
    'idNumberPrefix',
  ]);
  const scale = resolveScale(WHAT, checked, given.scale);
  const proficientFrom = proficiencyThreshold(WHAT, scale, 'proficientFrom', given.proficientFrom);
  const escapeFormulas = readEscapeFormulas(WHAT, given.escapeFormulas);
  const prefix = readIdPrefix(WHAT, 'idNumberPrefix', given.idNumberPrefix);
  const entries = walk(checked);
  checkIdLength(
    WHAT,
    'idNumberPrefix',
    prefix,
    [checked.key, ...entries.map((entry) => entry.node.id)],
    MOODLE_TEXT_LIMIT,
    'Moodle',
  );
  const assessedLevel = entries.find((entry) => entry.node.kind === checked.assessedKind);

  const frameworkRow = [
    '',
    prefix + checked.key,
    shortName(frameworkDisplayName(checked), `the framework's title`),
    frameworkMark(checked, scale, moodleHtml, (assessedLevel?.depth ?? 0) + 1) +
      htmlParagraphs(frameworkNoteLines(checked), moodleHtml),
    FORMAT_HTML,
    moodleScaleValues(scale),
    moodleScaleConfiguration(scale, proficientFrom),
    '',
    '',
    '',
    '',
    '',
    '1',
    taxonomiesByLevel(checked).join(','),
  ];
  // Competencies use the framework's scale, so their scale columns stay empty; the rule columns
  // hold what Moodle's exporter writes for a competency without a rule.
  const competencyRows = entries.map(({ node, parent }, index) => [
    parent === null ? '' : prefix + parent.id,
    prefix + node.id,
    shortName(node.title, `the title of "${node.id}"`),
    codeMark(node.code, moodleHtml) + htmlParagraphs(nodeNoteLines(node), moodleHtml),
    FORMAT_HTML,
    '',
    '',
    '',
    '0',
    'null',
    '',
    String(index + 1),
    '',
    '',
  ]);
  return writeCsv([moodleCsvHeader, frameworkRow, ...competencyRows], escapeFormulas);
}

/** A short name as Moodle stores it, refused when Moodle would cut it to 100 characters. */
function shortName(text: string, what: string): string {
  const stored = moodleText(text, false);
  if (stored.length > MOODLE_TEXT_LIMIT) {
    fail(
      WHAT,
      ['framework'],
      `${what} is ${stored.length} characters as Moodle stores it (as HTML), but Moodle keeps ${MOODLE_TEXT_LIMIT} of a short name and would cut it; shorten it`,
    );
  }
  return stored;
}

/** Characters a Moodle scale label cannot hold, with the reason. */
const scaleLabelTrouble: readonly (readonly [string, string])[] = [
  [',', 'a comma, but Moodle separates scale items with commas'],
  ['\\', "a backslash, which Moodle's CSV reader takes as an escape"],
  ['\r', 'a carriage return, which Moodle turns into a line break'],
  ['\0', 'a NUL character, which Moodle removes'],
];

/** Moodle's `grade_scale::compact_items()`: the labels, lowest first, joined by commas. */
function moodleScaleValues(scale: RatingScale): string {
  for (const point of scale.points) {
    const trouble = scaleLabelTrouble.find(([character]) => point.label.includes(character));
    if (trouble !== undefined) {
      fail(
        WHAT,
        ['options', 'scale'],
        `"${scale.id}" has a label (${JSON.stringify(point.label.slice(0, 60))}) with ${trouble[1]}, so it cannot be exported; choose another scale`,
      );
    }
  }
  return scale.points.map((point) => point.label).join(',');
}

/**
 * Moodle's scale configuration: `[{"scaleid": …}, {"id": item, "scaledefault": 0|1,
 * "proficient": 0|1}, …]`, items numbered from 1 and listed only when a flag is set (as Moodle's
 * own dialogue writes it). The importer replaces the scale id with that of the scale it finds
 * or creates for the scale values, so "0" here is a placeholder.
 */
function moodleScaleConfiguration(scale: RatingScale, proficientFrom: number): string {
  const items = scale.points.flatMap((point, index) =>
    point.value >= proficientFrom
      ? [
          {
            id: index + 1,
            scaledefault: point.value === proficientFrom ? 1 : 0,
            proficient: 1,
          },
        ]
      : [],
  );
  return JSON.stringify([{ scaleid: '0' }, ...items]);
}

/** One Moodle taxonomy term per level of the hierarchy, from the kind of node at that level. */
function taxonomiesByLevel(framework: Framework): string[] {
  const kindsByDepth: Set<string>[] = [];
  for (const { node, depth } of walk(framework)) {
    const kinds = kindsByDepth[depth] ?? new Set<string>();
    kinds.add(node.kind);
    kindsByDepth[depth] = kinds;
  }
  return Array.from(kindsByDepth, (kinds) => {
    const [only] = kinds;
    return kinds.size === 1 && only !== undefined && moodleTaxonomies.has(only)
      ? only
      : 'competency';
  });
}
