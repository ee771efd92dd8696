import type { Crosswalk, Framework, FrameworkNode } from '@medlead/core';
import { type CSSProperties, useId, useState } from 'react';
import { ChartFigure, ChartSvg } from '../shared/ChartFigure';
import { ChartTooltip } from '../shared/ChartTooltip';
import type { ChartProps } from '../shared/chart-props';
import { formatValue } from '../shared/format-value';
import { ProvenanceBadge, provenanceWords } from '../shared/provenance';
import { useRovingFocus } from '../shared/use-roving-focus';
import { round, wrapLabel } from '../wheel/geometry';
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

// Drawing units; the SVG scales to its container through its viewBox, within limits set in
// crosswalk.css so its text never shrinks below a readable size (it scrolls sideways instead).
const PAD = 8;
const LABEL_WIDTH = 224;
const CELL = 40;
const LINE = 16;
const HEADER_CHARS = 34; // column titles are cut (with "…") beyond this; the tooltip has them whole
const CHAR_WIDTH = 7.8; // a generous average width of a 14-unit character, to leave room
const SLANT = Math.SQRT1_2; // headers run up and to the right at 45°
const CORNER_CHARS = 26; // 13-unit corner text ending before the first column
const UNMAPPED = '∅'; // marks a row or column no link reaches

/**
 * A crosswalk as a grid: a row per assessed node of the source, a column per assessed node of the
 * target, and a relation symbol (≡ ≈ ⊂ ⊃ ∩) where a link joins them. Links are the only focus
 * stops, walked in reading order (row by row) with the arrow keys; each has a tooltip on hover
 * and focus with its strength, reason and provenance. Nodes with no link are listed under the
 * grid with the crosswalk's reason; a button reveals every link as a table.
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

  // Column headers slant up to the right, so the header is as tall as the longest one is long,
  // and the last ones reach past the grid: the drawing is widened to hold them.
  const unmappedRows = new Set(model.unmappedFrom.map((entry) => entry.nodeId));
  const unmappedColumns = new Set(model.unmappedTo.map((entry) => entry.nodeId));
  const headers = columns.map(
    (node) =>
      `${unmappedColumns.has(node.id) ? `${UNMAPPED} ` : ''}${wrapLabel(nodeName(node), HEADER_CHARS, 1)[0] ?? ''}`,
  );
  // The corner says which way is which, its lines ending before the first header starts.
  const corner = [
    'Columns →',
    ...wrapLabel(targetNodes, CORNER_CHARS, 2),
    'Rows ↓',
    ...wrapLabel(sourceNodes, CORNER_CHARS, 2),
  ];
  const reach = (text: string) => text.length * CHAR_WIDTH * SLANT;
  const columnX = (index: number) => LABEL_WIDTH + index * CELL;
  const gridRight = columnX(columns.length);
  const headerHeight = Math.ceil(
    Math.max(corner.length * LINE + 12, Math.max(0, ...headers.map(reach)) + 20),
  );
  const width = Math.ceil(
    Math.max(gridRight, ...headers.map((text, index) => columnX(index) + CELL / 2 + reach(text))) +
      PAD,
  );
  const rowY = (index: number) => headerHeight + index * CELL;
  const height = rowY(rows.length) + PAD;
  const sizes = { '--medlead-crosswalk-units': width } as CSSProperties;
  const uncertainCount = links.filter((entry) => entry.link.uncertain !== undefined).length;
  const tipLink = tip === null ? undefined : links[tip];

  return (
    <ChartFigure
      id={id}
      kind="crosswalk"
      caption={caption}
      theme={theme}
      className={className}
      defaultShowTable={defaultShowTable}
      table={(tableProps) => (
        <CrosswalkTable
          {...tableProps}
          caption={`${caption} (version ${crosswalk.version})`}
          model={model}
        />
      )}
    >
      <ul className="medlead-legend medlead-crosswalk-legend">
        {relationOrder
          .filter((relation) => links.some((entry) => entry.link.relation === relation))
          .map((relation) => (
            <li key={relation}>
              <span
                className={`medlead-crosswalk-key medlead-crosswalk-${relation}`}
                aria-hidden="true"
              >
                {relations[relation].symbol}
              </span>{' '}
              {`${relations[relation].words}: ${relations[relation].legend}`}
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
      <div className="medlead-crosswalk-scroll">
        <ChartSvg
          id={id}
          viewBox={`0 0 ${width} ${height}`}
          className="medlead-crosswalk-svg"
          style={sizes}
          description={`Rows: ${rows.length} ${sourceNodes}; columns: ${columns.length} ${targetNodes}; ${links.length} links. Use the arrow keys to move from link to link in reading order, row by row; Home and End go to the first and last link.`}
        >
          <g className="medlead-crosswalk-grid" aria-hidden="true">
            {rows.map((node, index) =>
              index % 2 === 0 ? (
                <rect
                  key={node.id}
                  className="medlead-crosswalk-stripe"
                  x={PAD}
                  y={rowY(index)}
                  width={gridRight - PAD}
                  height={CELL}
                />
              ) : null,
            )}
            {columns.map((node, index) => (
              <line
                key={node.id}
                x1={columnX(index)}
                x2={columnX(index)}
                y1={headerHeight}
                y2={rowY(rows.length)}
              />
            ))}
            <line x1={gridRight} x2={gridRight} y1={headerHeight} y2={rowY(rows.length)} />
            {model.rowBreaks.map((index) => (
              <line
                key={`row ${index}`}
                className="medlead-crosswalk-break"
                x1={PAD}
                x2={gridRight}
                y1={rowY(index)}
                y2={rowY(index)}
              />
            ))}
            {model.columnBreaks.map((index) => (
              <line
                key={`column ${index}`}
                className="medlead-crosswalk-break"
                x1={columnX(index)}
                x2={columnX(index)}
                y1={headerHeight}
                y2={rowY(rows.length)}
              />
            ))}
          </g>
          <g className="medlead-crosswalk-labels" aria-hidden="true">
            <text
              className="medlead-crosswalk-axis"
              x={PAD}
              y={headerHeight - 10 - (corner.length - 1) * LINE}
            >
              {corner.map((line, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: lines of one label, in order
                <tspan key={index} x={PAD} dy={index === 0 ? 0 : LINE}>
                  {line}
                </tspan>
              ))}
            </text>
            {headers.map((text, index) => {
              const x = round(columnX(index) + CELL / 2 + 4);
              return (
                <text
                  // biome-ignore lint/suspicious/noArrayIndexKey: one header per column, in order
                  key={index}
                  className="medlead-crosswalk-header"
                  transform={`translate(${x} ${headerHeight - 8}) rotate(-45)`}
                >
                  {text}
                </text>
              );
            })}
            {rows.map((node, index) => {
              const name = `${unmappedRows.has(node.id) ? `${UNMAPPED} ` : ''}${nodeName(node)}`;
              const lines = wrapLabel(name, 26, 2); // 26 characters fit at 15 units
              const top = round(rowY(index) + CELL / 2 - ((lines.length - 1) * LINE) / 2);
              return (
                <text
                  key={node.id}
                  className="medlead-crosswalk-label"
                  x={PAD + 4}
                  y={top}
                  dominantBaseline="middle"
                >
                  {lines.map((line, lineIndex) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: lines of one label, in order
                    <tspan key={lineIndex} x={PAD + 4} dy={lineIndex === 0 ? 0 : LINE}>
                      {line}
                    </tspan>
                  ))}
                </text>
              );
            })}
          </g>
          {links.map((entry, index) => {
            const x = columnX(entry.column);
            const y = rowY(entry.row);
            const uncertain = entry.link.uncertain !== undefined;
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
                  y={y + 4}
                  width={CELL - 8}
                  height={CELL - 8}
                  rx={6}
                />
                <text
                  className="medlead-crosswalk-symbol"
                  x={x + CELL / 2 - (uncertain ? 3 : 0)}
                  y={y + CELL / 2 + 1}
                  textAnchor="middle"
                  dominantBaseline="middle"
                >
                  {relations[entry.link.relation].symbol}
                </text>
                {uncertain && (
                  <text className="medlead-crosswalk-query" x={x + CELL - 13} y={y + 16}>
                    ?
                  </text>
                )}
                <rect
                  className="medlead-crosswalk-focus"
                  x={x + 2}
                  y={y + 2}
                  width={CELL - 4}
                  height={CELL - 4}
                  rx={7}
                />
              </g>
            );
          })}
          <ChartTooltip
            anchor={
              tipLink === undefined
                ? undefined
                : { x: columnX(tipLink.column) + CELL / 2, y: rowY(tipLink.row) + 4 }
            }
            onClose={() => setTip(null)}
            theme={theme}
            container={tooltipContainer}
          >
            {tipLink !== undefined && <LinkTip entry={tipLink} />}
          </ChartTooltip>
        </ChartSvg>
      </div>
      <div className="medlead-crosswalk-unmapped">
        <UnmappedList label={`${sourceNodes} with no link`} nodes={model.unmappedFrom} />
        <UnmappedList label={`${targetNodes} no link reaches`} nodes={model.unmappedTo} />
      </div>
    </ChartFigure>
  );
}

/** The tooltip's content: the two nodes, the relation, strength, reason and provenance. */
function LinkTip({ entry }: { entry: MatrixLink }) {
  const { link, from, to } = entry;
  const relation = relations[link.relation];
  return (
    <>
      <strong>{`${nodeName(from)} → ${nodeName(to)}`}</strong>
      <span>{`${relation.symbol} ${relation.words}: ${relation.explain(from.title, to.title)}`}</span>
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
