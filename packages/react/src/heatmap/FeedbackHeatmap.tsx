import type { FeedbackReport, Framework } from '@medlead/core';
import { useId, useState } from 'react';
import { ChartFigure, ChartSvg } from '../shared/ChartFigure';
import { ChartTooltip } from '../shared/ChartTooltip';
import { type ChartProps, showsProvenance } from '../shared/chart-props';
import { formatValue } from '../shared/format-value';
import { ProvenanceBadge, provenanceMeaning } from '../shared/provenance';
import { ScrollRegion } from '../shared/ScrollRegion';
import { useChartWidth } from '../shared/use-chart-width';
import { gridMove, useRovingFocus } from '../shared/use-roving-focus';
import { HeatmapTable } from './HeatmapTable';
import {
  flagWords,
  formatMean,
  groupNames,
  type HeatmapCell,
  type HeatmapColumn,
  type HeatmapGroup,
  type HeatmapRow,
  heatmapModel,
  RAMP_STEPS,
  suppressedWhy,
} from './heatmap-data';
import {
  type HeaderLayout,
  LINE,
  layoutHeatmap,
  PAD,
  type RowLayout,
  SMALL_LINE,
} from './heatmap-layout';

export interface FeedbackHeatmapProps extends ChartProps {
  readonly framework: Framework;
  /** The result of `aggregateFeedback`: one row per assessed node, in published order. */
  readonly report: FeedbackReport;
  /**
   * The columns, in order. Default: self, manager, peers, direct reports, other raters and the
   * pooled "others", leaving out any group with no raters in the whole report.
   */
  readonly groups?: readonly HeatmapGroup[];
}

/** The width drawn on the server and before the chart has measured its room (it then scales). */
const SERVER_WIDTH = 720;

/**
 * 360 feedback as a grid: a row per assessed node, a column per rater group (and everyone but
 * self pooled). A shown cell is coloured by its mean on the scale and says the mean and n in
 * text; a suppressed cell is hatched and says so, never a number; a cell nobody rated says so.
 * Blind spots and hidden strengths are marked on the row with a symbol and a word. Tab into the
 * grid and walk it with the arrow keys (Home/End: row ends; Ctrl+Home/End: first and last cell);
 * each cell has a tooltip on hover and focus, and a button reveals the same data as a table.
 */
export function FeedbackHeatmap({
  framework,
  report,
  groups,
  title,
  onSelect,
  defaultShowTable = false,
  audience = 'learner',
  theme,
  tooltipContainer,
  className,
}: FeedbackHeatmapProps) {
  const id = useId();
  const { scale, columns, rows } = heatmapModel(framework, report, groups);
  const { ref, width: available } = useChartWidth(SERVER_WIDTH);
  const layout = layoutHeatmap(columns, rows, available);
  const { width, height, cellWidth } = layout;
  const [tip, setTip] = useState<number | null>(null);
  const count = rows.length * columns.length;
  const { markProps } = useRovingFocus(
    count,
    {
      onMove: setTip,
      onEscape: () => setTip(null),
      onSelect: (index) => {
        const row = rows[Math.floor(index / columns.length)];
        if (row !== undefined) onSelect?.(row.feedback.nodeId);
      },
    },
    gridMove(columns.length),
  );

  const plural = framework.terms[framework.assessedKind]?.plural ?? 'nodes';
  const caption = title ?? `${framework.shortTitle}: 360 feedback by rater group`;
  const first = scale.points[0];
  const last = scale.points[scale.points.length - 1];
  const columnX = (index: number) => layout.columnX[index] ?? 0;
  const rowY = (index: number) => layout.rows[index]?.cellTop ?? 0;

  const cells = rows.flatMap((row) => row.cells);
  const hasSuppressed = cells.some((cell) => cell.figure.status === 'suppressed');
  const hasAbsent = cells.some((cell) => cell.figure.status === 'absent');
  const hasBlindSpot = rows.some((row) => row.feedback.flag === 'blind-spot');
  const hasHiddenStrength = rows.some((row) => row.feedback.flag === 'hidden-strength');
  const thresholds = new Set(
    columns.flatMap((column, index) =>
      column.minRaters !== null &&
      rows.some((row) => row.cells[index]?.figure.status === 'suppressed')
        ? [column.minRaters]
        : [],
    ),
  );
  const [onlyThreshold] = thresholds;

  const tipRow = tip === null ? undefined : rows[Math.floor(tip / columns.length)];
  const tipColumn = tip === null ? undefined : columns[tip % columns.length];
  const tipCell = tip === null ? undefined : tipRow?.cells[tip % columns.length];

  return (
    <ChartFigure
      id={id}
      kind="heatmap"
      caption={caption}
      theme={theme}
      className={className}
      defaultShowTable={defaultShowTable}
      table={(tableProps) => (
        <HeatmapTable
          {...tableProps}
          caption={`${caption} (${scale.title})`}
          columns={columns}
          rows={rows}
          showProvenance={showsProvenance(audience)}
        />
      )}
    >
      <ul className="medlead-legend medlead-heatmap-legend">
        <li>
          {`Mean on ${scale.title}:`}{' '}
          <span className="medlead-heatmap-ramp-end">{`${formatValue(first?.value ?? 0)} ${first?.label ?? ''}`}</span>{' '}
          <svg
            className="medlead-heatmap-ramp"
            viewBox={`0 0 ${RAMP_STEPS * 16} 16`}
            aria-hidden="true"
          >
            {Array.from({ length: RAMP_STEPS }, (_, step) => (
              <rect
                // biome-ignore lint/suspicious/noArrayIndexKey: the steps are fixed and ordered
                key={step}
                className={`medlead-heatmap-step-${step + 1}`}
                x={step * 16}
                width={16}
                height={16}
              />
            ))}
          </svg>{' '}
          <span className="medlead-heatmap-ramp-end">{`${formatValue(last?.value ?? 1)} ${last?.label ?? ''}`}</span>
          {'; each cell gives the mean and n, the raters who rated it'}
        </li>
        {hasSuppressed && (
          <li>
            <svg className="medlead-legend-mark" viewBox="0 0 16 16" aria-hidden="true">
              {/* The chart's hatch pattern: ids are shared across a document's SVGs. */}
              <rect
                className="medlead-heatmap-box medlead-heatmap-suppressed"
                width={16}
                height={16}
                fill={`url(#${id}-hatch)`}
              />
            </svg>{' '}
            {`— hatched, suppressed: ${
              thresholds.size === 1
                ? `fewer than ${onlyThreshold} raters in the group rated it`
                : 'fewer raters in the group rated it than it needs (see its header)'
            }; no figure is shown, to keep raters anonymous`}
          </li>
        )}
        {hasAbsent && <li>No ratings: nobody in the group rated it</li>}
        {hasBlindSpot && (
          <li>
            <FlagMark flag="blind-spot" />{' '}
            {`Blind spot: self rated ${formatValue(report.options.blindSpotThreshold)} or more above others`}
          </li>
        )}
        {hasHiddenStrength && (
          <li>
            <FlagMark flag="hidden-strength" />{' '}
            {`Hidden strength: others rated ${formatValue(report.options.hiddenStrengthThreshold)} or more above self`}
          </li>
        )}
      </ul>
      {/* An empty block as wide as the chart: it measures the room the grid has. */}
      <div ref={ref} className="medlead-chart-room" />
      <ScrollRegion label={`${caption}: grid`} className="medlead-heatmap-scroll">
        <ChartSvg
          id={id}
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          className="medlead-heatmap-svg"
          // Wider than its room: keep the drawn size (text in CSS px) and scroll, never shrink.
          style={width > available ? { minWidth: width } : {}}
          description={`${rows.length} ${plural} by ${columns.length} rater groups, means on the scale "${scale.title}" from ${formatValue(first?.value ?? 0)} to ${formatValue(last?.value ?? 1)}. Use the arrow keys to move between cells: up and down between ${plural}, left and right between groups; Home and End go to the ends of a row, Control+Home and Control+End to the first and last cell.`}
        >
          <defs>
            <pattern
              id={`${id}-hatch`}
              width={8}
              height={8}
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect className="medlead-heatmap-hatch-ground" width={8} height={8} />
              <line className="medlead-heatmap-hatch-line" x1={0} y1={0} x2={0} y2={8} />
            </pattern>
          </defs>
          <g className="medlead-heatmap-headers" aria-hidden="true">
            {columns.map((column, index) => (
              <ColumnHeader
                key={column.group}
                header={layout.headers[index] as HeaderLayout}
                x={columnX(index) + cellWidth / 2}
              />
            ))}
            {rows.map((row, index) => (
              <RowLabel
                key={row.feedback.nodeId}
                row={row}
                layout={layout.rows[index] as RowLayout}
              />
            ))}
          </g>
          {rows.map((row, rowIndex) =>
            row.cells.map((cell, columnIndex) => {
              const column = columns[columnIndex] as HeatmapColumn;
              const index = rowIndex * columns.length + columnIndex;
              return (
                // biome-ignore lint/a11y/useSemanticElements: a focusable SVG cell cannot be an HTML button
                <g
                  key={`${row.feedback.nodeId} ${column.group}`}
                  {...markProps(index)}
                  role="button"
                  className="medlead-heatmap-cell"
                  aria-label={describeCell(row, column, cell)}
                  onBlur={() => setTip(null)}
                  onPointerEnter={() => setTip(index)}
                  onPointerLeave={() => setTip(null)}
                  onClick={() => onSelect?.(row.feedback.nodeId)}
                >
                  <CellMark
                    cell={cell}
                    x={columnX(columnIndex)}
                    y={rowY(rowIndex)}
                    width={cellWidth}
                    height={layout.rows[rowIndex]?.cellHeight ?? 0}
                    hatch={`url(#${id}-hatch)`}
                  />
                </g>
              );
            }),
          )}
          <ChartTooltip
            anchor={
              tip === null
                ? undefined
                : {
                    x: columnX(tip % columns.length) + cellWidth / 2,
                    y: rowY(Math.floor(tip / columns.length)) + 4,
                  }
            }
            onClose={() => setTip(null)}
            theme={theme}
            container={tooltipContainer}
          >
            {tipRow !== undefined && tipColumn !== undefined && tipCell !== undefined && (
              <>
                <strong>{tipRow.name}</strong>
                <span>{groupNames[tipColumn.group].long}</span>
                {tipCell.figure.status === 'shown' ? (
                  <>
                    <span>{`Mean ${formatValue(tipCell.figure.mean)}; n ${tipCell.figure.n}`}</span>
                    <span>
                      {`SD ${tipCell.figure.sd === null ? '– (one rater)' : formatValue(tipCell.figure.sd)}; range ${formatValue(tipCell.figure.min)}–${formatValue(tipCell.figure.max)}`}
                    </span>
                  </>
                ) : (
                  <span>
                    {tipCell.figure.status === 'suppressed'
                      ? `S${suppressedWhy(tipColumn).slice(1)}; no figure is shown`
                      : 'No ratings'}
                  </span>
                )}
                {tipRow.feedback.flag !== null && showsFlag(tipColumn) && (
                  <span>{flagWords(tipRow)}</span>
                )}
                {showsProvenance(audience) && (
                  <span className="medlead-provenance">
                    <ProvenanceBadge
                      provenance={tipRow.node.provenance}
                      uncertain={tipRow.node.uncertain !== undefined}
                    />{' '}
                    {`Name ${provenanceMeaning[tipRow.node.provenance]}`}
                  </span>
                )}
              </>
            )}
          </ChartTooltip>
        </ChartSvg>
      </ScrollRegion>
    </ChartFigure>
  );
}

/** The group's name and, under it, its rater count or that it is suppressed. */
function ColumnHeader({ header, x }: { header: HeaderLayout; x: number }) {
  return (
    <text className="medlead-heatmap-header" x={x} y={header.top} textAnchor="middle">
      {header.name.map((line, index) => (
        <tspan
          // biome-ignore lint/suspicious/noArrayIndexKey: lines of one label, in order
          key={index}
          x={x}
          dy={index === 0 ? 0 : LINE}
          className="medlead-heatmap-group"
        >
          {line}
        </tspan>
      ))}
      {header.status.map((line, index) => (
        <tspan
          // biome-ignore lint/suspicious/noArrayIndexKey: lines of one label, in order
          key={index}
          x={x}
          dy={index === 0 ? LINE : SMALL_LINE}
          className="medlead-heatmap-status"
        >
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** The node's code and title, wrapped, with its blind-spot or hidden-strength flag under them. */
function RowLabel({ row, layout }: { row: HeatmapRow; layout: RowLayout }) {
  const flag = row.feedback.flag;
  return (
    <g>
      <text className="medlead-heatmap-label" x={PAD} y={layout.nameTop} dominantBaseline="middle">
        {layout.lines.map((line, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines of one label, in order
          <tspan key={index} x={PAD} dy={index === 0 ? 0 : LINE}>
            {line}
          </tspan>
        ))}
      </text>
      {flag !== null && layout.flagY !== null && (
        <g transform={`translate(${PAD} ${layout.flagY})`}>
          <path
            className={`medlead-heatmap-flag medlead-heatmap-flag-${flag}`}
            d={flag === 'blind-spot' ? 'M5,-5L10,4L0,4Z' : 'M0,-4L10,-4L5,5Z'}
          />
          <text className="medlead-heatmap-flag-text" x={15} y={0} dominantBaseline="middle">
            {flag === 'blind-spot' ? 'blind spot' : 'hidden strength'}
          </text>
        </g>
      )}
    </g>
  );
}

/** A cell's drawing: colour and figures, hatching and "suppressed", or "no ratings". */
function CellMark({
  cell,
  x,
  y,
  width,
  height,
  hatch,
}: {
  cell: HeatmapCell;
  x: number;
  y: number;
  width: number;
  height: number;
  hatch: string;
}) {
  const cx = x + width / 2;
  const cy = y + height / 2;
  const box = { x: x + 2, y: y + 2, width: width - 4, height: height - 4 };
  // The focus ring runs in the gap round the cell, against the page rather than the cell's fill.
  const ring = { x: x + 0.5, y: y + 0.5, width: width - 1, height: height - 1 };
  const { figure } = cell;
  if (figure.status === 'shown') {
    return (
      <>
        <rect className={`medlead-heatmap-box medlead-heatmap-step-${cell.step}`} {...box} />
        <text
          className={`medlead-heatmap-mean medlead-heatmap-on-${cell.step}`}
          x={cx}
          y={cy - 7}
          textAnchor="middle"
          dominantBaseline="middle"
        >
          {/* The trailing space (not drawn: SVG trims it) keeps the cell's text two words. */}
          {`${formatMean(figure.mean)} `}
        </text>
        <text
          className={`medlead-heatmap-n medlead-heatmap-on-${cell.step}`}
          x={cx}
          y={cy + 11}
          textAnchor="middle"
          dominantBaseline="middle"
        >
          {`n=${figure.n}`}
        </text>
        <rect className="medlead-heatmap-focus" {...ring} />
      </>
    );
  }
  if (figure.status === 'suppressed') {
    return (
      <>
        <rect className="medlead-heatmap-box medlead-heatmap-suppressed" {...box} fill={hatch} />
        {/* A plain patch under the words, so the hatching does not cut through them. */}
        <rect
          className="medlead-heatmap-plate"
          x={x + 4}
          y={cy - 17}
          width={width - 8}
          height={34}
          rx={3}
        />
        <text
          className="medlead-heatmap-note"
          x={cx}
          y={cy - 7}
          textAnchor="middle"
          dominantBaseline="middle"
        >
          {'— '}
        </text>
        <text
          className="medlead-heatmap-note"
          x={cx}
          y={cy + 9}
          textAnchor="middle"
          dominantBaseline="middle"
        >
          suppressed
        </text>
        <rect className="medlead-heatmap-focus" {...ring} />
      </>
    );
  }
  return (
    <>
      <rect className="medlead-heatmap-box medlead-heatmap-absent" {...box} />
      <text
        className="medlead-heatmap-muted"
        x={cx}
        y={cy - 7}
        textAnchor="middle"
        dominantBaseline="middle"
      >
        {'no '}
      </text>
      <text
        className="medlead-heatmap-muted"
        x={cx}
        y={cy + 9}
        textAnchor="middle"
        dominantBaseline="middle"
      >
        ratings
      </text>
      <rect className="medlead-heatmap-focus" {...ring} />
    </>
  );
}

/** The legend's and rows' flag symbol: up for a blind spot (self above), down for a hidden strength. */
function FlagMark({ flag }: { flag: 'blind-spot' | 'hidden-strength' }) {
  return (
    <svg className="medlead-legend-mark" viewBox="0 -5 10 10" aria-hidden="true">
      <path
        className={`medlead-heatmap-flag medlead-heatmap-flag-${flag}`}
        d={flag === 'blind-spot' ? 'M5,-5L10,4L0,4Z' : 'M0,-4L10,-4L5,5Z'}
      />
    </svg>
  );
}

/** What a screen reader hears for a cell: row, column, then the figure or why there is none. */
function describeCell(row: HeatmapRow, column: HeatmapColumn, cell: HeatmapCell): string {
  const where = `${row.name}, ${groupNames[column.group].long}`;
  const flag =
    row.feedback.flag !== null && showsFlag(column) ? `; ${flagWords(row).toLowerCase()}` : '';
  if (cell.figure.status === 'shown')
    return `${where}: mean ${formatMean(cell.figure.mean)}, n=${cell.figure.n}${flag}`;
  if (cell.figure.status === 'suppressed') return `${where}: ${suppressedWhy(column)}`;
  return `${where}: no ratings`;
}

/** The flags compare self with others, so those two columns' cells repeat them. */
function showsFlag(column: HeatmapColumn): boolean {
  return column.group === 'self' || column.group === 'others';
}
