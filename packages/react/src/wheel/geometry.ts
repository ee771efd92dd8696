// Pure layout for the competency wheel: angles, radii and label placement. No DOM, no measuring,
// so the wheel draws the same on the server as in the browser.

/** One assessed node's slice of the wheel. Angles in radians, 0 at twelve o'clock, clockwise. */
export interface WheelSector {
  readonly nodeId: string;
  readonly index: number;
  /** Which group (domain) the node belongs to, for its colour. */
  readonly group: number;
  readonly startAngle: number;
  readonly endAngle: number;
  readonly midAngle: number;
}

/** Nodes grouped as the framework groups them (one group per domain; a flat framework has one per node). */
export interface WheelGroup {
  readonly id: string;
  readonly nodeIds: readonly string[];
}

/**
 * Equal slices for every node, with a small gap between groups so domains read as blocks.
 * `gap` is the angle left between groups (radians).
 */
export function layoutSectors(groups: readonly WheelGroup[], gap = 0.04): WheelSector[] {
  const count = groups.reduce((sum, group) => sum + group.nodeIds.length, 0);
  if (count === 0) return [];
  const gaps = groups.length > 1 ? groups.length * gap : 0;
  const step = (2 * Math.PI - gaps) / count;
  const sectors: WheelSector[] = [];
  let angle = groups.length > 1 ? gap / 2 : 0;
  groups.forEach((group, groupIndex) => {
    for (const nodeId of group.nodeIds) {
      sectors.push({
        nodeId,
        index: sectors.length,
        group: groupIndex,
        startAngle: angle,
        endAngle: angle + step,
        midAngle: angle + step / 2,
      });
      angle += step;
    }
    if (groups.length > 1) angle += gap;
  });
  return sectors;
}

/** A point in drawing coordinates, relative to the wheel's centre (px, y down). */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A point at `radius` from the centre, at `angle` (0 at twelve o'clock, clockwise). */
export function polar(angle: number, radius: number): Point {
  return { x: round(radius * Math.sin(angle)), y: round(-radius * Math.cos(angle)) };
}

/** Which way a label runs from its anchor point, so labels grow away from the wheel. */
export function labelAnchor(angle: number): 'start' | 'middle' | 'end' {
  const x = Math.sin(angle);
  if (Math.abs(x) < 0.2) return 'middle';
  return x > 0 ? 'start' : 'end';
}

/**
 * Word-wraps a label into lines of at most `maxChars` characters (a single longer word is cut),
 * and at most `maxLines` lines, the last ending in "…" when text is left over. Never clips.
 */
export function wrapLabel(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (candidate.length <= maxChars) {
      line = candidate;
    } else {
      if (line !== '') lines.push(line);
      line = word.length > maxChars ? `${word.slice(0, maxChars - 1)}…` : word;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.length >= maxChars ? last.slice(0, maxChars - 1) : last}…`;
  return kept;
}

/** Rounds to 2 decimals so server and client print the same SVG coordinates. */
export function round(value: number): number {
  return Math.round(value * 100) / 100 + 0; // + 0 turns -0 into 0
}

/** "x,y" of the point at `radius` and `angle`, for SVG paths. */
function pathPoint(angle: number, radius: number): string {
  const { x, y } = polar(angle, radius);
  return `${x},${y}`;
}

/**
 * Two arc segments at `radius` from the current point (at `start`) to `end`, clockwise when `end`
 * is the larger angle: in halves, so an arc of any span, even a whole ring, needs no large-arc flag.
 */
function arcTo(radius: number, start: number, end: number): string {
  const r = round(radius);
  const sweep = end > start ? 1 : 0;
  return `A${r},${r} 0 0 ${sweep} ${pathPoint((start + end) / 2, radius)}A${r},${r} 0 0 ${sweep} ${pathPoint(end, radius)}`;
}

/** The SVG path of an arc line at `radius` from `start` to `end` (target and comparison lines). */
export function ringArc(radius: number, start: number, end: number): string {
  return `M${pathPoint(start, radius)}${arcTo(radius, start, end)}`;
}

/**
 * The SVG path of a ring sector (an annulus slice) from `start` to `end`, between two radii,
 * with a gap of about `gap` units between neighbouring slices.
 *
 * (d3-shape's `arc` does this too, but 3.2.1 ships one bundle that does not tree-shake, adding
 * 18 KB to a chart whose budget is 8 KB; these dozen lines are the part we need.)
 */
export function ringSector(
  inner: number,
  outer: number,
  start: number,
  end: number,
  gap = 1.5,
): string {
  const span = end - start;
  const padOuter = Math.min(gap / (2 * outer), span / 4);
  const padInner = inner > 0 ? Math.min(gap / (2 * inner), span / 4) : 0;
  const outerArc = ringArc(outer, start + padOuter, end - padOuter);
  if (inner <= 0) return `${outerArc}L0,0Z`;
  const [i0, i1] = [start + padInner, end - padInner];
  return `${outerArc}L${pathPoint(i1, inner)}${arcTo(inner, i1, i0)}Z`;
}
