import type { Crosswalk, Framework, FrameworkNode } from '@medlead/core';
import { type CSSProperties, useId, useState } from 'react';
import { ChartFigure, ChartSvg } from '../shared/ChartFigure';
import { ChartTooltip } from '../shared/ChartTooltip';
import type { ChartProps } from '../shared/chart-props';
import { formatValue } from '../shared/format-value';
import { ProvenanceBadge, provenanceWords } from '../shared/provenance';
import { ScrollRegion } from '../shared/ScrollRegion';
import { textWidth, widestWord, wrapText } from '../shared/text-width';
import { chartText, useChartWidth } from '../shared/use-chart-width';
import { useRovingFocus } from '../shared/use-roving-focus';
import { round } from '../wheel/geometry';
import { CrosswalkTable } from './CrosswalkTable';
import {
  linkProvenanceWords,
  type MatrixLink,
  type MatrixUnmapped,
  matrixModel,
  nodeName,
  provenanceSummary,
  relationOrder,
  relations,
} from './crosswalk-data';

export interface CrosswalkMatrixProps extends ChartProps {
  /** The crosswalk to draw: a stored one (`getCrosswalk`, `crosswalks`) or one of your own. */
  readonly crosswalk: Crosswalk;
  /** The framework edition the crosswalk maps from (its rows). */
  readonly source: Framework;
  /** The framework edition it maps to (its columns). */
  readonly target: Framework;
  /** A crosswalk is for educators: it always shows where each link and name comes from. */
  readonly audience?: 'curriculum';
}

// Laid out in CSS pixels (useChartWidth sets the row names' column), so text shows at its CSS
// size at every width. The grid keeps its size and scrolls sideways (a ScrollRegion, with its cue)
// when wider than the page, the row names staying in view at its left edge.
const FALLBACK_WIDTH = 720; // on the server, before the first measurement
const LABEL = chartText.label; // row names
const LABEL_LINE = 16;
const SMALL = chartText.small; // column names, the corner, the cells' words
const SMALL_LINE = 15;
const HEADER_LINE = 17; // between the (vertical) lines of a column name
const CELL_W = 70; // "narrower" fits in the tile, with room to spare
const CELL_H = 46; // the relation's word over its symbol
const UNMAPPED = '∅'; // marks a row or column no link reaches

/**
 * A crosswalk as a grid: a row per assessed node of the source, a column per assessed node of the
 * target, and where a link joins them the relation in words ("same as", "close to", "broader",
 * "narrower", "related") over its symbol (≡ ≈ ⊂ ⊃ ∩). Links are the only focus stops, walked in
 * reading order (row by row) with the arrow keys; each has a tooltip on hover and focus with its
 * strength, reason and provenance. Nodes with no link are listed under the grid with the
 * crosswalk's reason; a button reveals every link as a table.
 */
export function CrosswalkMatrix({
  crosswalk,
  source,
  target,
  title,
  onSelect,
  defaultShowTable = false,
  theme,
  tooltipContainer,
  className,
}: CrosswalkMatrixProps) {
  const id = useId();
  const { ref, width: measured } = useChartWidth(FALLBACK_WIDTH);
  const model = matrixModel(crosswalk, source, target);
  const { rows, columns, links } = model;
  const [tip, setTip] = useState<number | null>(null);
  const { markProps } = useRovingFocus(links.length, {
    onMove: setTip,
    onEscape: () => setTip(null),
    onSelect: (index) => {
      const entry = links[index];
      if (entry !== undefined) onSelect?.(entry.link.from);
    },
  });

  const caption = title ?? crosswalk.title;
  const sourceNodes = `${source.shortTitle} (${source.edition}) ${source.terms[source.assessedKind]?.plural ?? 'nodes'}`;
  const targetNodes = `${target.shortTitle} (${target.edition}) ${target.terms[target.assessedKind]?.plural ?? 'nodes'}`;
  const unmappedRows = new Set(model.unmappedFrom.map((entry) => entry.nodeId));
  const unmappedColumns = new Set(model.unmappedTo.map((entry) => entry.nodeId));
  const layout = matrixLayout(
    measured,
    rows.map((node) => `${unmappedRows.has(node.id) ? `${UNMAPPED} ` : ''}${nodeName(node)}`),
    columns.map((node) => `${unmappedColumns.has(node.id) ? `${UNMAPPED} ` : ''}${nodeName(node)}`),
    ['Columns →', targetNodes, 'Rows ↓', sourceNodes],
  );
  const { namesWidth, gridWidth, height, headerHeight, rowTop, rowHeight } = layout;
  const columnX = (index: number) => index * CELL_W;
  const gridBottom = rowTop(rows.length);
  const uncertainCount = links.filter((entry) => entry.link.uncertain !== undefined).length;
  const tipLink = tip === null ? undefined : links[tip];
  const stripes = rows.flatMap((node, index) =>
    index % 2 === 0 ? [{ key: node.id, y: rowTop(index), height: rowHeight(index) }] : [],
  );

  return (
    <ChartFigure
      id={id}
      kind="crosswalk"
      caption={caption}
      theme={theme}
      className={className}
      defaultShowTable={defaultShowTable}
      table={(tableProps) => (
        // A table wider than a phone scrolls sideways, and says so.
        <div hidden={tableProps.hidden}>
          <ScrollRegion label={`${caption}: table`}>
            <CrosswalkTable
              {...tableProps}
              caption={`${caption} (version ${crosswalk.version})`}
              model={model}
            />
          </ScrollRegion>
        </div>
      )}
    >
      <ul className="medlead-legend medlead-crosswalk-legend">
        {relationOrder
          .filter((relation) => links.some((entry) => entry.link.relation === relation))
          .map((relation) => (
            <li key={relation}>
              <span className={`medlead-crosswalk-key medlead-crosswalk-${relation}`}>
                {relations[relation].words}{' '}
                <span className="medlead-crosswalk-key-symbol" aria-hidden="true">
                  {relations[relation].symbol}
                </span>
              </span>{' '}
              {relations[relation].legend}
            </li>
          ))}
        {(model.unmappedFrom.length > 0 || model.unmappedTo.length > 0) && (
          <li>
            <span className="medlead-crosswalk-key medlead-crosswalk-key-plain" aria-hidden="true">
              {UNMAPPED}
            </span>{' '}
            not mapped: no link; the reasons are listed under the grid
          </li>
        )}
        {uncertainCount > 0 && (
          <li>
            <span
              className="medlead-crosswalk-key medlead-crosswalk-key-uncertain"
              aria-hidden="true"
            >
              ?
            </span>{' '}
            {`dashed, with “?”: uncertain (${uncertainCount} of ${links.length} links; why is in the tooltip and table)`}
          </li>
        )}
      </ul>
      <p className="medlead-provenance medlead-crosswalk-note">
        {`${provenanceSummary(links)} ${crosswalk.summary}`}
      </p>
      <div
        ref={ref}
        className="medlead-crosswalk-body"
        style={{ '--medlead-crosswalk-names': `${namesWidth}px` } as CSSProperties}
      >
        <ScrollRegion label={`${caption}: the grid`} className="medlead-crosswalk-scroll">
          <div className="medlead-crosswalk-sheet">
            {/* The row names (and the corner saying which way is which), kept in view at the
                left while the grid scrolls. Screen readers hear the names in each link's label. */}
            <svg
              className="medlead-crosswalk-names"
              viewBox={`0 0 ${namesWidth} ${height}`}
              width={namesWidth}
              height={height}
              aria-hidden="true"
            >
              {stripes.map((stripe) => (
                <rect
                  key={stripe.key}
                  className="medlead-crosswalk-stripe"
                  x={0}
                  y={stripe.y}
                  width={namesWidth}
                  height={stripe.height}
                />
              ))}
              {model.rowBreaks.map((index) => (
                <line
                  key={index}
                  className="medlead-crosswalk-break"
                  x1={0}
                  x2={namesWidth}
                  y1={rowTop(index)}
                  y2={rowTop(index)}
                />
              ))}
              <text
                className="medlead-crosswalk-axis"
                x={4}
                y={headerHeight - 8 - (layout.corner.length - 1) * SMALL_LINE}
              >
                {layout.corner.map((line, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: lines of one label, in order
                  <tspan key={index} x={4} dy={index === 0 ? 0 : SMALL_LINE}>
                    {line}
                  </tspan>
                ))}
              </text>
              {layout.rowLines.map((lines, index) => {
                const top = round(
                  rowTop(index) + rowHeight(index) / 2 - ((lines.length - 1) * LABEL_LINE) / 2,
                );
                return (
                  <text
                    key={rows[index]?.id}
                    className="medlead-crosswalk-label"
                    x={4}
                    y={top}
                    dominantBaseline="middle"
                  >
                    {lines.map((line, lineIndex) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: lines of one label, in order
                      <tspan key={lineIndex} x={4} dy={lineIndex === 0 ? 0 : LABEL_LINE}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                );
              })}
            </svg>
            <ChartSvg
              id={id}
              viewBox={`0 0 ${gridWidth} ${height}`}
              className="medlead-crosswalk-svg"
              style={{ width: `${gridWidth}px` }}
              description={`Rows: ${rows.length} ${sourceNodes}; columns: ${columns.length} ${targetNodes}; ${links.length} links. Use the arrow keys to move from link to link in reading order, row by row; Home and End go to the first and last link.`}
            >
              <g className="medlead-crosswalk-grid" aria-hidden="true">
                {stripes.map((stripe) => (
                  <rect
                    key={stripe.key}
                    className="medlead-crosswalk-stripe"
                    x={0}
                    y={stripe.y}
                    width={columnX(columns.length)}
                    height={stripe.height}
                  />
                ))}
                {[...columns, undefined].map((node, index) => (
                  <line
                    key={node?.id ?? 'end'}
                    className={
                      model.columnBreaks.includes(index) ? 'medlead-crosswalk-break' : undefined
                    }
                    x1={columnX(index) + 0.5}
                    x2={columnX(index) + 0.5}
                    y1={headerHeight}
                    y2={gridBottom}
                  />
                ))}
                {model.rowBreaks.map((index) => (
                  <line
                    key={index}
                    className="medlead-crosswalk-break"
                    x1={0}
                    x2={columnX(columns.length)}
                    y1={rowTop(index)}
                    y2={rowTop(index)}
                  />
                ))}
              </g>
              <g className="medlead-crosswalk-labels" aria-hidden="true">
                {layout.columnLines.map((lines, index) => (
                  // Written downwards (writing-mode, not a rotation, so the text keeps its size
                  // and its box stays inside its column), ending just over the grid; a long
                  // name's lines run from right to left, as vertical lines do.
                  <g key={columns[index]?.id} className="medlead-crosswalk-column-name">
                    {lines.map((line, lineIndex) => (
                      <text
                        // biome-ignore lint/suspicious/noArrayIndexKey: lines of one name, in order
                        key={lineIndex}
                        className="medlead-crosswalk-header"
                        x={round(
                          columnX(index) +
                            CELL_W / 2 +
                            ((lines.length - 1) / 2 - lineIndex) * HEADER_LINE,
                        )}
                        y={headerHeight - 8}
                        textAnchor="end"
                      >
                        {line}
                      </text>
                    ))}
                  </g>
                ))}
              </g>
              {links.map((entry, index) => {
                const x = columnX(entry.column);
                const middle = rowTop(entry.row) + rowHeight(entry.row) / 2;
                const uncertain = entry.link.uncertain !== undefined;
                const relation = relations[entry.link.relation];
                return (
                  // biome-ignore lint/a11y/useSemanticElements: a focusable SVG cell cannot be an HTML button
                  <g
                    key={`${entry.link.from} ${entry.link.to}`}
                    {...markProps(index)}
                    role="button"
                    className="medlead-crosswalk-link"
                    aria-label={describeLink(entry)}
                    onBlur={() => setTip(null)}
                    onPointerEnter={() => setTip(index)}
                    onPointerLeave={() => setTip(null)}
                    onClick={() => onSelect?.(entry.link.from)}
                  >
                    <rect
                      className={`medlead-crosswalk-mark medlead-crosswalk-${entry.link.relation}${uncertain ? ' medlead-crosswalk-uncertain' : ''}`}
                      x={x + 4}
                      y={middle - CELL_H / 2 + 4}
                      width={CELL_W - 8}
                      height={CELL_H - 8}
                      rx={6}
                    />
                    <text
                      className="medlead-crosswalk-word"
                      x={x + CELL_W / 2}
                      y={middle - 8}
                      textAnchor="middle"
                      dominantBaseline="middle"
                    >
                      {relation.words}
                    </text>
                    <text
                      className="medlead-crosswalk-symbol"
                      x={x + CELL_W / 2}
                      y={middle + 9}
                      textAnchor="middle"
                      dominantBaseline="middle"
                    >
                      {uncertain ? `${relation.symbol} ?` : relation.symbol}
                    </text>
                    <rect
                      className="medlead-crosswalk-focus"
                      x={x + 2}
                      y={middle - CELL_H / 2 + 2}
                      width={CELL_W - 4}
                      height={CELL_H - 4}
                      rx={7}
                    />
                  </g>
                );
              })}
              <ChartTooltip
                anchor={
                  tipLink === undefined
                    ? undefined
                    : {
                        x: columnX(tipLink.column) + CELL_W / 2,
                        y: rowTop(tipLink.row) + rowHeight(tipLink.row) / 2 - CELL_H / 2 + 4,
                      }
                }
                onClose={() => setTip(null)}
                theme={theme}
                container={tooltipContainer}
              >
                {tipLink !== undefined && <LinkTip entry={tipLink} />}
              </ChartTooltip>
            </ChartSvg>
          </div>
        </ScrollRegion>
      </div>
      <div className="medlead-crosswalk-unmapped">
        <UnmappedList label={`${sourceNodes} with no link`} nodes={model.unmappedFrom} />
        <UnmappedList label={`${targetNodes} no link reaches`} nodes={model.unmappedTo} />
      </div>
    </ChartFigure>
  );
}

/**
 * Where everything goes when the chart is `width` CSS pixels wide: the row names' column (about
 * a third of the width, between the widest word and 240 px, and no wider than the names), each row as tall as its wrapped name
 * needs, and the header as tall as the longest column name (each in at most three vertical lines)
 * or the corner text. The grid's cells keep one size, so it scrolls when it does not fit.
 */
export function matrixLayout(
  width: number,
  rowNames: readonly string[],
  columnNames: readonly string[],
  corner: readonly string[],
) {
  const longestName = Math.max(0, ...rowNames.map((name) => textWidth(name, LABEL)));
  const namesWidth = Math.round(
    Math.max(
      widestWord(rowNames, LABEL) + 12,
      Math.min(Math.max(width * 0.34, 112), 240, longestName + 12),
    ),
  );
  const rowLines = rowNames.map((text) => wrapText(text, namesWidth - 10, LABEL));
  const heights = rowLines.map((lines) => Math.max(CELL_H, lines.length * LABEL_LINE + 14));
  // Column names in lines of about 22 characters, longer if that is what puts every one in three
  // lines or fewer: the header is as tall as its longest line.
  let headerLength = Math.max(150, widestWord(columnNames, SMALL));
  const linesAt = (length: number) => columnNames.map((text) => wrapText(text, length, SMALL));
  while (linesAt(headerLength).some((lines) => lines.length > 3)) headerLength += 8;
  const columnLines = linesAt(headerLength);
  const longest = Math.max(0, ...columnLines.flat().map((line) => textWidth(line, SMALL)));
  const cornerLines = corner.flatMap((text) => wrapText(text, namesWidth - 8, SMALL));
  const headerHeight = Math.ceil(Math.max(cornerLines.length * SMALL_LINE + 12, longest + 16));
  // Where each row starts, and (last) where the grid ends.
  const tops = [headerHeight];
  for (const rowHeight of heights) tops.push((tops[tops.length - 1] ?? headerHeight) + rowHeight);
  return {
    namesWidth,
    gridWidth: columnNames.length * CELL_W + 1,
    height: (tops[tops.length - 1] ?? headerHeight) + 2,
    headerHeight,
    rowLines,
    columnLines,
    corner: cornerLines,
    rowTop: (index: number) => tops[index] ?? headerHeight,
    rowHeight: (index: number) => heights[index] ?? CELL_H,
  };
}

/** The tooltip's content: the two nodes, the relation, strength, reason and provenance. */
function LinkTip({ entry }: { entry: MatrixLink }) {
  const { link, from, to } = entry;
  const relation = relations[link.relation];
  return (
    <>
      <strong>{`${nodeName(from)} → ${nodeName(to)}`}</strong>
      <span>{`${relation.words} (${relation.symbol}): ${relation.explain(from.title, to.title)}`}</span>
      <span>{`Strength ${formatValue(link.weight)} (0–1)`}</span>
      <span>{link.rationale}</span>
      {link.uncertain !== undefined && <span>{`Uncertain: ${link.uncertain}`}</span>}
      <span className="medlead-provenance">{`Link ${linkProvenanceWords[link.provenance]}`}</span>
      <span className="medlead-provenance">
        {`Names: ${nodeProvenance(from)}; ${nodeProvenance(to)}`}
      </span>
    </>
  );
}

/** A node's name provenance in a few words, for the tooltip. */
function nodeProvenance(node: FrameworkNode): string {
  const words = provenanceWords[node.provenance].toLowerCase();
  return `${node.title} ${words}${node.uncertain === undefined ? '' : ', uncertain'}`;
}

/** One side's unmapped nodes, with the reasons; says "none" rather than leaving a gap. */
function UnmappedList({ label, nodes }: { label: string; nodes: readonly MatrixUnmapped[] }) {
  if (nodes.length === 0) return <p>{`${label}: none.`}</p>;
  return (
    <>
      <p>{`${label}:`}</p>
      <ul>
        {nodes.map((entry) => (
          <li key={entry.nodeId}>
            <strong>{entry.node === undefined ? entry.nodeId : nodeName(entry.node)}</strong>
            {entry.node !== undefined && entry.node.provenance !== 'published' && (
              <>
                {' '}
                <ProvenanceBadge provenance={entry.node.provenance} />
              </>
            )}
            {`: ${entry.reason}`}
          </li>
        ))}
      </ul>
    </>
  );
}

/** What a screen reader hears for a link: "source → target: relation (provenance)". */
function describeLink({ link, from, to }: MatrixLink): string {
  const uncertain = link.uncertain === undefined ? '' : ', uncertain';
  return `${nodeName(from)} → ${nodeName(to)}: ${relations[link.relation].words} (${link.provenance}${uncertain})`;
}
