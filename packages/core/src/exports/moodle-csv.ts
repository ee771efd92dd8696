// Export a framework as the CSV that Moodle's competency framework import reads
// (Site administration > Competencies > Import competency framework; plugin tool_lpimportcsv).
// Format from moodle/moodle admin/tool/lpimportcsv/classes/framework_importer.php and
// framework_exporter.php, the header strings from its lang/en/tool_lpimportcsv.php, and the
// scale configuration JSON from admin/tool/lp/amd/src/scaleconfig.js and
// competency/classes/competency_framework.php.
import type { Framework, RatingScale } from '../model/types';
import { walk } from '../navigation/navigate';
import { fail, readOptions } from '../validation/arguments';
import { requireFramework } from '../validation/require';
import {
  frameworkDisplayName,
  frameworkNoteLines,
  htmlParagraphs,
  nodeNoteLines,
  proficiencyThreshold,
  readEscapeFormulas,
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
   * importer then keeps the `'` as part of the text. `false` writes every cell exactly as it is.
   */
  readonly escapeFormulas?: boolean;
}

// Moodle's FORMAT_HTML: descriptions are written as escaped HTML paragraphs.
const FORMAT_HTML = '1';

/** The taxonomy terms Moodle accepts (`competency_framework::get_taxonomies_list()`). */
const moodleTaxonomies: ReadonlySet<string> = new Set([
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
 * the framework's is its key (`mlcf@2010`), which must be unused on the Moodle site.
 * Cells that would run as spreadsheet formulas are neutralised unless `escapeFormulas: false`.
 * Throws `MedleadValidationError` for anything that is not a valid framework (at `framework`), an
 * unknown option, an unknown scale, a `proficientFrom` that is not a point, an `escapeFormulas`
 * that is not a boolean, or a scale label with a comma (Moodle separates scale items with commas).
 */
export function toMoodleCsv(framework: Framework, options: MoodleCsvOptions = {}): string {
  const checked = requireFramework(WHAT, ['framework'], framework);
  const given = readOptions(WHAT, ['options'], options, [
    'scale',
    'proficientFrom',
    'escapeFormulas',
  ]);
  const scale = resolveScale(WHAT, checked, given.scale);
  const proficientFrom = proficiencyThreshold(WHAT, scale, 'proficientFrom', given.proficientFrom);
  const escapeFormulas = readEscapeFormulas(WHAT, given.escapeFormulas);
  const entries = walk(checked);

  const frameworkRow = [
    '',
    checked.key,
    frameworkDisplayName(checked),
    htmlParagraphs(frameworkNoteLines(checked)),
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
    parent?.id ?? '',
    node.id,
    node.title,
    htmlParagraphs(nodeNoteLines(node)),
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

/** Moodle's `grade_scale::compact_items()`: the labels, lowest first, joined by commas. */
function moodleScaleValues(scale: RatingScale): string {
  const withComma = scale.points.findIndex((point) => point.label.includes(','));
  if (withComma >= 0) {
    fail(
      WHAT,
      ['options', 'scale'],
      `"${scale.id}" has a label with a comma ("${scale.points[withComma]?.label}"), but Moodle ` +
        'separates scale items with commas, so it cannot be exported; choose another scale',
    );
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
