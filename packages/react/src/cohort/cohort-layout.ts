// Pure layout for the cohort distribution: the axis ticks and their labels, row heights and the
// dot grids of the strip variant. No DOM and no measuring, so the server draws what the browser does.
import { chartText } from '../shared/use-chart-width';
import { round, wrapLabel } from '../wheel/geometry';

// CSS pixels: the chart is laid out at the width it has to draw in (see useChartWidth), so its
// text shows at its CSS size on a phone and on a wide screen alike. Names sit on their own lines
// above each row, so the plot takes the whole width.

/** Font sizes in CSS px; cohort-distribution.css sets the same. */
export const cohortText = {
  /** Row names. */
  name: chartText.label,
  /** Tick labels, "n = 30", counts and "no data". */
  small: chartText.small,
} as const;
/** The width drawn on the server and before the chart has measured its room (it then scales). */
export const SERVER_WIDTH = 480;
/** Narrower than this the chart is drawn at this width and scaled down; wider, it is capped here. */
const MIN_WIDTH = 240;
const MAX_WIDTH = 640;
/** From each side to the ends of the scale: room for half a stack of dots, and a whisker's cap. */
const PLOT_EDGE = 32;
/** Height of a line of row or tick text. */
export const LINE = 16;
/** Room kept right of a row's name for its "n = 30*" (small text), with a gap. */
const N_ROOM = 64;
/** A generous average width of one character of small tick text, to decide how labels fit. */
const TICK_CHAR = cohortText.small * 0.6;
/** Height of the band a box-and-whisker sits in. */
export const BOX_BAND = 30;
/** Widest a stack of dots may be, in px, and the tallest it may be before rows grow. */
const STACK_WIDTH = 48;
const STACK_HEIGHT = 40;

/** The chart's width and where its scale runs, for the room it has. */
export interface CohortFrame {
  readonly width: number;
  readonly plotLeft: number;
  readonly plotRight: number;
  /** Characters of a row's name per line, leaving room for its n on the right. */
  readonly nameChars: number;
}

export function cohortFrame(available: number): CohortFrame {
  const width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.floor(available)));
  return {
    width,
    plotLeft: PLOT_EDGE,
    plotRight: width - PLOT_EDGE,
    // 0.6 em a character: generous for DejaVu Sans, the widest common fallback font.
    nameChars: Math.floor((width - 16 - N_ROOM) / (cohortText.name * 0.6)),
  };
}

export interface AxisTick {
  readonly value: number;
  readonly x: number;
  /** The tick's label ("2 Proficient"), wrapped. */
  readonly lines: readonly string[];
  /** 0 for the upper tier of labels, 1 for the lower (labels alternate when they would collide). */
  readonly tier: number;
  readonly anchor: 'start' | 'middle' | 'end';
}

export interface AxisLayout {
  readonly ticks: readonly AxisTick[];
  /** Lines each tier of labels takes. */
  readonly linesPerTier: number;
  /** Where the grid lines start (just under the labels). */
  readonly height: number;
}

/**
 * Places a scale's points along the axis. Labels sit on one line when they fit; otherwise they
 * take turns in two tiers (or three or four, on a narrow chart), each with the room of as many
 * steps, on up to two lines. The end labels grow inwards from their tick (so nothing leaves the
 * chart) and get what room their neighbour in the tier leaves them. Labels are never cut short
 * while more tiers can hold them whole.
 */
export function layoutAxis(
  points: readonly { readonly value: number; readonly label: string }[],
  x: (value: number) => number,
  frame: CohortFrame,
): AxisLayout {
  const texts = points.map((point) => `${formatTick(point.value)} ${point.label}`);
  const whole = (ticks: readonly AxisTick[]) =>
    ticks.every((tick, index) => tick.lines.join(' ') === texts[index]);
  let ticks = placeTicks(points, texts, x, frame, 1);
  if (!(whole(ticks) && ticks.every((tick) => tick.lines.length === 1))) {
    for (let tiers = 2; tiers <= Math.min(4, points.length); tiers++) {
      ticks = placeTicks(points, texts, x, frame, tiers);
      if (whole(ticks)) break;
    }
  }
  const tiers = Math.max(...ticks.map((tick) => tick.tier)) + 1;
  const linesPerTier = Math.max(...ticks.map((tick) => tick.lines.length));
  return { ticks, linesPerTier, height: 6 + tiers * linesPerTier * LINE + 6 };
}

function placeTicks(
  points: readonly { readonly value: number }[],
  texts: readonly string[],
  x: (value: number) => number,
  frame: CohortFrame,
  tiers: number,
): AxisTick[] {
  const span = frame.plotRight - frame.plotLeft;
  const last = points.length - 1;
  const spacing = last > 0 ? span / last : span;
  const room = tiers * spacing; // from one label's tick to the next in its tier
  const isEdge = (index: number) => index === 0 || index === last;
  const wrap = (text: string, width: number) =>
    wrapLabel(text, Math.max(4, Math.floor((width - 8) / TICK_CHAR)), Math.min(tiers, 2));
  const middles = texts.map((text) => wrap(text, room));
  const halfWidth = (lines: readonly string[]) =>
    (Math.max(...lines.map((line) => line.length)) * TICK_CHAR) / 2;
  return points.map((point, index) => {
    let lines = middles[index] ?? [];
    if (isEdge(index)) {
      const neighbour = index === 0 ? index + tiers : index - tiers;
      const neighbourLines = middles[neighbour];
      const width =
        neighbour < 0 || neighbour > last || neighbourLines === undefined
          ? span
          : isEdge(neighbour)
            ? room / 2
            : room - halfWidth(neighbourLines);
      lines = wrap(texts[index] ?? '', width);
    }
    return {
      value: point.value,
      x: x(point.value),
      lines,
      tier: index % tiers,
      anchor: index === 0 ? 'start' : index === last ? 'end' : 'middle',
    };
  });
}

function formatTick(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

export interface DotGrid {
  /** Distance between dot centres. */
  readonly pitch: number;
  readonly radius: number;
  /** Dots per layer of a stack. */
  readonly columns: number;
  /** Height of the tallest stack, the same for every row so stacks compare across rows. */
  readonly height: number;
}

/**
 * One grid for the whole chart, sized by the largest count: dots as big as fit a stack 48 wide (or
 * most of a step, on a scale of many points) and 40 high, never closer than 3 px apart; past that
 * the stacks grow taller rather than drop dots.
 */
export function layoutDots(largestCount: number, pointCount: number, frame: CohortFrame): DotGrid {
  const count = Math.max(1, largestCount);
  const step = (frame.plotRight - frame.plotLeft) / Math.max(1, pointCount - 1);
  const width = Math.min(STACK_WIDTH, step * 0.8);
  const pitch = round(Math.min(10, Math.max(3, Math.sqrt((width * STACK_HEIGHT) / count))));
  const columns = Math.max(1, Math.floor(width / pitch));
  const layers = Math.ceil(count / columns);
  return { pitch, radius: round(pitch * 0.4), columns, height: round(layers * pitch) };
}

/** Centres of `count` dots stacked upwards from `baseline` around `x`, each layer centred. */
export function stackDots(
  count: number,
  x: number,
  baseline: number,
  grid: DotGrid,
): { readonly cx: number; readonly cy: number }[] {
  const dots: { cx: number; cy: number }[] = [];
  for (let index = 0; index < count; index++) {
    const layer = Math.floor(index / grid.columns);
    const inLayer = Math.min(grid.columns, count - layer * grid.columns);
    const column = index % grid.columns;
    dots.push({
      cx: round(x + (column - (inLayer - 1) / 2) * grid.pitch),
      cy: round(baseline - grid.pitch / 2 - layer * grid.pitch),
    });
  }
  return dots;
}
