import { type Framework, findScale, type GapAnalysis, type GapItem } from '@medlead/core';
import { useId, useState } from 'react';
import { ChartFigure, ChartSvg, type ChartTableProps } from '../shared/ChartFigure';
import { ChartTooltip } from '../shared/ChartTooltip';
import type { ChartProps } from '../shared/chart-props';
import { formatValue } from '../shared/format-value';
import { useRovingFocus } from '../shared/use-roving-focus';
import { round, wrapLabel } from '../wheel/geometry';

export interface GapChartProps extends ChartProps {
  readonly framework: Framework;
  /** The result of `gapAnalysis`: rows come in its order, the largest gap first. */
  readonly gaps: GapAnalysis;
  /** What the actual values are called (e.g. "You" for self vs others). Default "Actual". */
  readonly actualLabel?: string;
  /** What the targets are called (e.g. "Others"). Default "Target". */
  readonly targetLabel?: string;
}

// Drawing units; the SVG scales to its container through its viewBox. Each row puts the name on
// its own lines above the dumbbell, so the names keep the whole width: on a phone the drawing
// shrinks to about 0.7 and the names stay readable, where a label column beside the plot would not.
const WIDTH = 480;
const MARGIN = 12;
const PLOT_LEFT = 24;
const PLOT_RIGHT = 384;
const LINE = 22; // one line of a name (at the 18-unit label size)
const CHARS_PER_LINE = 44; // what fits across WIDTH at that size
const DUMBBELL = 34; // the band under the name that holds the dumbbell
const TOP = 36;

/**
 * Actual against target, one row per node, as a dumbbell: a filled circle for the actual value, a
 * hollow diamond for the target (shape, not only colour, says which is which), the line between
 * them, and the gap in words at the end of the row. Rows are walked with the arrow keys; each has
 * a tooltip on hover and focus; a button reveals the same data as a table.
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
  const scale = findScale(framework, gaps.scale);
  if (scale === undefined)
    throw new Error(`medlead: "${gaps.scale}" is not a scale of ${framework.key}`);
  const min = scale.points[0]?.value ?? 0;
  const max = scale.points[scale.points.length - 1]?.value ?? 1;
  const x = (value: number) =>
    round(PLOT_LEFT + ((value - min) / (max - min)) * (PLOT_RIGHT - PLOT_LEFT));
  const items = gaps.items;
  // Names wrap (24 characters fit the label column) and are never cut short, so a row is as tall
  // as its name needs; each row's middle is worked out here, before drawing.
  const rows = layoutRows(
    items.map((item) => wrapLabel(name(item), CHARS_PER_LINE, Number.POSITIVE_INFINITY)),
  );
  const height = (rows[rows.length - 1]?.bottom ?? TOP) + 8;
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

  return (
    <ChartFigure
      id={id}
      kind="gap"
      caption={caption}
      theme={theme}
      className={className}
      defaultShowTable={defaultShowTable}
      table={(tableProps) => (
        <GapTable
          {...tableProps}
          caption={`${caption} (${scale.title})`}
          gaps={gaps}
          actualLabel={actualLabel}
          targetLabel={targetLabel}
        />
      )}
    >
      <ul className="medlead-legend">
        <li>
          <svg className="medlead-legend-mark" viewBox="-8 -8 16 16" aria-hidden="true">
            <circle className="medlead-gap-actual" r={6} />
          </svg>{' '}
          {`${actualLabel} (filled circle)`}
        </li>
        <li>
          <svg className="medlead-legend-mark" viewBox="-8 -8 16 16" aria-hidden="true">
            <path className="medlead-gap-target" d="M0,-6L6,0L0,6L-6,0Z" />
          </svg>{' '}
          {`${targetLabel} (hollow diamond)`}
        </li>
        <li>{`Gap = ${targetLabel.toLowerCase()} − ${actualLabel.toLowerCase()}; a positive gap is short of it`}</li>
      </ul>
      <ChartSvg
        id={id}
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="medlead-gap-svg"
        description={`${items.length} rows on the scale "${scale.title}" from ${min} to ${max}, largest gap first. Use the arrow keys to move between them.`}
      >
        <g className="medlead-grid" aria-hidden="true">
          {scale.points.map((point) => (
            <g key={point.value}>
              <line x1={x(point.value)} x2={x(point.value)} y1={TOP - 8} y2={height - 8} />
              <text
                className="medlead-axis-label"
                x={x(point.value)}
                y={TOP - 16}
                textAnchor="middle"
              >
                {point.value}
              </text>
            </g>
          ))}
        </g>
        {items.map((item, index) => {
          const {
            lines,
            middle: y,
            top,
            bottom,
          } = rows[index] ?? { lines: [], middle: 0, top: 0, bottom: 0 };
          const labelTop = top + 6;
          const shortBy = item.met
            ? item.gap === 0
              ? 'met'
              : `${formatValue(-item.gap)} over`
            : `${formatValue(item.gap)} short`;
          return (
            // biome-ignore lint/a11y/useSemanticElements: a focusable SVG row cannot be an HTML button
            <g
              key={item.nodeId}
              {...markProps(index)}
              role="button"
              className="medlead-gap-row"
              // The visible words first, in their order (WCAG 2.5.3, label in name), then the figures.
              aria-label={`${name(item)}: ${shortBy}; ${actualLabel.toLowerCase()} ${formatValue(item.actual)}, ${targetLabel.toLowerCase()} ${formatValue(item.target)}`}
              onBlur={() => setTip(null)}
              onPointerEnter={() => setTip(index)}
              onPointerLeave={() => setTip(null)}
              onClick={() => onSelect?.(item.nodeId)}
            >
              <rect className="medlead-gap-hit" x={0} y={top} width={WIDTH} height={bottom - top} />
              <text
                className="medlead-gap-label"
                x={MARGIN}
                y={labelTop}
                dominantBaseline="hanging"
              >
                {lines.map((line, lineIndex) => (
                  <tspan key={line} x={MARGIN} dy={lineIndex === 0 ? 0 : LINE}>
                    {lineIndex === 0 ? line : ` ${line}`}
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
              <path
                className="medlead-gap-target"
                d={`M${x(item.target)},${y - 7}l7,7l-7,7l-7,-7Z`}
              />
              <circle className="medlead-gap-actual" cx={x(item.actual)} cy={y} r={6} />
              <text
                className="medlead-gap-value"
                x={PLOT_RIGHT + 18}
                y={y}
                dominantBaseline="middle"
              >
                {/* The leading space keeps the row's text "…Awareness 2 short", not "…Awareness2
                    short", for tools that read it whole; SVG does not draw it. */}
                {` ${shortBy}`}
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
              <span>{`${actualLabel}: ${formatValue(tipItem.actual)}; ${targetLabel}: ${formatValue(tipItem.target)}`}</span>
              <span>{`Gap: ${formatValue(tipItem.gap)}${tipItem.priority === null ? '' : `; importance ${formatValue(tipItem.priority)}`}`}</span>
            </>
          )}
        </ChartTooltip>
      </ChartSvg>
    </ChartFigure>
  );
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

/** Where each row sits: rows stack from TOP, each with its name's lines and then the dumbbell. */
function layoutRows(names: readonly string[][]) {
  let top = TOP;
  return names.map((lines) => {
    const height = 6 + lines.length * LINE + DUMBBELL;
    const row = { lines, top, bottom: top + height, middle: top + height - DUMBBELL / 2 };
    top += height;
    return row;
  });
}
