import {
  ancestors,
  type CohortNode,
  type CohortSummary,
  type Framework,
  type FrameworkNode,
  findScale,
  getNode,
  type RatingScale,
} from '@medlead/core';
import { useId, useState } from 'react';
import { ChartFigure, ChartSvg } from '../shared/ChartFigure';
import { ChartTooltip } from '../shared/ChartTooltip';
import { type ChartProps, showsProvenance } from '../shared/chart-props';
import { formatValue } from '../shared/format-value';
import { ProvenanceBadge, provenanceMeaning, provenanceWords } from '../shared/provenance';
import { ScrollRegion } from '../shared/ScrollRegion';
import { useChartWidth } from '../shared/use-chart-width';
import { useRovingFocus } from '../shared/use-roving-focus';
import { round, wrapLabel } from '../wheel/geometry';
import {
  BOX_BAND,
  type CohortFrame,
  cohortFrame,
  type DotGrid,
  LINE,
  layoutAxis,
  layoutDots,
  SERVER_WIDTH,
  stackDots,
} from './cohort-layout';

export interface CohortDistributionProps extends ChartProps {
  readonly framework: Framework;
  /** The result of `summarizeCohort(framework, reports)`: one row per assessed node, in its order. */
  readonly summary: CohortSummary;
  /**
   * `box` (default): min–q1–median–q3–max box and whiskers with the mean as a diamond.
   * `strip`: one dot per learner, stacked at the scale point they reached (the summary's histogram).
   */
  readonly variant?: 'box' | 'strip';
  /** A reference value on the summary's scale (the expected level, say), drawn as a dashed line. */
  readonly target?: number;
}

/** Below this many learners the quartiles of a row move a lot with one learner: the row says so. */
export const FEW_LEARNERS = 5;

interface Row {
  readonly figures: CohortNode;
  readonly node: FrameworkNode;
  /** "1.1 Developing Self Awareness", or the title alone where the framework numbers nothing. */
  readonly name: string;
  /** Where the name comes from, when a reader needs telling ("editorial", "uncertain"). */
  readonly flags: string;
  readonly path: string;
  readonly lines: readonly string[];
  readonly top: number;
  /** The vertical centre of the box, or the baseline the dots stand on. */
  readonly markY: number;
  /** The band the marks (and the grid and target lines) take, under the name. */
  readonly bandTop: number;
  readonly bandBottom: number;
  readonly bottom: number;
}

/**
 * How a class is spread over each assessed node: one row per node, the scale's points along the top.
 * `box` draws a box and whiskers (min, quartiles, median, max) with the mean as a diamond; `strip`
 * draws every learner as a dot stacked at the scale point they reached, with the count under
 * each stack. Both need only the summary. Rows are walked with the arrow keys, each has a tooltip
 * with the counts per scale point, and a button reveals the same figures as a table.
 */
export function CohortDistribution({
  framework,
  summary,
  variant = 'box',
  target,
  title,
  onSelect,
  defaultShowTable = false,
  audience = 'learner',
  theme,
  tooltipContainer,
  className,
}: CohortDistributionProps) {
  const id = useId();
  const scale = checkSummary(framework, summary, target);
  const { ref, width: available } = useChartWidth(SERVER_WIDTH);
  const frame = cohortFrame(available);
  const { width, plotLeft, plotRight } = frame;
  const min = scale.points[0]?.value ?? 0;
  const max = scale.points[scale.points.length - 1]?.value ?? 1;
  const x = (value: number) =>
    round(plotLeft + ((value - min) / (max - min)) * (plotRight - plotLeft));
  const axis = layoutAxis(scale.points, x, frame);
  const largestCount = Math.max(
    0,
    ...summary.nodes
      .filter((node) => node.assessed)
      .flatMap((node) => node.histogram.map((bar) => bar.count)),
  );
  const dots = layoutDots(largestCount, scale.points.length, frame);
  const curriculum = showsProvenance(audience);
  const rows = layoutRows(framework, summary, axis.height, variant, dots, frame, curriculum);
  const height = (rows[rows.length - 1]?.bottom ?? axis.height) + 4;
  const few = rows.some((row) => row.figures.n > 0 && row.figures.n < FEW_LEARNERS);
  const term = framework.terms[framework.assessedKind]?.plural ?? 'nodes';
  const learners = `${summary.learners} ${summary.learners === 1 ? 'learner' : 'learners'}`;
  const caption =
    title ?? `${framework.shortTitle}: how ${learners} spread over each of the ${term}`;
  const targetPoint = scale.points.find((point) => point.value === target);
  const targetWords =
    target === undefined
      ? ''
      : `Target ${formatValue(target)}${targetPoint === undefined ? '' : ` ${targetPoint.label}`}`;

  const [tip, setTip] = useState<number | null>(null);
  const { markProps } = useRovingFocus(rows.length, {
    onMove: setTip,
    onEscape: () => setTip(null),
    onSelect: (index) => {
      const row = rows[index];
      if (row !== undefined) onSelect?.(row.figures.nodeId);
    },
  });
  const tipRow = tip === null ? undefined : rows[tip];

  return (
    <ChartFigure
      id={id}
      kind="cohort"
      caption={caption}
      theme={theme}
      className={className}
      defaultShowTable={defaultShowTable}
      table={(tableProps) => (
        <CohortTable
          {...tableProps}
          caption={`${caption} (${scale.title})`}
          rows={rows}
          scale={scale}
          showProvenance={curriculum}
        />
      )}
    >
      <Legend variant={variant} targetWords={targetWords} few={few} />
      {/* An empty block as wide as the chart: it measures the room the chart has. */}
      <div ref={ref} className="medlead-chart-room" />
      <ChartSvg
        id={id}
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        className="medlead-cohort-svg"
        description={`${rows.length} rows, one per ${framework.terms[framework.assessedKind]?.singular ?? 'node'}, on the scale "${scale.title}" from ${formatValue(min)} to ${formatValue(max)}. ${
          variant === 'box'
            ? 'Each row shows the lowest and highest score, the quartiles, the median and the mean.'
            : 'Each row shows one dot per learner at the scale point they reached.'
        } Use the arrow keys to move between rows.`}
      >
        <g className="medlead-cohort-axis" aria-hidden="true">
          {axis.ticks.map((tick) => (
            <g key={tick.value}>
              <line x1={tick.x} x2={tick.x} y1={axis.height - 6} y2={axis.height} />
              <text
                className="medlead-cohort-tick"
                x={tick.x}
                y={6 + (tick.tier * axis.linesPerTier + 1) * LINE - 5}
                textAnchor={tick.anchor}
              >
                {tick.lines.map((line, lineIndex) => (
                  <tspan key={line} x={tick.x} dy={lineIndex === 0 ? 0 : LINE}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          ))}
          {/* Grid lines only across the marks of each row, never through its name. */}
          <path
            d={rows
              .flatMap((row) =>
                axis.ticks.map((tick) => `M${tick.x},${row.bandTop}V${row.bandBottom}`),
              )
              .join('')}
          />
        </g>
        {target !== undefined && (
          <path
            className="medlead-cohort-target"
            d={rows.map((row) => `M${x(target)},${row.bandTop}V${row.bandBottom}`).join('')}
            aria-hidden="true"
          />
        )}
        {rows.map((row, index) => (
          // biome-ignore lint/a11y/useSemanticElements: a focusable SVG row cannot be an HTML button
          <g
            key={row.figures.nodeId}
            {...markProps(index)}
            role="button"
            className="medlead-cohort-row"
            data-node-id={row.figures.nodeId}
            aria-label={rowLabel(row, variant)}
            onBlur={() => setTip(null)}
            onPointerEnter={() => setTip(index)}
            onPointerLeave={() => setTip(null)}
            onClick={() => onSelect?.(row.figures.nodeId)}
          >
            <rect
              className="medlead-cohort-hit"
              x={1}
              y={row.top}
              width={width - 2}
              height={row.bottom - row.top}
              rx={4}
            />
            {/* The spaces keep words apart in the row's visible text, which its name must contain. */}
            <text className="medlead-cohort-name" x={8} y={row.top + LINE - 4}>
              {row.lines.map((line, lineIndex) => (
                <tspan key={line} x={8} dy={lineIndex === 0 ? 0 : LINE}>
                  {lineIndex < row.lines.length - 1 ? `${line} ` : line}
                </tspan>
              ))}
            </text>{' '}
            <text
              className="medlead-cohort-n"
              x={width - 8}
              y={row.top + LINE - 4}
              textAnchor="end"
            >
              {`n = ${row.figures.n}${row.figures.n > 0 && row.figures.n < FEW_LEARNERS ? '*' : ''}`}
            </text>{' '}
            {row.figures.n === 0 ? (
              <text
                className="medlead-cohort-empty"
                x={(plotLeft + plotRight) / 2}
                y={variant === 'box' ? row.markY : row.markY - dots.height / 2}
                textAnchor="middle"
                dominantBaseline="middle"
              >
                no data
              </text>
            ) : variant === 'box' ? (
              <BoxMarks figures={row.figures} y={row.markY} x={x} />
            ) : (
              <StripDots
                figures={row.figures}
                baseline={row.markY}
                grid={dots}
                x={x}
                frame={frame}
              />
            )}
          </g>
        ))}
        {variant === 'strip' && (
          // The counts sit outside the rows: a row's visible text must read as its accessible name
          // begins ("name, n = 28"), and the name gives the counts in words.
          <g className="medlead-cohort-counts" aria-hidden="true">
            {rows
              .filter((row) => row.figures.n > 0)
              .map((row) => (
                <g key={row.figures.nodeId} data-counts-for={row.figures.nodeId}>
                  {row.figures.histogram.map((bar) => (
                    <text
                      key={bar.value}
                      className="medlead-cohort-count"
                      x={x(bar.value)}
                      y={row.markY + LINE - 2}
                      textAnchor="middle"
                    >
                      {bar.count}
                    </text>
                  ))}
                </g>
              ))}
          </g>
        )}
        <ChartTooltip
          anchor={
            tipRow === undefined
              ? undefined
              : { x: x(tipRow.figures.median ?? (min + max) / 2), y: tipRow.markY }
          }
          onClose={() => setTip(null)}
          theme={theme}
          container={tooltipContainer}
        >
          {tipRow !== undefined && <TooltipBody row={tipRow} curriculum={curriculum} />}
        </ChartTooltip>
      </ChartSvg>
    </ChartFigure>
  );
}

/** Throws, naming the problem, on a summary this chart would otherwise draw wrong. */
function checkSummary(
  framework: Framework,
  summary: CohortSummary,
  target: number | undefined,
): RatingScale {
  if (summary.framework !== framework.key) {
    throw new Error(
      `medlead: the cohort summary is of ${summary.framework}, but the framework is ${framework.key}`,
    );
  }
  const scale = findScale(framework, summary.scale);
  if (scale === undefined) {
    throw new Error(`medlead: "${summary.scale}" is not a scale of ${framework.key}`);
  }
  const low = scale.points[0]?.value ?? 0;
  const high = scale.points[scale.points.length - 1]?.value ?? 0;
  if (target !== undefined && !(Number.isFinite(target) && target >= low && target <= high)) {
    throw new Error(
      `medlead: target ${String(target)} is not on the scale "${scale.title}" (${low} to ${high})`,
    );
  }
  const assessed = summary.nodes.filter((node) => node.assessed);
  if (assessed.length === 0) {
    throw new Error(`medlead: the cohort summary of ${framework.key} has no assessed nodes`);
  }
  for (const node of assessed) {
    const figures = [node.min, node.q1, node.median, node.q3, node.max, node.mean];
    const counted = node.histogram.reduce((sum, bar) => sum + bar.count, 0);
    const problem = !Number.isInteger(node.n)
      ? `n is ${String(node.n)}`
      : node.n > 0 &&
          figures.some(
            (value) => value === null || !Number.isFinite(value) || value < low || value > high,
          )
        ? 'a figure is missing or off the scale'
        : node.sd !== null && !(Number.isFinite(node.sd) && node.sd >= 0)
          ? `its sd is ${String(node.sd)}`
          : node.histogram.length !== scale.points.length
            ? `its histogram has ${node.histogram.length} bars for ${scale.points.length} scale points`
            : counted !== node.n
              ? `its histogram counts ${counted} learners but n is ${node.n}`
              : undefined;
    if (problem !== undefined) {
      throw new Error(`medlead: cohort summary row "${node.nodeId}": ${problem}`);
    }
  }
  return scale;
}

/** Rows for the assessed nodes, stacked down the chart (a row is as tall as its wrapped name). */
function layoutRows(
  framework: Framework,
  summary: CohortSummary,
  top: number,
  variant: 'box' | 'strip',
  dots: DotGrid,
  frame: CohortFrame,
  /** Mark editorial and uncertain names (for educators). */
  flagNames: boolean,
): Row[] {
  const rows: Row[] = [];
  let y = top;
  for (const figures of summary.nodes) {
    if (!figures.assessed) continue;
    const node = getNode(framework, figures.nodeId);
    if (node === undefined) {
      throw new Error(`medlead: "${figures.nodeId}" is not a node of ${framework.key}`);
    }
    const name = figures.code === null ? figures.title : `${figures.code} ${figures.title}`;
    const flags = [
      flagNames && node.provenance === 'editorial' ? 'editorial' : '',
      flagNames && node.uncertain !== undefined ? 'uncertain' : '',
    ]
      .filter(Boolean)
      .join(', ');
    // Names wrap onto as many lines as they need, never cut short or shrunk.
    const lines = wrapLabel(flags === '' ? name : `${name} (${flags})`, frame.nameChars, 8);
    const bandTop = y + lines.length * LINE + 4;
    // Box: a band for the box. Strip: the tallest stack, then a line for the counts under it.
    const markY = variant === 'box' ? bandTop + BOX_BAND / 2 : bandTop + dots.height + 2;
    const bandBottom = variant === 'box' ? bandTop + BOX_BAND : markY;
    const bottom = variant === 'box' ? bandTop + BOX_BAND + 6 : markY + LINE + 8;
    rows.push({
      figures,
      node,
      name,
      flags,
      path: ancestors(framework, node.id)
        .map((step) => (step.code === undefined ? step.title : `${step.code} ${step.title}`))
        .join(' › '),
      lines,
      top: y,
      markY,
      bandTop,
      bandBottom,
      bottom,
    });
    y = bottom + 2;
  }
  return rows;
}

/**
 * What a screen reader says for a row. It begins with the row's visible text ("name, n = 28"), as
 * WCAG's label-in-name asks, then gives the figures the box draws, in words.
 */
function rowLabel(row: Row, variant: 'box' | 'strip'): string {
  const { figures } = row;
  const heading = `${row.flags === '' ? row.name : `${row.name} (${row.flags})`}, n = ${figures.n}`;
  if (figures.n === 0) return `${heading}: no data`;
  const parts = [
    `median ${formatValue(figures.median)}`,
    `quartiles ${formatValue(figures.q1)} to ${formatValue(figures.q3)}`,
    `range ${formatValue(figures.min)} to ${formatValue(figures.max)}`,
    `mean ${formatValue(figures.mean)}`,
  ];
  if (figures.n < FEW_LEARNERS)
    parts.push(`fewer than ${FEW_LEARNERS} learners, quartiles unstable`);
  if (variant === 'strip') {
    parts.push(
      `learners per point: ${figures.histogram.map((bar) => `${formatValue(bar.value)} ${bar.label} ${bar.count}`).join(', ')}`,
    );
  }
  return `${heading}: ${parts.join('; ')}`;
}

function BoxMarks({
  figures,
  y,
  x,
}: {
  figures: CohortNode;
  y: number;
  x: (value: number) => number;
}) {
  // checkSummary has made sure every figure of a row with learners is a number on the scale.
  const [low, q1, median, q3, high, mean] = [
    figures.min,
    figures.q1,
    figures.median,
    figures.q3,
    figures.max,
    figures.mean,
  ].map((value) => x(value ?? 0)) as [number, number, number, number, number, number];
  const half = BOX_BAND / 2;
  return (
    <g aria-hidden="true">
      <line className="medlead-cohort-whisker" x1={low} x2={q1} y1={y} y2={y} />
      <line className="medlead-cohort-whisker" x1={q3} x2={high} y1={y} y2={y} />
      <line className="medlead-cohort-whisker" x1={low} x2={low} y1={y - 6} y2={y + 6} />
      <line className="medlead-cohort-whisker" x1={high} x2={high} y1={y - 6} y2={y + 6} />
      <rect
        className="medlead-cohort-box"
        x={q1}
        y={y - half + 5}
        width={round(q3 - q1)}
        height={BOX_BAND - 10}
      />
      <line className="medlead-cohort-median" x1={median} x2={median} y1={y - half} y2={y + half} />
      <path className="medlead-cohort-mean" d={`M${mean},${y - 6}l6,6l-6,6l-6,-6Z`} />
    </g>
  );
}

function StripDots({
  figures,
  baseline,
  grid,
  x,
  frame,
}: {
  figures: CohortNode;
  baseline: number;
  grid: DotGrid;
  x: (value: number) => number;
  frame: CohortFrame;
}) {
  return (
    <g aria-hidden="true">
      <line
        className="medlead-cohort-baseline"
        x1={frame.plotLeft - 12}
        x2={frame.plotRight + 12}
        y1={baseline}
        y2={baseline}
      />
      {figures.histogram.map((bar) => (
        <g key={bar.value} className="medlead-cohort-stack">
          {stackDots(bar.count, x(bar.value), baseline - 1, grid).map((dot) => (
            <circle
              key={`${dot.cx},${dot.cy}`}
              className="medlead-cohort-dot"
              cx={dot.cx}
              cy={dot.cy}
              r={grid.radius}
            />
          ))}
        </g>
      ))}
    </g>
  );
}

function TooltipBody({ row, curriculum }: { row: Row; curriculum: boolean }) {
  const { figures, node } = row;
  return (
    <>
      <strong>{row.name}</strong>
      {row.path !== '' && <span>{row.path}</span>}
      <span>
        {figures.n === 0
          ? 'No data: no learner has a score here'
          : `n ${figures.n}; median ${formatValue(figures.median)}; mean ${formatValue(figures.mean)}`}
      </span>
      {figures.n > 0 && (
        <span>{`Quartiles ${formatValue(figures.q1)} to ${formatValue(figures.q3)}; range ${formatValue(figures.min)} to ${formatValue(figures.max)}`}</span>
      )}
      <span>Learners per scale point:</span>
      <ul className="medlead-cohort-tip-counts">
        {figures.histogram.map((bar) => (
          <li key={bar.value}>{`${formatValue(bar.value)} ${bar.label}: ${bar.count}`}</li>
        ))}
      </ul>
      {curriculum && (
        <span className="medlead-provenance">
          {`Name: ${provenanceWords[node.provenance]} (${provenanceMeaning[node.provenance]})`}
          {node.uncertain === undefined ? '' : `. Uncertain: ${node.uncertain}`}
        </span>
      )}
    </>
  );
}

function Legend({
  variant,
  targetWords,
  few,
}: {
  variant: 'box' | 'strip';
  targetWords: string;
  few: boolean;
}) {
  return (
    <ul className="medlead-legend medlead-cohort-legend">
      {variant === 'box' ? (
        <>
          <li>
            <svg className="medlead-cohort-key" viewBox="0 0 40 20" aria-hidden="true">
              <line className="medlead-cohort-whisker" x1={1} x2={39} y1={10} y2={10} />
              <rect className="medlead-cohort-box" x={10} y={4} width={20} height={12} />
              <line className="medlead-cohort-median" x1={18} x2={18} y1={1} y2={19} />
            </svg>{' '}
            Box: middle half of learners (quartiles); thick line: median; whiskers: lowest to
            highest
          </li>
          <li>
            <svg className="medlead-legend-mark" viewBox="-8 -8 16 16" aria-hidden="true">
              <path className="medlead-cohort-mean" d="M0,-6L6,0L0,6L-6,0Z" />
            </svg>{' '}
            Mean (diamond)
          </li>
        </>
      ) : (
        <li>
          <svg className="medlead-legend-mark" viewBox="-8 -8 16 16" aria-hidden="true">
            <circle className="medlead-cohort-dot" r={5} />
          </svg>{' '}
          One dot per learner, at the highest scale point they reached; the number under each stack
          counts them
        </li>
      )}
      {targetWords !== '' && (
        <li>
          <span className="medlead-key medlead-key-target" aria-hidden="true" />{' '}
          {`${targetWords} (dashed line)`}
        </li>
      )}
      {few && <li>{`* Fewer than ${FEW_LEARNERS} learners: the quartiles are unstable`}</li>}
    </ul>
  );
}

function CohortTable({
  id,
  hidden,
  caption,
  rows,
  scale,
  showProvenance,
}: {
  id: string;
  hidden: boolean;
  caption: string;
  rows: readonly Row[];
  scale: RatingScale;
  showProvenance: boolean;
}) {
  const figure = (value: number | null) => (value === null ? '–' : formatValue(value));
  return (
    // A wide table scrolls sideways on a phone, with a cue, in a region a keyboard can scroll.
    <ScrollRegion label={caption} className="medlead-cohort-table-scroll">
      <table id={id} className="medlead-table" hidden={hidden}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">n</th>
            <th scope="col">Mean</th>
            <th scope="col">SD</th>
            <th scope="col">Min</th>
            <th scope="col">Q1</th>
            <th scope="col">Median</th>
            <th scope="col">Q3</th>
            <th scope="col">Max</th>
            {scale.points.map((point) => (
              <th scope="col" key={point.value}>
                {`${formatValue(point.value)} ${point.label}`}
              </th>
            ))}
            {showProvenance && <th scope="col">Source of the name</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ figures, node, name }) => (
            <tr key={figures.nodeId}>
              <th scope="row">{name}</th>
              <td>{figures.n}</td>
              <td>{figure(figures.mean)}</td>
              <td>{figure(figures.sd)}</td>
              <td>{figure(figures.min)}</td>
              <td>{figure(figures.q1)}</td>
              <td>{figure(figures.median)}</td>
              <td>{figure(figures.q3)}</td>
              <td>{figure(figures.max)}</td>
              {figures.histogram.map((bar) => (
                <td key={bar.value}>{bar.count}</td>
              ))}
              {showProvenance && (
                <td>
                  <ProvenanceBadge
                    provenance={node.provenance}
                    uncertain={node.uncertain !== undefined}
                  />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
