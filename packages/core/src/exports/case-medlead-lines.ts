// The lines medlead ends a CASE object's free text with, so that its own import can read back
// what CASE 1.0 has no field for: the framework's key, version, year and rated kind (the last
// line of the document's notes), each item's medlead id (the last line of its notes) and each
// scale's id (the last line of its rubric's description). CASE 1.1 carries the same facts in
// `extensions.medlead`; the lines are written there too, for people reading the notes. Only the
// last line is read, so text earlier in the notes (an owner's own, or anything hostile) can
// never pose as one.
import type { RatingScale } from '../model/types';

export interface FrameworkLine {
  readonly id: string;
  readonly edition: string;
  readonly version: string;
  readonly year: number;
  readonly assessedKind: string;
}

export function frameworkLine(line: FrameworkLine): string {
  return `medlead framework: ${line.id}@${line.edition} v${line.version}, ${line.year}, rating each ${line.assessedKind}`;
}

export function itemLine(nodeId: string): string {
  return `medlead id: ${nodeId}`;
}

export function scaleLine(scale: RatingScale): string {
  return `medlead scale: ${scale.id}, measuring ${scale.measures}`;
}

function lastLine(text: string): string {
  return text.slice(text.lastIndexOf('\n') + 1);
}

const frameworkPattern =
  /^medlead framework: ([a-z][a-z0-9-]*)@([0-9A-Za-z][0-9A-Za-z.-]*) v(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?), (\d{4}), rating each ([a-z][a-z0-9-]*)$/;

/** The framework line at the end of `notes`, if there is one. */
export function readFrameworkLine(notes: string): FrameworkLine | undefined {
  const match = frameworkPattern.exec(lastLine(notes));
  if (match === null) return undefined;
  const [, id = '', edition = '', version = '', year = '', assessedKind = ''] = match;
  return { id, edition, version, year: Number(year), assessedKind };
}

/** The medlead node id at the end of an item's `notes`, if there is one. */
export function readItemLine(notes: string): string | undefined {
  return /^medlead id: (\S+)$/.exec(lastLine(notes))?.[1];
}

/** The scale id and what it measures, at the end of a rubric's `description`. */
export function readScaleLine(
  description: string,
): { readonly id: string; readonly measures: RatingScale['measures'] } | undefined {
  const match =
    /^medlead scale: (\S+), measuring (performance|importance|agreement|frequency)$/.exec(
      lastLine(description),
    );
  if (match === null) return undefined;
  return { id: match[1] ?? '', measures: (match[2] ?? 'performance') as RatingScale['measures'] };
}

/** `text` without its last line (the medlead line), or `undefined` if nothing else is left. */
export function withoutLastLine(text: string): string | undefined {
  const cut = text.lastIndexOf('\n');
  const rest = cut < 0 ? '' : text.slice(0, cut).trim();
  return rest === '' ? undefined : rest;
}
