// Export a framework as a Canvas LMS outcomes import CSV (Outcomes > Import, or the Outcome
// Imports API with import_type "instructure_csv").
// Format from Instructure's "Outcomes CSV Format" (instructure/canvas-lms doc/api/outcomes_csv.md)
// and the importer itself: canvas-lms lib/outcomes/csv_importer.rb and lib/outcomes/import.rb.
import type { Framework, FrameworkNode } from '../model/types';
import { walk } from '../navigation/navigate';
import { fail, readOptions, requireFiniteNumber } from '../validation/arguments';
import { requireFramework } from '../validation/require';
import { codeMark, frameworkMark, partMark, partsMark } from './marks';
import {
  checkIdLength,
  escapeHtml,
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

const WHAT = 'Canvas export';

/** The named columns, in order; `ratings` and the unnamed columns after it hold the tiers. */
export const canvasOutcomesCsvColumns: readonly string[] = Object.freeze([
  'vendor_guid',
  'object_type',
  'title',
  'description',
  'display_name',
  'calculation_method',
  'calculation_int',
  'workflow_state',
  'parent_guids',
  'mastery_points',
  'ratings',
]);

export interface CanvasOutcomesCsvOptions {
  /** The scale whose points become each outcome's rating tiers; defaults to the default scale. */
  readonly scale?: string;
  /** Points needed for mastery; defaults to the middle point of the scale. */
  readonly masteryPoints?: number;
  /**
   * Neutralise cells a spreadsheet would run as a formula (default `true`): a cell starting with
   * `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so Excel, LibreOffice and
   * Google Sheets show it as text; a plain number such as `-1` is left as it is. `false` writes
   * every cell exactly as it is.
   */
  readonly escapeFormulas?: boolean;
  /**
   * Put before every vendor_guid (and so in parent_guids too), e.g. `north-`, so that a second
   * copy can be imported beside the first: Canvas finds an outcome by its vendor_guid across the
   * whole instance, so without a prefix a second account's import would meet the first one's
   * outcomes. Up to 40 letters, digits, `.`, `:` and `-`, starting with a letter or digit.
   * fromCanvasOutcomesCsv takes the same option to remove it again.
   */
  readonly vendorGuidPrefix?: string;
}

/** Canvas stores a vendor_guid in a string column of 255 characters. */
const VENDOR_GUID_LIMIT = 255;

/**
 * The framework as a Canvas outcomes CSV. A group holds the whole framework; every node above
 * the assessed level becomes a group inside it, and every assessed node an outcome, whose rating
 * tiers are the scale's points (highest first, as Canvas requires). Nodes below an assessed node
 * (FMLM's themes) cannot sit under an outcome in Canvas, so they are listed in its description.
 * `vendor_guid`s are `medlead:<framework key>:<node id>` (after `vendorGuidPrefix`, if given):
 * stable, unique across editions, and free of spaces. Calculation method is left blank, so
 * Canvas applies its default. Descriptions carry medlead's marks (codes, the listed nodes, the
 * scale) for fromCanvasOutcomesCsv.
 * Cells that would run as spreadsheet formulas are neutralised unless `escapeFormulas: false`.
 * Throws `MedleadValidationError` for anything that is not a valid framework (at `framework`), an
 * unknown option, an unknown scale, mastery points that are not a number inside the scale, an
 * `escapeFormulas` that is not a boolean, or a bad `vendorGuidPrefix`.
 */
export function toCanvasOutcomesCsv(
  framework: Framework,
  options: CanvasOutcomesCsvOptions = {},
): string {
  const checked = requireFramework(WHAT, ['framework'], framework);
  const given = readOptions(WHAT, ['options'], options, [
    'scale',
    'masteryPoints',
    'escapeFormulas',
    'vendorGuidPrefix',
  ]);
  const scale = resolveScale(WHAT, checked, given.scale);
  const escapeFormulas = readEscapeFormulas(WHAT, given.escapeFormulas);
  const prefix = readIdPrefix(WHAT, 'vendorGuidPrefix', given.vendorGuidPrefix);
  const vendorGuid = (node?: FrameworkNode) =>
    `${prefix}medlead:${checked.key}${node === undefined ? '' : `:${node.id}`}`;
  checkIdLength(
    WHAT,
    'vendorGuidPrefix',
    prefix,
    walk(checked).map((entry) => vendorGuid(entry.node).slice(prefix.length)),
    VENDOR_GUID_LIMIT,
    'Canvas',
  );
  const masteryPoints =
    given.masteryPoints === undefined
      ? proficiencyThreshold(WHAT, scale, 'masteryPoints', undefined)
      : requireFiniteNumber(WHAT, ['options', 'masteryPoints'], given.masteryPoints);
  const lowest = scale.points[0]?.value ?? 0;
  const highest = scale.points[scale.points.length - 1]?.value ?? 0;
  if (masteryPoints < lowest || masteryPoints > highest) {
    fail(
      WHAT,
      ['options', 'masteryPoints'],
      `must be a number from ${lowest} to ${highest} (the range of "${scale.id}")`,
    );
  }

  // Highest tier first: Canvas rejects a tier worth more than the one before it.
  const ratings = [...scale.points]
    .reverse()
    .flatMap((point) => [String(point.value), point.label]);
  const ratingWidth = Math.max(ratings.length, 1);
  const pad = (cells: readonly string[]) => [
    ...cells,
    ...Array.from(
      { length: canvasOutcomesCsvColumns.length - 1 + ratingWidth - cells.length },
      () => '',
    ),
  ];

  const rootGuid = vendorGuid();
  const header = pad(canvasOutcomesCsvColumns);
  const rootRow = pad([
    rootGuid,
    'group',
    frameworkDisplayName(checked),
    frameworkMark(checked, scale, escapeHtml) + htmlParagraphs(frameworkNoteLines(checked)),
    '',
    '',
    '',
    'active',
    '',
  ]);

  const rows: string[][] = [header, rootRow];
  // The group that a node's children go in, by node id.
  const groupFor = new Map<string, string>();
  // Nodes at or under an outcome: Canvas outcomes have no children.
  const inOutcome = new Set<string>();
  for (const { node, parent } of walk(checked)) {
    const parentGuid = parent === null ? rootGuid : groupFor.get(parent.id);
    // The walk is depth-first, so a parent is always seen before its children.
    if (parentGuid === undefined) throw new Error(`medlead: parent of "${node.id}" not seen`);
    const underOutcome = parent !== null && inOutcome.has(parent.id);
    if (node.kind === checked.assessedKind) {
      rows.push([
        vendorGuid(node),
        'outcome',
        node.title,
        codeMark(node.code, escapeHtml) +
          htmlParagraphs(nodeNoteLines(node)) +
          descendantsHtml(checked, node),
        node.code ?? '',
        '',
        '',
        'active',
        parentGuid,
        String(masteryPoints),
        ...ratings,
      ]);
      groupFor.set(node.id, parentGuid);
      inOutcome.add(node.id);
    } else if (underOutcome) {
      // Listed in the outcome's description; an assessed node further down still becomes an
      // outcome, in the outcome's group.
      groupFor.set(node.id, parentGuid);
      inOutcome.add(node.id);
    } else {
      const guid = vendorGuid(node);
      rows.push(
        pad([
          guid,
          'group',
          node.title,
          codeMark(node.code, escapeHtml) + htmlParagraphs(nodeNoteLines(node)),
          '',
          '',
          '',
          'active',
          parentGuid,
        ]),
      );
      groupFor.set(node.id, guid);
    }
  }
  return writeCsv(rows, escapeFormulas);
}

/**
 * The nodes under an outcome, as nested HTML lists headed by the framework's term for them. Each
 * item is marked with the node's id, kind and code, and the whole with `data-medlead-parts`, so
 * that fromCanvasOutcomesCsv can make them nodes again.
 */
function descendantsHtml(framework: Framework, node: FrameworkNode, outermost = true): string {
  const children = node.children ?? [];
  if (children.length === 0) return '';
  const kinds = new Set(children.map((child) => child.kind));
  const [onlyKind] = kinds;
  const heading =
    kinds.size === 1 && onlyKind !== undefined
      ? ((Object.hasOwn(framework.terms, onlyKind)
          ? framework.terms[onlyKind]?.plural
          : undefined) ?? onlyKind)
      : 'Parts';
  const items = children
    .map((child) => {
      const code = child.code === undefined ? '' : `${escapeHtml(child.code)} `;
      const marks = partMark(child, escapeHtml);
      return `<li${marks}>${code}${escapeHtml(child.title)}${descendantsHtml(framework, child, false)}</li>`;
    })
    .join('');
  const list = `<ul>${items}</ul>`;
  return outermost
    ? `<div ${partsMark}="list"><p>${escapeHtml(capitalise(heading))}:</p>${list}</div>`
    : list;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
