// Pure layout for the cohort distribution: the axis ticks and their labels, row heights and the
// dot grids of the strip variant. No DOM and no measuring, so the server draws what the browser does.
import { round, wrapLabel } from '../wheel/geometry';

// Drawing units; the SVG scales to its container through its viewBox. The chart is narrow (400)
// and names sit on their own line above each row, so at 360 px wide text is still about 13 px.
export const WIDTH = 400;
export const PLOT_LEFT = 36;
export const PLOT_RIGHT = 364;
/** Height of a line of row or tick text. */
export const LINE = 18;
/** Characters of a row's name per line (16-unit text, leaving room for "n = 30*" on the right). */
export const NAME_CHARS = 36;
/** A generous average width of one character of 15-unit tick text, to decide how labels fit. */
const TICK_CHAR = 7.2;
/** Height of the band a box-and-whisker sits in. */
export const BOX_BAND = 30;
/** Widest a stack of dots may be, in units, and the tallest it may be before rows grow. */
const STACK_WIDTH = 48;
const STACK_HEIGHT = 40;

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
 * alternate in two tiers, so each has the room of two steps. The end labels grow inwards from their
 * tick (so nothing leaves the chart) and get what room their neighbour in the tier leaves them.
 */
export function layoutAxis(
  points: readonly { readonly value: number; readonly label: string }[],
  x: (value: number) => number,
): AxisLayout {
  const texts = points.map((point) => `${formatTick(point.value)} ${point.label}`);
  const oneTier = placeTicks(points, texts, x, 1);
  const fits = oneTier.every((tick, index) => tick.lines.join(' ') === texts[index]);
  const ticks =
    fits && oneTier.every((tick) => tick.lines.length === 1)
      ? oneTier
      : placeTicks(points, texts, x, 2);
  const tiers = Math.max(...ticks.map((tick) => tick.tier)) + 1;
  const linesPerTier = Math.max(...ticks.map((tick) => tick.lines.length));
  return { ticks, linesPerTier, height: 6 + tiers * linesPerTier * LINE + 6 };
}

function placeTicks(
  points: readonly { readonly value: number }[],
  texts: readonly string[],
  x: (value: number) => number,
  tiers: number,
): AxisTick[] {
  const last = points.length - 1;
  const spacing = last > 0 ? (PLOT_RIGHT - PLOT_LEFT) / last : PLOT_RIGHT - PLOT_LEFT;
  const room = tiers * spacing; // from one label's tick to the next in its tier
  const isEdge = (index: number) => index === 0 || index === last;
  const wrap = (text: string, width: number) =>
    wrapLabel(text, Math.max(4, Math.floor((width - 8) / TICK_CHAR)), tiers);
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
          ? PLOT_RIGHT - PLOT_LEFT
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
 * most of a step, on a scale of many points) and 40 high, never closer than 3 units apart; past that
 * the stacks grow taller rather than drop dots.
 */
export function layoutDots(largestCount: number, pointCount: number): DotGrid {
  const count = Math.max(1, largestCount);
  const step = (PLOT_RIGHT - PLOT_LEFT) / Math.max(1, pointCount - 1);
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
