// What the Moodle and Canvas imports share: checking the text they are given, naming problems by
// row and column, linking rows to their parents, reading medlead's marks back (exports/marks.ts),
// and working out the framework's identity and scale from what the file says.
import { markPrefix } from '../exports/marks';
import { FrameworkKeySchema, NodeIdSchema } from '../model/ids';
import { ScaleIdSchema } from '../model/scale';
import type { RatingScale } from '../model/types';
import { genericScales } from '../scales/generic';
import { describeValue, fail } from '../validation/arguments';
import { MedleadValidationError, makeIssue } from '../validation/errors';
import { MAX_FRAMEWORK_DEPTH } from '../validation/tree-shape';
import { findMarked, type HtmlElement } from './html-text';
import { familyIdOf, type ImportedNodeDraft, type ImportOptions } from './imported-framework';

/** The longest file an import reads (10 million characters, about 10 MB), and the most rows. */
export const MAX_CSV_CHARACTERS = 10_000_000;
export const MAX_CSV_ROWS = 20_000;

/**
 * The file's text, without a byte-order mark. Refuses anything but a string, a file over
 * `MAX_CSV_CHARACTERS`, and one that is not text (a spreadsheet workbook, or NUL characters).
 */
export function requireCsvText(what: string, text: unknown): string {
  if (typeof text !== 'string') {
    fail(what, ['text'], `must be the CSV file's text (a string), not ${describeValue(text)}`);
  }
  if (text.length > MAX_CSV_CHARACTERS) {
    fail(
      what,
      ['text'],
      `is ${text.length} characters long; medlead imports CSV files of up to ${MAX_CSV_CHARACTERS} characters (about 10 MB)`,
    );
  }
  if (text.startsWith('PK\u0003\u0004')) {
    fail(what, ['text'], 'is a zipped file (an Excel workbook?), not CSV text: save it as CSV');
  }
  if (text.includes('\u0000')) {
    fail(what, ['text'], 'is not text (it holds NUL characters): read the file as CSV text');
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** Problems found in a file, each at a row (and a column), thrown together. */
export class FileProblems {
  private readonly messages: string[] = [];

  constructor(private readonly what: string) {}

  add(row: number, column: string | undefined, message: string): void {
    const where = column === undefined ? `row ${row}` : `row ${row}, column "${column}"`;
    this.messages.push(`${where}: ${message}`);
  }

  /** Adds a problem and throws every one found so far. */
  fail(row: number, column: string | undefined, message: string): never {
    this.add(row, column, message);
    return this.throwIfAny() as never;
  }

  /** Throws every problem found so far, if any (the first 20, and how many more). */
  throwIfAny(): void {
    if (this.messages.length === 0) return;
    const shown = this.messages.slice(0, 20);
    if (this.messages.length > 20) shown.push(`and ${this.messages.length - 20} more problems`);
    throw new MedleadValidationError(
      this.what,
      shown.map((message) => makeIssue(['text'], message)),
    );
  }
}

/** Text for an error message: quoted, and cut short when long. */
export function shown(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}

/** One row that becomes a node, before it is linked to its parent. */
export interface RowNode {
  /** The row's own identifier in the file (an ID number, a vendor_guid). */
  readonly key: string;
  /** Its parent's identifier, or `undefined` at the top level. */
  readonly parentKey: string | undefined;
  readonly row: number;
  readonly node: ImportedNodeDraft & { children: ImportedNodeDraft[] };
}

/**
 * Links rows to their parents, children in file order, and gives the top-level nodes. Reports a
 * parent not in the file, a parent cycle, and nesting deeper than any framework's, at the row's
 * `parentColumn`.
 */
export function linkRows(
  problems: FileProblems,
  rows: readonly RowNode[],
  parentColumn: string,
  parentNoun: string,
): ImportedNodeDraft[] {
  const byKey = new Map<string, RowNode>();
  for (const row of rows) if (!byKey.has(row.key)) byKey.set(row.key, row);
  const top: RowNode[] = [];
  const childrenOf = new Map<RowNode, RowNode[]>();
  for (const row of rows) {
    if (row.parentKey === undefined) {
      top.push(row);
      continue;
    }
    const parent = byKey.get(row.parentKey);
    if (parent === undefined) {
      problems.add(
        row.row,
        parentColumn,
        `${shown(row.parentKey)} names no ${parentNoun} in the file`,
      );
      continue;
    }
    const siblings = childrenOf.get(parent);
    if (siblings === undefined) childrenOf.set(parent, [row]);
    else siblings.push(row);
  }
  // Walk down from the top level without recursion; a row never reached sits in a cycle.
  const reached = new Set<RowNode>();
  const stack = top.map((row) => ({ row, depth: 1 }));
  while (stack.length > 0) {
    const { row, depth } = stack.pop() as (typeof stack)[number];
    reached.add(row);
    if (depth > MAX_FRAMEWORK_DEPTH) {
      problems.add(
        row.row,
        parentColumn,
        `nests the row ${depth} levels deep; no framework is deeper than ${MAX_FRAMEWORK_DEPTH}`,
      );
      continue;
    }
    for (const child of childrenOf.get(row) ?? []) {
      row.node.children.push(child.node);
      stack.push({ row: child, depth: depth + 1 });
    }
  }
  for (const row of rows) {
    if (!reached.has(row) && row.parentKey !== undefined && byKey.has(row.parentKey)) {
      problems.add(
        row.row,
        parentColumn,
        `${shown(row.parentKey)} leads round a cycle of parents (a row cannot be its own ancestor)`,
      );
    }
  }
  return top.map((row) => row.node);
}

/** `value` without `prefix`, or `undefined` when it does not start with it. */
export function withoutPrefix(value: string, prefix: string): string | undefined {
  return value.startsWith(prefix) ? value.slice(prefix.length) : undefined;
}

/** A framework key (`mlcf@2010`) split into family and edition, if `text` is one. */
export function readKey(text: string): { family: string; edition: string } | undefined {
  if (!FrameworkKeySchema.safeParse(text).success) return undefined;
  const [family = '', edition = ''] = text.split('@');
  return { family, edition };
}

/**
 * The node id of a row written by medlead: `id` if it is a node id of the file's family, moved
 * into the family the framework is imported as (`family`), else `undefined`.
 */
export function medleadNodeId(
  id: string,
  fileFamily: string | undefined,
  family: string,
): string | undefined {
  if (fileFamily === undefined || !id.startsWith(`${fileFamily}:`)) return undefined;
  if (!NodeIdSchema.safeParse(id).success) return undefined;
  return `${family}:${id.slice(fileFamily.length + 1)}`;
}

/** A node's code from medlead's mark, if the description has one. */
export function markedCode(description: HtmlElement): string | undefined {
  const code = findMarked(description, `${markPrefix}code`)?.attributes.get(`${markPrefix}code`);
  return code === undefined || code.trim() === '' ? undefined : code.trim();
}

/** What medlead's framework mark says, each part only when it reads as valid. */
export interface FrameworkMark {
  readonly scale?: { id: string; title: string; measures: RatingScale['measures'] };
  readonly values?: readonly number[];
  readonly year?: number;
  readonly publisher?: string;
  readonly assessedLevel?: number;
}

const measuresValues: readonly string[] = ['performance', 'importance', 'agreement', 'frequency'];

export function readFrameworkMark(description: HtmlElement): FrameworkMark {
  const element = findMarked(description, `${markPrefix}scale`);
  if (element === undefined) return {};
  const get = (name: string) => element.attributes.get(markPrefix + name)?.trim() ?? '';
  const id = get('scale');
  const title = get('scale-title');
  const measures = get('measures');
  const values = get('values').split(' ').map(Number);
  const year = Number(get('year'));
  const level = Number(get('assessed-level'));
  return {
    ...(ScaleIdSchema.safeParse(id).success && title !== '' && measuresValues.includes(measures)
      ? { scale: { id, title, measures: measures as RatingScale['measures'] } }
      : {}),
    ...(values.every(Number.isFinite) ? { values } : {}),
    ...(Number.isInteger(year) && year >= 1900 && year <= 2100 ? { year } : {}),
    ...(get('publisher') === '' ? {} : { publisher: get('publisher') }),
    ...(Number.isInteger(level) && level >= 1 ? { assessedLevel: level } : {}),
  };
}

/**
 * The framework's scale from the file's points (labels lowest first, with their values, or
 * 1, 2, 3… when the file gives none, as Moodle does) and medlead's mark: the generic scale it is,
 * if it is one; else a scale of the framework's own, with the id, title and values the mark
 * gives when the mark still fits the file's points.
 */
export function importedScale(
  labels: readonly string[],
  fileValues: readonly number[] | undefined,
  mark: FrameworkMark,
  family: string,
  title: string,
): { scale?: RatingScale; defaultScale?: string } {
  const markValues = mark.values?.length === labels.length ? mark.values : undefined;
  const fits =
    mark.scale !== undefined &&
    markValues !== undefined &&
    (fileValues === undefined || fileValues.join(' ') === markValues.join(' '));
  const values = fileValues ?? (fits ? markValues : undefined);
  const points = labels.map((label, index) => ({ value: values?.[index] ?? index + 1, label }));
  const generic = genericScales.find(
    (scale) =>
      scale.points.length === points.length &&
      scale.points.every(
        (point, index) =>
          point.value === points[index]?.value && point.label === points[index]?.label,
      ),
  );
  if (generic !== undefined && (mark.scale === undefined || mark.scale.id === generic.id)) {
    return { defaultScale: generic.id };
  }
  const named = fits && !genericScales.some((scale) => scale.id === mark.scale?.id);
  return {
    scale: {
      id: named && mark.scale ? mark.scale.id : `${family}:scale`,
      title: named && mark.scale ? mark.scale.title : `${title}: rating scale`,
      measures: named && mark.scale ? mark.scale.measures : 'performance',
      provenance: 'published',
      points,
    },
  };
}

/** Who and what the framework is: the options first, then the file, then the defaults. */
export function frameworkIdentity(
  what: string,
  options: ImportOptions,
  file: { key?: { family: string; edition: string }; title: string; mark: FrameworkMark },
): { id: string; edition: string; year: number; title: string; publisher: string } {
  const keyYear = Number(file.key?.edition);
  const year =
    options.year ??
    file.mark.year ??
    (Number.isInteger(keyYear) && keyYear >= 1900 && keyYear <= 2100 ? keyYear : undefined);
  if (year === undefined) {
    fail(
      what,
      ['options', 'year'],
      "the file does not say the framework's year: give it as options.year",
    );
  }
  const title = options.title ?? file.title;
  return {
    id: options.id ?? file.key?.family ?? familyIdOf(title),
    edition: options.edition ?? file.key?.edition ?? String(year),
    year,
    title,
    // The file names no owner; the text is then the importing organisation's own.
    publisher: options.publisher ?? file.mark.publisher ?? 'the importing organisation',
  };
}
