import {
  type Framework,
  findScale,
  type GapAnalysis,
  type GapItem,
  type ScalePoint,
} from '@medlead/core';
import { useId, useState } from 'react';
import { ChartFigure, ChartSvg, type ChartTableProps } from '../shared/ChartFigure';
import { ChartTooltip } from '../shared/ChartTooltip';
import type { ChartProps } from '../shared/chart-props';
import { formatValue } from '../shared/format-value';
import { ScrollRegion } from '../shared/ScrollRegion';
import { textWidth, wrapText } from '../shared/text-width';
import { chartText, useChartWidth } from '../shared/use-chart-width';
import { useRovingFocus } from '../shared/use-roving-focus';
import { round } from '../wheel/geometry';

export interface GapChartProps extends ChartProps {
  readonly framework: Framework;
  /** The result of `gapAnalysis`: rows come in its order, the largest gap first. */
  readonly gaps: GapAnalysis;
  /** What the actual values are called (e.g. "You" for self vs others). Default "Actual". */
  readonly actualLabel?: string;
  /** What the targets are called (e.g. "Others"). Default "Target". */
  readonly targetLabel?: string;
}

// Laid out at its drawn width in CSS pixels (useChartWidth), so text shows at its CSS size on a
// phone and a wide screen alike. Each row puts the name on its own lines above the dumbbell, so
// names keep the whole width on a phone. Wider than MAX_WIDTH, rows would only spread apart.
const FALLBACK_WIDTH = 480; // on the server, before the first measurement
const MIN_WIDTH = 240; // narrower, the drawing scales down rather than crowding
const MAX_WIDTH = 720;
const NAME = chartText.label;
const NAME_LINE = 17;
const SMALL = chartText.small;
const SMALL_LINE = 15;
const MARGIN = 4;
const EDGE = 12; // room for the target diamond at either end of the scale
const BAND = 28; // the band under a name that holds the dumbbell
const TARGET = 10; // half the diagonal of the target diamond: a dot of radius ACTUAL fits inside
const ACTUAL = 5;

/**
 * Actual against target, one row per node, as a dumbbell: a filled dot for the actual value, a
 * hollow diamond for the target (shape, not only colour, says which is which; when they are
 * equal the dot sits inside the diamond, so both still show), the line between them, and the gap
 * in words at the end of the row. The axis names the scale's levels. Rows are walked with the
 * arrow keys; each has a tooltip on hover and focus; a button reveals the same data as a table.
 */
export function GapChart({
  framework,
  gaps,
  actualLabel = 'Actual',
  targetLabel = 'Target',
  title,
  onSelect,
  defaultShowTable = false,
  theme,
  tooltipContainer,
  className,
}: GapChartProps) {
  const id = useId();
  const { ref, width: measured } = useChartWidth(FALLBACK_WIDTH);
  const scale = findScale(framework, gaps.scale);
  if (scale === undefined)
    throw new Error(`medlead: "${gaps.scale}" is not a scale of ${framework.key}`);
  const items = gaps.items;
  const layout = gapLayout(
    Math.min(Math.max(measured, MIN_WIDTH), MAX_WIDTH),
    scale.points,
    items.map(name),
    items.map(shortBy),
  );
  const { width, height, x, rows, axis } = layout;
  const caption =
    title ??
    `${framework.shortTitle}: ${actualLabel.toLowerCase()} against ${targetLabel.toLowerCase()}, largest gap first`;
  const [tip, setTip] = useState<number | null>(null);
  const { markProps } = useRovingFocus(items.length, {
    onMove: setTip,
    onEscape: () => setTip(null),
    onSelect: (index) => {
      const item = items[index];
      if (item !== undefined) onSelect?.(item.nodeId);
    },
  });
  const tipItem = tip === null ? undefined : items[tip];
  const min = scale.points[0]?.value ?? 0;
  const max = scale.points[scale.points.length - 1]?.value ?? 1;

  return (
    <ChartFigure
      id={id}
      kind="gap"
      caption={caption}
      theme={theme}
      className={className}
      defaultShowTable={defaultShowTable}
      table={(tableProps) => (
        // A table wider than a phone scrolls sideways, and says so.
        <div hidden={tableProps.hidden}>
          <ScrollRegion label={`${caption}: table`}>
            <GapTable
              {...tableProps}
              caption={`${caption} (${scale.title})`}
              gaps={gaps}
              actualLabel={actualLabel}
              targetLabel={targetLabel}
            />
          </ScrollRegion>
        </div>
      )}
    >
      <ul className="medlead-legend">
        <li>
          <svg className="medlead-legend-mark" viewBox="-12 -12 24 24" aria-hidden="true">
            <circle className="medlead-gap-actual" r={ACTUAL + 1} />
          </svg>{' '}
          {`${actualLabel} (filled dot)`}
        </li>
        <li>
          <svg className="medlead-legend-mark" viewBox="-12 -12 24 24" aria-hidden="true">
            <path className="medlead-gap-target" d={diamond(0, 0)} />
          </svg>{' '}
          {`${targetLabel} (hollow diamond)`}
        </li>
        <li>
          <svg className="medlead-legend-mark" viewBox="-12 -12 24 24" aria-hidden="true">
            <path className="medlead-gap-target" d={diamond(0, 0)} />
            <circle className="medlead-gap-actual" r={ACTUAL} />
          </svg>{' '}
          Equal: the dot sits inside the diamond
        </li>
        <li>{`Gap = ${targetLabel.toLowerCase()} − ${actualLabel.toLowerCase()}; a positive gap is short of it`}</li>
        {axis.named ? null : (
          // Too narrow to name the levels on the axis: they are named here instead.
          <li>
            {`Levels: ${scale.points.map((point) => `${formatValue(point.value)} ${point.label}`).join(', ')}`}
          </li>
        )}
      </ul>
      <div ref={ref} className="medlead-gap-plot">
        <ChartSvg
          id={id}
          viewBox={`0 0 ${width} ${height}`}
          className="medlead-gap-svg"
          style={{ width: `${width}px` }}
          description={`${items.length} rows on the scale "${scale.title}" from ${min} (${scale.points[0]?.label}) to ${max} (${scale.points[scale.points.length - 1]?.label}), largest gap first. Use the arrow keys to move between them.`}
        >
          <g className="medlead-gap-axis" aria-hidden="true">
            {axis.levels.map((level) => (
              <g key={level.value}>
                {level.lines.length > 0 && (
                  <text
                    className="medlead-gap-level"
                    x={level.x}
                    y={level.top}
                    textAnchor="middle"
                    dominantBaseline="hanging"
                  >
                    {level.lines.map((line, index) => (
                      <tspan key={line} x={level.x} dy={index === 0 ? 0 : SMALL_LINE}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                )}
                <text
                  className="medlead-gap-tick"
                  x={level.tickX}
                  y={axis.ticksTop}
                  textAnchor="middle"
                  dominantBaseline="hanging"
                >
                  {formatValue(level.value)}
                </text>
              </g>
            ))}
          </g>
          {items.map((item, index) => {
            const row = rows[index];
            if (row === undefined) return null;
            const y = row.middle;
            const words = shortBy(item);
            return (
              // biome-ignore lint/a11y/useSemanticElements: a focusable SVG row cannot be an HTML button
              <g
                key={item.nodeId}
                {...markProps(index)}
                role="button"
                className="medlead-gap-row"
                // The visible words first, in their order (WCAG 2.5.3, label in name), then the figures.
                aria-label={`${name(item)}: ${words}; ${actualLabel.toLowerCase()} ${formatValue(item.actual)}, ${targetLabel.toLowerCase()} ${formatValue(item.target)}`}
                onBlur={() => setTip(null)}
                onPointerEnter={() => setTip(index)}
                onPointerLeave={() => setTip(null)}
                onClick={() => onSelect?.(item.nodeId)}
              >
                <rect
                  className="medlead-gap-hit"
                  x={1}
                  y={row.top}
                  width={width - 2}
                  height={row.bottom - row.top}
                />
                {/* Grid lines only in the band under the name: they never cross a word. */}
                <g className="medlead-gap-grid" aria-hidden="true">
                  {scale.points.map((point) => (
                    <line
                      key={point.value}
                      x1={x(point.value)}
                      x2={x(point.value)}
                      y1={row.bandTop}
                      y2={row.bottom - 4}
                    />
                  ))}
                </g>
                <text
                  className="medlead-gap-label"
                  x={MARGIN}
                  y={row.top + 6}
                  dominantBaseline="hanging"
                >
                  {row.lines.map((line, lineIndex) => (
                    // A space between lines keeps "Building & Maintaining Relationships" whole
                    // for tools that read the text; at a line's end it draws nothing.
                    <tspan key={line} x={MARGIN} dy={lineIndex === 0 ? 0 : NAME_LINE}>
                      {lineIndex === row.lines.length - 1 ? line : `${line} `}
                    </tspan>
                  ))}
                </text>
                <line
                  className="medlead-gap-line"
                  x1={x(item.actual)}
                  x2={x(item.target)}
                  y1={y}
                  y2={y}
                />
                <path className="medlead-gap-target" d={diamond(x(item.target), y)} />
                <circle className="medlead-gap-actual" cx={x(item.actual)} cy={y} r={ACTUAL} />
                <text
                  className="medlead-gap-value"
                  x={layout.valueX}
                  y={y}
                  dominantBaseline="middle"
                >
                  {/* The leading space keeps the row's text "…Awareness 2 short", not "…Awareness2
                      short", for tools that read it whole; SVG does not draw it. */}
                  {` ${words}`}
                </text>
              </g>
            );
          })}
          <ChartTooltip
            anchor={
              tipItem === undefined
                ? undefined
                : { x: x(tipItem.actual), y: rows[tip ?? 0]?.middle ?? 0 }
            }
            onClose={() => setTip(null)}
            theme={theme}
            container={tooltipContainer}
          >
            {tipItem !== undefined && (
              <>
                <strong>{name(tipItem)}</strong>
                <span>{tipItem.path.map((step) => step.title).join(' › ')}</span>
                <span>{`${actualLabel}: ${levelWords(scale.points, tipItem.actual)}; ${targetLabel}: ${levelWords(scale.points, tipItem.target)}`}</span>
                <span>{`Gap: ${formatValue(tipItem.gap)}${tipItem.priority === null ? '' : `; importance ${formatValue(tipItem.priority)}`}`}</span>
              </>
            )}
          </ChartTooltip>
        </ChartSvg>
      </div>
    </ChartFigure>
  );
}

/** The gap in words: "2 short", "0.5 over" or "met". */
function shortBy(item: GapItem): string {
  if (!item.met) return `${formatValue(item.gap)} short`;
  return item.gap === 0 ? 'met' : `${formatValue(-item.gap)} over`;
}

/** A value with its level's name when it is one ("3 Strong"), else the number alone ("2.5"). */
function levelWords(points: readonly ScalePoint[], value: number): string {
  const point = points.find((candidate) => candidate.value === value);
  return point === undefined ? formatValue(value) : `${formatValue(value)} ${point.label}`;
}

/** The target mark: a diamond centred on (x, y). */
function diamond(x: number, y: number): string {
  return `M${round(x)},${round(y - TARGET)}l${TARGET},${TARGET}l${-TARGET},${TARGET}l${-TARGET},${-TARGET}Z`;
}

/** A row's name: its code, if it has one, and title. */
function name(item: GapItem): string {
  return item.code === null ? item.title : `${item.code} ${item.title}`;
}

/** The chart's data as a table, with the nodes that have a target but no rating at the end. */
function GapTable({
  id,
  hidden,
  caption,
  gaps,
  actualLabel,
  targetLabel,
}: ChartTableProps & {
  caption: string;
  gaps: GapAnalysis;
  actualLabel: string;
  targetLabel: string;
}) {
  return (
    <table id={id} className="medlead-table" hidden={hidden}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">{actualLabel}</th>
          <th scope="col">{targetLabel}</th>
          <th scope="col">Gap</th>
          <th scope="col">Met</th>
        </tr>
      </thead>
      <tbody>
        {gaps.items.map((item) => (
          <tr key={item.nodeId}>
            <th scope="row">{name(item)}</th>
            <td>{formatValue(item.actual)}</td>
            <td>{formatValue(item.target)}</td>
            <td>{formatValue(item.gap)}</td>
            <td>{item.met ? 'yes' : 'no'}</td>
          </tr>
        ))}
        {gaps.unrated.map((node) => (
          <tr key={node.nodeId}>
            <th scope="row">{node.title}</th>
            <td>not rated</td>
            <td>{formatValue(node.target)}</td>
            <td>–</td>
            <td>–</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A level of the scale on the axis: its name's lines (none when they do not fit) and number. */
interface AxisLevel {
  readonly value: number;
  readonly lines: readonly string[];
  /** Where the name is centred: over its grid line, moved in from the edges to stay inside. */
  readonly x: number;
  readonly top: number;
  readonly tickX: number;
}

/**
 * Where everything goes at `width` CSS pixels: the plot between the names' margin and the column
 * of gaps in words, the axis (level names over their numbers), and each row (the name's lines,
 * then the band holding the dumbbell). Pure, so the server and the browser agree.
 */
export function gapLayout(
  width: number,
  points: readonly ScalePoint[],
  names: readonly string[],
  values: readonly string[],
) {
  const valueWidth = Math.max(0, ...values.map((value) => textWidth(value, NAME)));
  const plotLeft = MARGIN + EDGE;
  const plotRight = width - 8 - valueWidth - 8 - EDGE;
  const valueX = round(plotRight + EDGE + 8);
  const min = points[0]?.value ?? 0;
  const max = points[points.length - 1]?.value ?? 1;
  const x = (value: number) =>
    round(plotLeft + ((value - min) / (max - min || 1)) * (plotRight - plotLeft));

  const axis = axisLayout(points, x, width);
  const lineWidth = width - 2 * MARGIN;
  let top = axis.bottom + 4;
  const rows = names.map((text) => {
    const lines = wrapText(text, lineWidth, NAME);
    const bandTop = top + 6 + lines.length * NAME_LINE + 2;
    const row = { lines, top, bandTop, bottom: bandTop + BAND, middle: bandTop + BAND / 2 };
    top = row.bottom;
    return row;
  });
  return { width, height: top + 4, x, valueX, rows, axis };
}

/**
 * The level names over their grid lines, each wrapped to at most three lines in the room
 * between its neighbours. When they do not fit side by side, every other one moves up a row
 * (then every third); when even that fails, the axis shows numbers only and the legend names
 * the levels. The numbers sit in one row under the names.
 */
function axisLayout(points: readonly ScalePoint[], x: (value: number) => number, width: number) {
  const spacing = points.length < 2 ? width : x(points[1]?.value ?? 0) - x(points[0]?.value ?? 0);
  const inside = (centre: number, half: number) =>
    round(Math.min(Math.max(centre, half + 1), width - half - 1));
  for (const stagger of [1, 2, 3]) {
    const room = stagger * spacing - 10;
    const placed = points.map((point, index) => {
      const lines = wrapText(point.label, room, SMALL);
      const half = Math.max(...lines.map((line) => textWidth(line, SMALL))) / 2;
      const centre = inside(x(point.value), half);
      return { point, lines, row: index % stagger, left: centre - half, right: centre + half };
    });
    const fits = placed.every(
      (label, index) =>
        label.lines.length <= 3 &&
        label.right - label.left <= room &&
        (placed[index + stagger] === undefined ||
          (placed[index + stagger]?.left ?? 0) - label.right >= 6),
    );
    if (!fits) continue;
    // Row 0 sits just over the numbers; each further row above the one before.
    const rowHeights = Array.from(
      { length: stagger },
      (_, row) =>
        Math.max(0, ...placed.filter((label) => label.row === row).map((l) => l.lines.length)) *
        SMALL_LINE,
    );
    const ticksTop = rowHeights.reduce((sum, rowHeight) => sum + rowHeight + 4, 4);
    const rowTop = (row: number) =>
      ticksTop - rowHeights.slice(0, row + 1).reduce((sum, rowHeight) => sum + rowHeight + 4, 0);
    return {
      named: true,
      ticksTop,
      bottom: ticksTop + SMALL_LINE + 2,
      levels: placed.map(
        (label): AxisLevel => ({
          value: label.point.value,
          lines: label.lines,
          x: round((label.left + label.right) / 2),
          top: rowTop(label.row) + (rowHeights[label.row] ?? 0) - label.lines.length * SMALL_LINE,
          tickX: inside(x(label.point.value), textWidth(formatValue(label.point.value), SMALL) / 2),
        }),
      ),
    };
  }
  return {
    named: false,
    ticksTop: 4,
    bottom: 4 + SMALL_LINE + 2,
    levels: points.map(
      (point): AxisLevel => ({
        value: point.value,
        lines: [],
        x: x(point.value),
        top: 0,
        tickX: inside(x(point.value), textWidth(formatValue(point.value), SMALL) / 2),
      }),
    ),
  };
}
