// Helpers shared by the interchange exports (CASE, Moodle CSV, Canvas outcomes CSV).
import Papa from 'papaparse';
import type { Framework, FrameworkNode, Provenance, RatingScale, Statement } from '../model/types';
import { findScale } from '../scales/find-scale';
import { MedleadValidationError, makeIssue } from '../validation/errors';

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

/** Plain-text lines as HTML paragraphs, each escaped. */
export function htmlParagraphs(lines: readonly string[]): string {
  return lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('');
}

/** The scale with this id (default: the framework's default scale); throws for an unknown id. */
export function resolveScale(framework: Framework, scaleId?: string): RatingScale {
  const id = scaleId ?? framework.defaultScale;
  const scale = findScale(framework, id);
  if (scale === undefined) {
    throw new MedleadValidationError('export options', [
      makeIssue(['scale'], `"${id}" is neither a scale of ${framework.key} nor a generic scale`),
    ]);
  }
  return scale;
}

/**
 * The lowest scale value that counts as proficient (mastery). Defaults to the point at the middle
 * of the scale (the upper half, the middle point included): "Proficient" on the HLM
 * self-assessment, "Competent" on the AMA proficiency scale, "Sometimes" on the frequency scale.
 * A value given must be one of the scale's points.
 */
export function proficiencyThreshold(
  scale: RatingScale,
  optionName: string,
  proficientFrom?: number,
): number {
  if (proficientFrom === undefined) {
    const middle = scale.points[Math.floor(scale.points.length / 2)];
    // A scale has at least two points, so the middle one exists.
    if (middle === undefined) throw new Error(`medlead: scale "${scale.id}" has no points`);
    return middle.value;
  }
  if (!scale.points.some((point) => point.value === proficientFrom)) {
    throw new MedleadValidationError('export options', [
      makeIssue(
        [optionName],
        `${proficientFrom} is not a point of "${scale.id}" (${scale.points
          .map((point) => point.value)
          .join(', ')})`,
      ),
    ]);
  }
  return proficientFrom;
}

/**
 * Writes rows as RFC 4180 CSV (CRLF line ends, fields quoted only when they must be) with
 * Papa Parse's `unparse`, which runs unchanged in Node and browsers.
 */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return Papa.unparse(
    rows.map((row) => [...row]),
    { header: false, newline: '\r\n', quotes: false, escapeFormulae: false },
  );
}
