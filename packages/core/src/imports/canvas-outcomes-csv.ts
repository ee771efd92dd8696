// Import a Canvas LMS outcomes CSV: the file Canvas's outcome export report writes (canvas-lms
// gems/plugins/account_reports/lib/account_reports/outcome_export.rb) and the one
// toCanvasOutcomesCsv writes. Read as Canvas's own importer reads it (canvas-lms
// lib/outcomes/csv_importer.rb and lib/outcomes/import.rb): columns by name, `ratings` and the
// cells after it as rating tiers (points, then description, highest first), parent_guids naming
// groups in earlier rows, a semicolon separator when the header has more of them than commas.
import { readIdPrefix, restoreFormulaCell } from '../exports/shared';
import { SlugSchema } from '../model/ids';
import type { Framework } from '../model/types';
import { genericScales } from '../scales/generic';
import { readCsvRows } from './csv-reader';
import { blockText, findMarked, type HtmlElement, parseHtml } from './html-text';
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

const WHAT = 'Canvas import';

export interface CanvasImportOptions extends ImportOptions {
  /** The prefix toCanvasOutcomesCsv's `vendorGuidPrefix` put before every vendor_guid. */
  readonly vendorGuidPrefix?: string;
}

// csv_importer.rb REQUIRED_FIELDS: the columns a Canvas outcomes CSV always has.
const requiredColumns = ['vendor_guid', 'object_type', 'title'];

/** A Canvas row as read: its cells by column name, and its rating tiers. */
interface CanvasRow {
  readonly row: number;
  readonly guid: string;
  readonly type: 'group' | 'outcome';
  readonly get: (column: string) => string;
  readonly parents: readonly string[];
  readonly tiers: readonly { readonly points: number; readonly label: string }[];
}

/**
 * A framework from a Canvas outcomes CSV: the file Canvas's outcome export writes or
 * toCanvasOutcomesCsv does. Groups and outcomes become nodes (kinds `group` and `outcome`; the
 * outcomes are the ones rated), in the hierarchy parent_guids gives and the order of the file;
 * titles from `title`, codes from `display_name`, summaries from `description` (as plain text);
 * the scale from the outcomes' rating tiers, which must be the same for every outcome. When the
 * file holds a single top-level group, that group is the framework; otherwise `title` must be
 * given. A file medlead wrote keeps its ids, codes, listed nodes and scale: a vendor_guid
 * `medlead:<key>:<node id>` gives the node its id back, and medlead's marks in the descriptions
 * the rest. The options name the framework (`id`, `edition`, `title`, `publisher`, `year`,
 * `sourceUrl`) where the file does not, or differently; a file not written by medlead names no
 * year, so `year` must be given.
 *
 * Throws `MedleadValidationError` naming the row and column for a malformed file (a quote never
 * closed or out of place, a header without vendor_guid, object_type and title, an empty,
 * spaced or repeated vendor_guid, an object_type other than group and outcome, an empty title,
 * a parent that is no group of the file, a parent cycle, nesting deeper than 32 levels, an
 * outcome in two groups, rating tiers without points and a description or whose points do not
 * fall, outcomes rated on different tiers), for a text that is not a CSV file or over 10
 * million characters (or 20,000 rows), and for bad options. Rows marked deleted are left out.
 * It returns a whole framework or nothing.
 */
export function fromCanvasOutcomesCsv(text: string, options: CanvasImportOptions = {}): Framework {
  const { shared, extra } = readImportOptions(WHAT, options, ['vendorGuidPrefix']);
  const prefix = readIdPrefix(WHAT, 'vendorGuidPrefix', extra.vendorGuidPrefix);
  const body = requireCsvText(WHAT, text);
  // Canvas takes ";" when the header holds more of them than commas (test_header_i18n).
  const headerLine = body.slice(0, body.search(/[\r\n]|$/));
  const separator = count(headerLine, ';') > count(headerLine, ',') ? ';' : ',';
  const [header, ...data] = readCsvRows(WHAT, body, {
    separator,
    phpEscapes: false,
    maxRows: MAX_CSV_ROWS,
  });
  const problems = new FileProblems(WHAT);
  if (header === undefined) return problems.fail(1, undefined, 'the file is empty');
  const columns = readHeader(problems, header.row, header.cells);

  // Every row, checked as Canvas checks it; rows marked deleted are left out.
  const rows: CanvasRow[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of data) {
    if (cells.every((cell) => cell.trim() === '')) continue;
    const restored = cells.map(restoreFormulaCell);
    const get = (column: string) => restored[columns.get(column) ?? -1] ?? '';
    const guid = get('vendor_guid');
    const type = get('object_type');
    if (guid === '' || /\s/.test(guid)) {
      problems.add(row, 'vendor_guid', 'must be given, without spaces');
    } else if (seen.has(guid)) {
      problems.add(row, 'vendor_guid', `${shown(guid)} is also row ${seen.get(guid)}'s`);
    } else if (withoutPrefix(guid, prefix) === undefined) {
      problems.add(
        row,
        'vendor_guid',
        `does not start with ${shown(prefix)} (options.vendorGuidPrefix)`,
      );
    }
    seen.set(guid, row);
    if (type !== 'group' && type !== 'outcome') {
      problems.add(row, 'object_type', `must be "group" or "outcome", not ${shown(type)}`);
    } else if (get('workflow_state') !== 'deleted') {
      if (get('title').trim() === '') problems.add(row, 'title', 'is empty');
      const parents = get('parent_guids')
        .trim()
        .split(/\s+/)
        .filter((parent) => parent !== '');
      if (parents.length > 1) {
        problems.add(
          row,
          'parent_guids',
          `puts the ${type} in ${parents.length} groups; medlead's frameworks are trees: keep it in one`,
        );
      }
      const tierCells = type === 'outcome' ? restored.slice(columns.size) : [];
      const tiers = readTiers(problems, row, tierCells, separator);
      rows.push({ row, guid, type, get, parents, tiers });
    }
  }
  // A parent must be a group (parents may come later than Canvas allows; cycles are refused).
  const groups = new Set(rows.filter((row) => row.type === 'group').map((row) => row.guid));
  for (const { row, parents } of rows) {
    for (const parent of parents) {
      if (!groups.has(parent)) {
        problems.add(row, 'parent_guids', `${shown(parent)} names no group in the file`);
      }
    }
  }
  problems.throwIfAny();

  // The framework: the one top-level group, if there is only one top-level row.
  const topRows = rows.filter((row) => row.parents.length === 0);
  const [onlyTop] = topRows;
  const container = topRows.length === 1 && onlyTop?.type === 'group' ? onlyTop : undefined;
  if (container === undefined && shared.title === undefined) {
    problems.fail(
      header.row,
      undefined,
      `the file holds ${topRows.length} top-level rows rather than one group holding the framework, so it names no title: give options.title`,
    );
  }
  const containerGuid =
    container === undefined ? '' : (withoutPrefix(container.guid, prefix) ?? '');
  const key = readKey(containerGuid.startsWith('medlead:') ? containerGuid.slice(8) : '');
  const containerHtml = parseHtml(container?.get('description') ?? '');
  const mark = readFrameworkMark(containerHtml);
  let title = container?.get('title').trim() ?? '';
  if (key !== undefined && title.endsWith(` (${key.edition})`)) {
    title = title.slice(0, -` (${key.edition})`.length);
  }
  const identity = frameworkIdentity(WHAT, shared, { ...(key ? { key } : {}), title, mark });
  const medleadGuid = key === undefined ? undefined : `medlead:${key.family}@${key.edition}:`;
  const nodeId = (id: string) => medleadNodeId(id, key?.family, identity.id);

  const nodes: RowNode[] = rows
    .filter((row) => row !== container)
    .map((row) => {
      const guid = withoutPrefix(row.guid, prefix) ?? row.guid;
      const id =
        medleadGuid !== undefined && guid.startsWith(medleadGuid)
          ? nodeId(guid.slice(medleadGuid.length))
          : undefined;
      const html = parseHtml(row.get('description'));
      const displayName = row.get('display_name').trim();
      const code =
        id !== undefined
          ? markedCode(html)
          : row.type === 'outcome' && displayName !== ''
            ? displayName
            : undefined;
      const summary = blockText(html);
      const [parent] = row.parents;
      return {
        key: row.guid,
        parentKey: parent === undefined || parent === container?.guid ? undefined : parent,
        row: row.row,
        node: {
          ...(id === undefined ? {} : { id }),
          ...(code === undefined ? {} : { code }),
          title: row.get('title').trim(),
          ...(summary === '' ? {} : { description: summary }),
          kind: row.type,
          children: listedParts(html, nodeId),
        },
      };
    });
  const top = linkRows(problems, nodes, 'parent_guids', 'group');
  problems.throwIfAny();

  // The scale: every outcome rated on the same tiers.
  const rated = rows.filter((row) => row.tiers.length > 0);
  const [first] = rated;
  for (const row of rated) {
    if (first !== undefined && JSON.stringify(row.tiers) !== JSON.stringify(first.tiers)) {
      problems.add(
        row.row,
        'ratings',
        `differ from the tiers of row ${first.row}; medlead rates every outcome on one scale`,
      );
    }
  }
  const tiers = [...(first?.tiers ?? [])].reverse();
  problems.throwIfAny();
  const markedGeneric = genericScales.find((scale) => scale.id === mark.scale?.id);
  const scale =
    first !== undefined
      ? importedScale(
          tiers.map((tier) => tier.label),
          tiers.map((tier) => tier.points),
          mark,
          identity.id,
          identity.title,
        )
      : markedGeneric !== undefined
        ? { defaultScale: markedGeneric.id }
        : {};

  const summary = blockText(containerHtml);
  return buildImportedFramework(WHAT, {
    ...identity,
    ...(summary === '' ? {} : { description: summary }),
    format: 'a Canvas outcomes CSV',
    ...(shared.sourceUrl === undefined ? {} : { sourceUrl: shared.sourceUrl }),
    ...(rows.some((row) => row.type === 'outcome') ? { assessedKind: 'outcome' } : {}),
    ...scale,
    nodes: top,
  });
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}

/** The header's named columns (those before `ratings`), by position. */
function readHeader(
  problems: FileProblems,
  row: number,
  cells: readonly string[],
): Map<string, number> {
  const ratingsAt = cells.indexOf('ratings');
  const columns = new Map<string, number>();
  (ratingsAt < 0 ? cells : cells.slice(0, ratingsAt)).forEach((name, index) => {
    columns.set(name, index);
  });
  const missing = requiredColumns.filter((name) => !columns.has(name));
  if (missing.length > 0) {
    problems.fail(
      row,
      undefined,
      `lacks ${missing.map((name) => `"${name}"`).join(', ')}: a Canvas outcomes CSV's header names vendor_guid, object_type and title`,
    );
  }
  return columns;
}

/**
 * An outcome's rating tiers (csv_importer.rb parse_ratings): pairs of points and description,
 * trailing empty cells dropped, points falling from tier to tier (strictly, for medlead's scale).
 * A `;` file may write points with a decimal comma, as Canvas's export does in such locales.
 */
function readTiers(
  problems: FileProblems,
  row: number,
  cells: readonly string[],
  separator: string,
): { points: number; label: string }[] {
  let end = cells.length;
  while (end > 0 && (cells[end - 1] ?? '').trim() === '') end -= 1;
  const tiers: { points: number; label: string }[] = [];
  for (let index = 0; index < end; index += 2) {
    const tier = index / 2 + 1;
    const written = (cells[index] ?? '').trim();
    const number = separator === ';' ? written.replace(',', '.') : written;
    const points = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/.test(number)
      ? Number(number)
      : Number.NaN;
    const label = (cells[index + 1] ?? '').trim();
    const prior = tiers[tiers.length - 1];
    if (!Number.isFinite(points) || Math.abs(points) > 1_000_000 || label === '') {
      problems.add(row, 'ratings', `tier ${tier} needs points (a number) and a description`);
    } else if (prior !== undefined && points >= prior.points) {
      problems.add(row, 'ratings', `tier ${tier} must have fewer points than tier ${tier - 1}`);
    } else {
      tiers.push({ points, label });
    }
  }
  return tiers;
}

/**
 * The nodes medlead listed in an outcome's description (nodes below an outcome, which Canvas
 * cannot hold): each list item marked with the node's id, kind and code.
 */
function listedParts(
  html: HtmlElement,
  nodeId: (id: string) => string | undefined,
): ImportedNodeDraft[] {
  const container = findMarked(html, 'data-medlead-parts');
  const list = container?.children.find(
    (child) => typeof child !== 'string' && child.name === 'ul',
  );
  const partsOf = (element: HtmlElement | string | undefined): ImportedNodeDraft[] => {
    if (element === undefined || typeof element === 'string') return [];
    return element.children.flatMap((item) => {
      if (typeof item === 'string' || item.name !== 'li') return [];
      const get = (name: string) => item.attributes.get(`data-medlead-${name}`)?.trim() ?? '';
      const id = nodeId(get('id'));
      const code = get('code');
      let title = item.children.filter((child) => typeof child === 'string').join('');
      if (code !== '' && title.startsWith(`${code} `)) title = title.slice(code.length + 1);
      const kind = get('kind');
      return [
        {
          ...(id === undefined ? {} : { id }),
          ...(code === '' ? {} : { code }),
          title: title.trim(),
          ...(SlugSchema.safeParse(kind).success ? { kind } : {}),
          children: partsOf(
            item.children.find((child) => typeof child !== 'string' && child.name === 'ul'),
          ),
        },
      ];
    });
  };
  return partsOf(list);
}
