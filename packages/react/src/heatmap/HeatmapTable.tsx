import type { GroupFigure } from '@medlead/core';
import { formatValue } from '../shared/format-value';
import { ProvenanceBadge } from '../shared/provenance';
import { ScrollRegion } from '../shared/ScrollRegion';
import { columnDescription, flagWords, type HeatmapColumn, type HeatmapRow } from './heatmap-data';

export interface HeatmapTableProps {
  readonly id: string;
  readonly hidden: boolean;
  readonly caption: string;
  readonly columns: readonly HeatmapColumn[];
  readonly rows: readonly HeatmapRow[];
  /** Add a column saying where each name comes from (for educators). */
  readonly showProvenance: boolean;
}

/** The heatmap's data as a table: every figure the chart shows, and nothing it withholds. */
export function HeatmapTable({
  id,
  hidden,
  caption,
  columns,
  rows,
  showProvenance,
}: HeatmapTableProps) {
  return (
    // A wide table scrolls sideways on a phone, with a cue, rather than widening the page.
    <ScrollRegion label={caption} className="medlead-heatmap-table-scroll">
      <table id={id} className="medlead-table medlead-heatmap-table" hidden={hidden}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            {columns.map((column) => (
              <th key={column.group} scope="col">
                {columnDescription(column)}
              </th>
            ))}
            <th scope="col">Flag</th>
            {showProvenance && <th scope="col">Source of the name</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.feedback.nodeId}>
              <th scope="row">{row.name}</th>
              {row.cells.map((cell, index) => (
                <td key={columns[index]?.group}>
                  {cell.figure.status === 'shown'
                    ? describeFigure(cell.figure)
                    : cell.figure.status === 'suppressed'
                      ? 'suppressed'
                      : 'no ratings'}
                </td>
              ))}
              <td>{row.feedback.flag === null ? '–' : flagWords(row)}</td>
              {showProvenance && (
                <td>
                  <ProvenanceBadge
                    provenance={row.node.provenance}
                    uncertain={row.node.uncertain !== undefined}
                  />
                  {row.node.uncertain !== undefined && ` ${row.node.uncertain}`}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** A shown figure in words: the mean and n, and for more than one rater the spread. */
function describeFigure(figure: Extract<GroupFigure, { status: 'shown' }>): string {
  if (figure.n === 1) return `${formatValue(figure.mean)} (n 1)`;
  const sd = figure.sd === null ? '' : `, SD ${formatValue(figure.sd)}`;
  return `${formatValue(figure.mean)} (n ${figure.n}${sd}, range ${formatValue(figure.min)}–${formatValue(figure.max)})`;
}
