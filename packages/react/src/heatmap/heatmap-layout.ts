// Pure layout for the feedback heatmap, in CSS pixels at the width the chart has to draw in: no
// DOM and no measuring, so the server draws what the browser does for the same width.
import { chartText } from '../shared/use-chart-width';
import { wrapLabel } from '../wheel/geometry';
import { columnStatus, groupNames, type HeatmapColumn, type HeatmapRow } from './heatmap-data';

/** Font sizes in CSS px; heatmap.css sets the same. */
export const heatmapText = {
  /** Row names and group names (these bold). */
  label: chartText.label,
  /** Rater counts, "n=", "suppressed", "no ratings" and the flag words. */
  small: chartText.small,
  /** The mean, the figure a reader looks for first: bold, still under the page's body text. */
  mean: 15,
} as const;

export const PAD = 8;
/** Line heights for label and small text. */
export const LINE = 16;
export const SMALL_LINE = 15;
/** A cell must hold "suppressed" in small text (by charsIn); wider than this it only spreads the grid out. */
export const MIN_CELL = 80;
/** Cells grow to this before the names' column takes more than its least. */
const EASY_CELL = 84;
export const MAX_CELL = 96;
export const CELL_HEIGHT = 48;
/** Sets the pooled column apart: it is not one more group. */
export const POOL_GAP = 8;
/** The column of row names beside the grid, when there is room for one. */
const LABEL_MIN = 150;
const LABEL_MAX = 240;
/** Under the names above a row (stacked), and between stacked rows. */
const NAME_GAP = 4;
const ROW_GAP = 10;

/**
 * How many characters of text at `size` px fit in `width` px. Generous per-character widths
 * (DejaVu Sans, the widest common fallback, averages about 0.52 em; bold about 0.6 em), so the
 * lines wrap early rather than run into a neighbour in any font.
 */
export function charsIn(width: number, size: number, bold = false): number {
  return Math.max(4, Math.floor(width / (size * (bold ? 0.66 : 0.6))));
}

export interface HeaderLayout {
  /** The group's name, wrapped, then what the header says of the group (raters, suppressed). */
  readonly name: readonly string[];
  readonly status: readonly string[];
  /** Baseline of the first line. */
  readonly top: number;
}

export interface RowLayout {
  readonly lines: readonly string[];
  /** Middle of the name's first line. */
  readonly nameTop: number;
  /** Middle of the flag's line, under the name (null without a flag). */
  readonly flagY: number | null;
  /** The cells' band. */
  readonly cellTop: number;
  readonly cellHeight: number;
}

export interface HeatmapLayout {
  /** `beside`: names in a column left of the grid. `above`: each name on its own lines over its row. */
  readonly names: 'beside' | 'above';
  readonly width: number;
  readonly height: number;
  readonly cellWidth: number;
  readonly columnX: readonly number[];
  readonly headerHeight: number;
  readonly headers: readonly HeaderLayout[];
  readonly rows: readonly RowLayout[];
}

/**
 * Lays the grid out for `available` px. With room, the names take a column beside the grid
 * (150–240 px) and the cells share the rest (76–96 px each), the drawing no wider than that
 * needs (so a wide page does not get a giant chart). Without, each name goes on its own lines above its row, wrapped to the visible width,
 * and the cells keep their smallest width: then the drawing may be wider than `available`, and
 * the chart scrolls sideways with a cue. Names wrap onto as many lines as they need, never cut.
 */
export function layoutHeatmap(
  columns: readonly HeatmapColumn[],
  rows: readonly HeatmapRow[],
  available: number,
): HeatmapLayout {
  const poolAt = columns.findIndex((column) => column.group === 'others');
  const gap = poolAt > 0 ? POOL_GAP : 0;
  const grid = (cell: number) => columns.length * cell + gap;
  const beside = available >= LABEL_MIN + grid(MIN_CELL) + PAD;
  // Room goes first to cells that hold their text easily, then to the names (fewer lines each),
  // then to the cells again.
  const labelWidth = beside
    ? Math.min(LABEL_MAX, Math.max(LABEL_MIN, available - grid(EASY_CELL) - PAD))
    : PAD;
  const cellWidth = Math.min(
    MAX_CELL,
    Math.max(MIN_CELL, Math.floor((available - labelWidth - PAD - gap) / columns.length)),
  );
  const width = labelWidth + grid(cellWidth) + PAD;
  const columnX = columns.map(
    (_, index) => labelWidth + index * cellWidth + (gap > 0 && index >= poolAt ? gap : 0),
  );

  const texts = columns.map((column) => ({
    name: wrapLabel(
      groupNames[column.group].short,
      charsIn(cellWidth - 6, heatmapText.label, true),
      3,
    ),
    status: columnStatus(column).flatMap((line) =>
      wrapLabel(line, charsIn(cellWidth - 6, heatmapText.small), 2),
    ),
  }));
  const blockHeight = (text: { name: readonly string[]; status: readonly string[] }) =>
    text.name.length * LINE + text.status.length * SMALL_LINE;
  const tallest = Math.max(...texts.map(blockHeight));
  const headerHeight = 6 + tallest + 8;
  // Bottom-aligned: every header's last line sits just over the grid.
  const headers = texts.map((text) => ({
    ...text,
    top: 6 + tallest - blockHeight(text) + 12,
  }));

  // Names wrap to the room they have: their column, or the visible width above the rows.
  const nameWidth = beside ? labelWidth - 2 * PAD : Math.min(available, width) - 2 * PAD;
  let y = headerHeight;
  const rowLayouts = rows.map((row): RowLayout => {
    const lines = wrapLabel(row.name, charsIn(nameWidth, heatmapText.label), 12);
    const textHeight = (lines.length + (row.feedback.flag === null ? 0 : 1)) * LINE;
    if (beside) {
      const cellHeight = Math.max(CELL_HEIGHT, textHeight + 12);
      const nameTop = y + (cellHeight - textHeight + LINE) / 2;
      const layout = {
        lines,
        nameTop,
        flagY: row.feedback.flag === null ? null : nameTop + lines.length * LINE,
        cellTop: y,
        cellHeight,
      };
      y += cellHeight;
      return layout;
    }
    const nameTop = y + LINE / 2 + 2;
    const layout = {
      lines,
      nameTop,
      flagY: row.feedback.flag === null ? null : nameTop + lines.length * LINE,
      cellTop: y + textHeight + NAME_GAP,
      cellHeight: CELL_HEIGHT,
    };
    y = layout.cellTop + CELL_HEIGHT + ROW_GAP;
    return layout;
  });
  return {
    names: beside ? 'beside' : 'above',
    width,
    height: y + (beside ? PAD : PAD - ROW_GAP),
    cellWidth,
    columnX,
    headerHeight,
    headers,
    rows: rowLayouts,
  };
}
