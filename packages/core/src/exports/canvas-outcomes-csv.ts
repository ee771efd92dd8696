// Export a framework as a Canvas LMS outcomes import CSV (Outcomes > Import, or the Outcome
// Imports API with import_type "instructure_csv").
// Format from Instructure's "Outcomes CSV Format" (instructure/canvas-lms doc/api/outcomes_csv.md)
// and the importer itself: canvas-lms lib/outcomes/csv_importer.rb and lib/outcomes/import.rb.
import type { Framework, FrameworkNode } from '../model/types';
import { walk } from '../navigation/navigate';
import { fail, readOptions, requireFiniteNumber } from '../validation/arguments';
import { requireFramework } from '../validation/require';
import {
  escapeHtml,
  frameworkDisplayName,
  frameworkNoteLines,
  htmlParagraphs,
  nodeNoteLines,
  proficiencyThreshold,
  readEscapeFormulas,
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
}

/**
 * The framework as a Canvas outcomes CSV. A group holds the whole framework; every node above
 * the assessed level becomes a group inside it, and every assessed node an outcome, whose rating
 * tiers are the scale's points (highest first, as Canvas requires). Nodes below an assessed node
 * (FMLM's themes) cannot sit under an outcome in Canvas, so they are listed in its description.
 * `vendor_guid`s are `medlead:<framework key>:<node id>`: stable, unique across editions, and
 * free of spaces. Calculation method is left blank, so Canvas applies its default.
 * Cells that would run as spreadsheet formulas are neutralised unless `escapeFormulas: false`.
 * Throws `MedleadValidationError` for anything that is not a valid framework (at `framework`), an
 * unknown option, an unknown scale, mastery points that are not a number inside the scale, or an
 * `escapeFormulas` that is not a boolean.
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
  ]);
  const scale = resolveScale(WHAT, checked, given.scale);
  const escapeFormulas = readEscapeFormulas(WHAT, given.escapeFormulas);
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

  const rootGuid = vendorGuid(checked);
  const header = pad(canvasOutcomesCsvColumns);
  const rootRow = pad([
    rootGuid,
    'group',
    frameworkDisplayName(checked),
    htmlParagraphs(frameworkNoteLines(checked)),
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
        vendorGuid(checked, node),
        'outcome',
        node.title,
        htmlParagraphs(nodeNoteLines(node)) + descendantsHtml(checked, node),
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
      const guid = vendorGuid(checked, node);
      rows.push(
        pad([
          guid,
          'group',
          node.title,
          htmlParagraphs(nodeNoteLines(node)),
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

function vendorGuid(framework: Framework, node?: FrameworkNode): string {
  return node === undefined ? `medlead:${framework.key}` : `medlead:${framework.key}:${node.id}`;
}

/** The nodes under an outcome, as nested HTML lists headed by the framework's term for them. */
function descendantsHtml(framework: Framework, node: FrameworkNode): string {
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
      return `<li>${code}${escapeHtml(child.title)}${descendantsHtml(framework, child)}</li>`;
    })
    .join('');
  return `<p>${escapeHtml(capitalise(heading))}:</p><ul>${items}</ul>`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
