// Helpers shared by the interchange exports (CASE, Moodle CSV, Canvas outcomes CSV).
import type { Framework, FrameworkNode, Provenance, RatingScale, Statement } from '../model/types';
import { findScale } from '../scales/find-scale';
import { describeValue, fail, requireFiniteNumber } from '../validation/arguments';

/** How each provenance reads in a note, e.g. "Summary (paraphrased by medlead): …". */
const provenanceWording: Readonly<Record<Provenance, string>> = {
  published: 'as published by the owner',
  paraphrased: 'paraphrased by medlead',
  editorial: 'written by medlead',
};

/** Says where a piece of text comes from, e.g. `paraphrased by medlead`. */
export function describeProvenance(provenance: Provenance): string {
  return provenanceWording[provenance];
}

/** The framework's name with its edition, e.g. "Medical Leadership Competency Framework (2010)". */
export function frameworkDisplayName(framework: Framework): string {
  return `${framework.title} (${framework.edition})`;
}

/**
 * Plain-text lines describing a statement and where it comes from:
 * `Summary (paraphrased by medlead): …`, then `Uncertain (summary): …` when it carries a note.
 */
export function statementLines(label: string, statement: Statement): string[] {
  const lines = [`${label} (${describeProvenance(statement.provenance)}): ${statement.text}`];
  if (statement.uncertain !== undefined) {
    lines.push(`Uncertain (${label.toLowerCase()}): ${statement.uncertain}`);
  }
  return lines;
}

/** Plain-text notes for a node: its summary with provenance, then what is uncertain about it. */
export function nodeNoteLines(node: FrameworkNode): string[] {
  const lines = statementLines('Summary', node.summary);
  lines.push(
    `Title${node.code === undefined ? '' : ' and code'}: ${describeProvenance(node.provenance)}.`,
  );
  if (node.uncertain !== undefined) lines.push(`Uncertain: ${node.uncertain}`);
  return lines;
}

/**
 * Plain-text notes for a framework: its summary with provenance, what is uncertain about it, the
 * owner's rights as medlead states them, and where the export comes from.
 */
export function frameworkNoteLines(framework: Framework): string[] {
  const lines = statementLines('Summary', framework.summary);
  if (framework.uncertain !== undefined) lines.push(`Uncertain: ${framework.uncertain}`);
  lines.push(
    `Rights: ${framework.rights}`,
    `Exported by medlead from its encoding ${framework.key} v${framework.version}. Each ` +
      'item says where its title and summary come from: published by the owner, paraphrased ' +
      'by medlead or written by medlead.',
  );
  return lines;
}

/** Escapes text for use inside HTML elements and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Plain-text lines as HTML paragraphs, each escaped (by `escape`, by default `escapeHtml`). */
export function htmlParagraphs(
  lines: readonly string[],
  toHtml: (text: string) => string = escapeHtml,
): string {
  return lines.map((line) => `<p>${toHtml(line)}</p>`).join('');
}

/**
 * The scale named by `options.scale` (default: the framework's default scale). Refuses anything
 * but the id of one of the framework's scales or a generic scale, at `options.scale`.
 */
export function resolveScale(what: string, framework: Framework, scaleId: unknown): RatingScale {
  if (scaleId === undefined) {
    const scale = findScale(framework, framework.defaultScale);
    // A parsed framework's default scale is always one of its scales or a generic one.
    if (scale === undefined) fail(what, ['framework', 'defaultScale'], 'is not a scale it has');
    return scale;
  }
  if (typeof scaleId !== 'string') {
    fail(
      what,
      ['options', 'scale'],
      `must be a scale id (a string), not ${describeValue(scaleId)}`,
    );
  }
  const scale = findScale(framework, scaleId);
  if (scale === undefined) {
    const shown = scaleId.length <= 60 ? `"${scaleId}"` : 'the string given';
    fail(
      what,
      ['options', 'scale'],
      `${shown} is neither a scale of ${framework.key} nor a generic scale`,
    );
  }
  return scale;
}

/**
 * The lowest scale value that counts as proficient (mastery). Defaults to the point at the middle
 * of the scale (the upper half, the middle point included): "Proficient" on the HLM
 * self-assessment, "Competent" on the AMA proficiency scale, "Sometimes" on the frequency scale.
 * A value given (the option `optionName`) must be one of the scale's points.
 */
export function proficiencyThreshold(
  what: string,
  scale: RatingScale,
  optionName: string,
  proficientFrom: unknown,
): number {
  const path = ['options', optionName];
  if (proficientFrom === undefined) {
    // A scale has at least two points (the schema says so), so the middle one exists.
    const middle = scale.points[Math.floor(scale.points.length / 2)];
    if (middle === undefined) return fail(what, ['options', 'scale'], 'has no points');
    return middle.value;
  }
  const value = requireFiniteNumber(what, path, proficientFrom);
  if (!scale.points.some((point) => point.value === value)) {
    fail(
      what,
      path,
      `${value} is not a point of "${scale.id}" (${scale.points.map((point) => point.value).join(', ')})`,
    );
  }
  return value;
}

/** The `escapeFormulas` option: on unless it is `false`. */
export function readEscapeFormulas(what: string, value: unknown): boolean {
  if (value === undefined) return true;
  if (typeof value !== 'boolean') {
    fail(what, ['options', 'escapeFormulas'], `must be true or false, not ${describeValue(value)}`);
  }
  return value;
}

/**
 * A cell a spreadsheet would run as a formula: one starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return, unless the whole cell is a plain number such as `-1` or `-0.5` (which must
 * stay a number). No `m` flag: `$` is the end of the whole cell, so `-1\n=…` is not a number.
 */
export const formulaCell = /^(?![-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$)[=+\-@\t\r]/;

/**
 * True for a cell `writeCsv` neutralises: a formula-like cell, and one that is formula-like
 * after leading `'`s (`'=x`), so that removing one `'` from every neutralised cell
 * (`restoreFormulaCell`) gives back exactly the text that was written.
 */
export function isNeutralised(cell: string): boolean {
  return formulaCell.test(cell.replace(/^'+/, ''));
}

/** Undoes `writeCsv`'s neutralising: `'=SUM(A1)` is `=SUM(A1)` again; other cells are kept. */
export function restoreFormulaCell(cell: string): string {
  return cell.startsWith("'") && isNeutralised(cell) ? cell.slice(1) : cell;
}

/**
 * One CSV field (RFC 4180): quoted, with its quotes doubled, when it holds a comma, a quote, a
 * line break or a byte-order mark, or starts or ends with a space (which some readers trim).
 */
function csvField(text: string): string {
  return /[",\r\n\uFEFF]|^ | $/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes rows as RFC 4180 CSV: CRLF between rows, fields quoted only when they must be. With
 * `escapeFormulas`, every cell `isNeutralised` calls formula-like gets a leading `'` and is
 * quoted, the usual way to make a spreadsheet show it as text instead of running it. (Written here rather than
 * with a CSV library: quoting is these few lines, and Papa Parse, used before, took 19 KB of
 * core's 30 KB budget to do it. Tests read every export back with csv-parse.)
 */
export function writeCsv(rows: readonly (readonly string[])[], escapeFormulas: boolean): string {
  return rows
    .map((row) =>
      row
        .map((cell) =>
          escapeFormulas && isNeutralised(cell)
            ? `"${`'${cell}`.replaceAll('"', '""')}"`
            : csvField(cell),
        )
        .join(','),
    )
    .join('\r\n');
}

/** What an ID prefix may hold: letters, digits, `.`, `:` and `-`, starting with a letter or digit. */
const idPrefixPattern = /^[A-Za-z0-9][A-Za-z0-9.:-]*$/;

/**
 * An option that prefixes every identifier an export writes (Moodle ID numbers, Canvas
 * vendor_guids), so that a second copy or version of a framework can sit beside the first.
 * Refuses anything but a string of up to 40 letters, digits, `.`, `:` and `-` starting with a
 * letter or digit (nothing an LMS would read as markup, a space, a list separator or an escape),
 * at `options.<name>`. `undefined` is no prefix.
 */
export function readIdPrefix(what: string, name: string, value: unknown): string {
  if (value === undefined) return '';
  if (typeof value !== 'string' || value.length > 40 || !idPrefixPattern.test(value)) {
    fail(
      what,
      ['options', name],
      `must be up to 40 letters, digits, ".", ":" and "-", starting with a letter or digit (such as "v2-"), not ${
        typeof value === 'string' && value.length <= 60 ? `"${value}"` : describeValue(value)
      }`,
    );
  }
  return value;
}

/**
 * Refuses a prefixed identifier longer than the LMS keeps (`limit` characters), naming the
 * option when a prefix made it too long and the framework otherwise.
 */
export function checkIdLength(
  what: string,
  option: string,
  prefix: string,
  ids: readonly string[],
  limit: number,
  system: string,
): void {
  const longest = ids.reduce((best, id) => (id.length > best.length ? id : best), '');
  if (prefix.length + longest.length <= limit) return;
  const shown = `"${prefix}${longest.slice(0, 60)}${longest.length > 60 ? '…' : ''}"`;
  const length = `${prefix.length + longest.length} characters long, but ${system} keeps ${limit}`;
  if (prefix === '') fail(what, ['framework'], `has an identifier ${shown} ${length}`);
  fail(what, ['options', option], `makes the identifier ${shown} ${length}`);
}
