// The competency wheel laid out at the width it is drawn at, in CSS pixels: how big the disc is,
// where every name goes and which rings carry their value. Pure arithmetic on estimated text
// sizes (no DOM, no measuring), so the server and the browser draw the same picture at a width.
import { textWidth, wrapText } from '../shared/text-width';
import { chartText } from '../shared/use-chart-width';
import { polar, round, type WheelSector } from './geometry';

/** The widest the wheel is drawn, in px: on a wide page it stays a readable size and is centred. */
export const WHEEL_MAX_WIDTH = 640;
/** Names beside the sectors (px). */
const NAME_SIZE = chartText.label;
/** Short marks (codes or numbers): bold and a little larger, since they are few characters. */
const MARK_SIZE = 15;
/** The scale values on the rings. */
const RING_SIZE = chartText.small;
/** From one line of a name to the next. */
const LINE_HEIGHT = 16;

const PAD = 10; // from the rim to a name
const CLEAR = 8; // no name comes nearer the rim than this (a radar's points reach 7 px past it)
const GAP = 3; // between two names
const EDGE = 2; // from a name to the drawing's edge
const MAX_SHIFT = 28; // how far a name may move from its sector to make room for a neighbour
const MAX_RADIUS = 200; // a 400 px disc is plenty
const MIN_NAMES_RADIUS = 100; // below this the names give way to short marks and a key
const MIN_RADIUS = 40;
const WRAPS = [200, 170, 140, 115, 95]; // widths to try wrapping names at, widest first
const ASCENT = 0.95; // of the font size, above the baseline (DejaVu Sans: 0.93)
const DESCENT = 0.25; // below it (0.24)

/** A rectangle in drawing coordinates (px, y down). */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** A name (or short mark) beside its sector: one `<text>`, a baseline per line. */
export interface WheelLabel {
  readonly lines: readonly string[];
  readonly x: number;
  readonly baselines: readonly number[];
  readonly anchor: 'start' | 'middle' | 'end';
  /** The text's estimated extent, for tests and for the layout itself. */
  readonly box: Box;
}

/** A scale value written on its ring, on the twelve o'clock axis. */
export interface RingLabel {
  readonly ring: number;
  readonly text: string;
  readonly y: number;
  readonly box: Box;
}

export interface WheelLayout {
  /** The drawing's size in px (its viewBox, and its width and height). */
  readonly width: number;
  readonly height: number;
  /** The wheel's centre. */
  readonly cx: number;
  readonly cy: number;
  readonly inner: number;
  readonly outer: number;
  /** `long`: names beside the sectors. `short`: codes or numbers, with a key below the chart. */
  readonly names: 'long' | 'short';
  /** One per sector, in sector order, positioned relative to the centre. */
  readonly labels: readonly WheelLabel[];
  /** Ring values, relative to the centre; rings too close together for text go unlabelled. */
  readonly ringLabels: readonly RingLabel[];
}

/** A ring at a scale point. */
export interface Ring {
  readonly text: string;
  /** From the centre ring (0) to the rim (1). */
  readonly share: number;
}

export interface WheelLayoutInput {
  readonly sectors: readonly WheelSector[];
  /** Each sector's full name. */
  readonly titles: readonly string[];
  /** Each sector's short mark (its code, or its number). */
  readonly marks: readonly string[];
  /** The rings, centre to rim: what each says (its scale value) and where it lies (0 to 1). */
  readonly rings: readonly Ring[];
  /** The width to draw at, in px (what the chart measured; capped at WHEEL_MAX_WIDTH). */
  readonly width: number;
  /** `title`: names where they fit. `code`: short marks always. `auto`: names up to 12 sectors. */
  readonly labels: 'auto' | 'title' | 'code';
}

/**
 * Lays the wheel out at `width`: the largest disc that leaves room for the names beside it, with
 * no name over another, over the disc, or past the edges. Where names cannot fit around a disc of
 * a useful size (a phone, or 20 long names), short marks take their place and a key explains them.
 */
export function layoutWheel(input: WheelLayoutInput): WheelLayout {
  const width = Math.max(160, Math.min(WHEEL_MAX_WIDTH, Math.floor(input.width)));
  const room = width - 2 * EDGE;
  const largest = Math.min(MAX_RADIUS, Math.floor(room / 2));
  const wantsNames =
    input.labels === 'title' || (input.labels === 'auto' && input.sectors.length <= 12);
  const named =
    wantsNames &&
    largestFit(
      input.sectors,
      WRAPS.map((wrap) => input.titles.map((title) => wrapText(title, wrap, NAME_SIZE))),
      NAME_SIZE,
      room,
      largest,
      MIN_NAMES_RADIUS,
    );
  const marks = input.marks.map((mark) => [mark]);
  const placed =
    named ||
    largestFit(input.sectors, [marks], MARK_SIZE, room, largest, MIN_RADIUS) ||
    place(input.sectors, marks, MARK_SIZE, MIN_RADIUS);
  const { outer, labels } = placed;
  const inner = Math.max(12, round(outer * 0.2));
  const drawn = extent(placed);
  return {
    width,
    height: Math.ceil(drawn.bottom - drawn.top + 2 * EDGE),
    // Centred on the drawing as a whole: names longer on one side move the wheel to the other.
    cx: round(width / 2 - (drawn.left + drawn.right) / 2),
    cy: round(EDGE - drawn.top),
    inner,
    outer,
    names: named ? 'long' : 'short',
    labels,
    ringLabels: ringLabels(input.rings, inner, outer),
  };
}

interface Placed {
  readonly outer: number;
  readonly labels: WheelLabel[];
}

/**
 * The largest radius, from `largest` down to `least` in 2 px steps, at which every label fits
 * across `room`, trying each way of writing the labels (`choices`, best first) at each radius.
 */
function largestFit(
  sectors: readonly WheelSector[],
  choices: readonly (readonly (readonly string[])[])[],
  size: number,
  room: number,
  largest: number,
  least: number,
): Placed | null {
  for (let outer = largest; outer >= least; outer -= 2)
    for (const texts of choices) {
      const placed = place(sectors, texts, size, outer);
      const { left, right } = extent(placed);
      if (placed.fits && right - left <= room) return placed;
    }
  return null;
}

/** The box around the disc and every label. */
function extent({ outer, labels }: Placed): Box {
  const boxes = labels.map((label) => label.box);
  return {
    left: Math.min(-outer, ...boxes.map((box) => box.left)),
    top: Math.min(-outer, ...boxes.map((box) => box.top)),
    right: Math.max(outer, ...boxes.map((box) => box.right)),
    bottom: Math.max(outer, ...boxes.map((box) => box.bottom)),
  };
}

/**
 * Puts each label beside its sector, running away from the wheel, then moves crowded ones
 * outward (up in the top half, down in the bottom half) until none overlaps another. Labels
 * nearest three and nine o'clock, where there is most room, are placed first.
 */
function place(
  sectors: readonly WheelSector[],
  texts: readonly (readonly string[])[],
  size: number,
  outer: number,
): Placed & { readonly fits: boolean } {
  const labels: WheelLabel[] = [];
  const boxes: Box[] = [];
  let fits = true;
  const side = (sector: WheelSector) => Math.abs(Math.sin(sector.midAngle));
  const order = [...sectors].sort((a, b) => side(b) - side(a) || a.index - b.index);
  for (const { index, midAngle: angle } of order) {
    const lines = texts[index] ?? [];
    const anchor = labelSide(angle);
    // How much of the text lies left of its x: none when it runs right, all when it runs left.
    const align = anchor === 'start' ? 0 : anchor === 'end' ? 1 : 0.5;
    const point = polar(angle, outer + PAD);
    const width = Math.max(0, ...lines.map((line) => textWidth(line, size, size === MARK_SIZE)));
    const height = (lines.length - 1) * LINE_HEIGHT + size * (ASCENT + DESCENT);
    // The box sits above its point at twelve o'clock, beside it at three, below it at six.
    const naturalTop = point.y - (height * (1 + Math.cos(angle))) / 2;
    const up = Math.cos(angle) > 0;
    let box = clearOfDisc(point.x - align * width, naturalTop, width, height, anchor, outer);
    for (let tries = 0; tries < 40; tries += 1) {
      const blocker = boxes.find((other) => overlaps(box, other, GAP));
      if (blocker === undefined) break;
      const top = up ? blocker.top - GAP - height : blocker.bottom + GAP;
      box = clearOfDisc(box.left, top, width, height, anchor, outer);
    }
    const crowded = boxes.some((other) => overlaps(box, other, GAP));
    if (crowded || Math.abs(box.top - naturalTop) > MAX_SHIFT) fits = false;
    boxes.push(box);
    const firstBaseline = box.top + size * ASCENT;
    labels[index] = {
      lines,
      x: round(box.left + align * width),
      baselines: lines.map((_, line) => round(firstBaseline + line * LINE_HEIGHT)),
      anchor,
      box,
    };
  }
  return { outer, labels, fits };
}

/**
 * Which way a label runs from its sector: right of the wheel, left of it, or centred (only a
 * sector right at twelve or six o'clock: two centred names either side of twelve would collide).
 */
function labelSide(angle: number): 'start' | 'middle' | 'end' {
  const x = Math.sin(angle);
  if (Math.abs(x) < 0.05) return 'middle';
  return x > 0 ? 'start' : 'end';
}

/** A label's box moved outward (sideways, or up or down if centred) until it clears the disc. */
function clearOfDisc(
  left: number,
  top: number,
  width: number,
  height: number,
  anchor: 'start' | 'middle' | 'end',
  outer: number,
): Box {
  const reach = outer + CLEAR;
  // How far out along one axis clears the disc, given the box's span on the other.
  const clear = (low: number, high: number) => {
    const nearest = Math.max(low, Math.min(0, high)); // the point of the span nearest 0
    return Math.sqrt(Math.max(0, reach * reach - nearest * nearest));
  };
  if (anchor === 'middle') {
    const clearY = clear(left, left + width);
    top = top + height / 2 < 0 ? Math.min(top, -clearY - height) : Math.max(top, clearY);
  } else {
    const clearX = clear(top, top + height);
    left = anchor === 'start' ? Math.max(left, clearX) : Math.min(left, -clearX - width);
  }
  return { left, top, right: left + width, bottom: top + height };
}

/**
 * Ring values on the twelve o'clock axis, each just inside its ring (so all stay on the disc,
 * clear of the names): every ring whose value fits beside the last one written, the rim always.
 */
function ringLabels(rings: readonly Ring[], inner: number, outer: number): RingLabel[] {
  const height = RING_SIZE * (ASCENT + DESCENT);
  const labels: RingLabel[] = [];
  rings.forEach(({ text, share }, ring) => {
    const radius = inner + share * (outer - inner);
    const half = textWidth(text, RING_SIZE) / 2;
    const top = -radius + 1;
    const box = { left: -half, top, right: half, bottom: top + height };
    const label = { ring, text, y: round(top + RING_SIZE * ASCENT), box };
    const previous = labels[labels.length - 1];
    const touches = previous !== undefined && previous.box.top < box.bottom + GAP;
    if (!touches) labels.push(label);
    else if (ring === rings.length - 1) labels.splice(-1, 1, label); // the rim's value wins
  });
  return labels;
}

/** Whether two boxes come within `gap` of each other. */
export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return (
    a.left < b.right + gap &&
    b.left < a.right + gap &&
    a.top < b.bottom + gap &&
    b.top < a.bottom + gap
  );
}
