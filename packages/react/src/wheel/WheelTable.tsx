import { formatValue } from '../shared/format-value';
import { ScrollRegion } from '../shared/ScrollRegion';
import type { WheelNode } from './wheel-data';

export interface WheelTableProps {
  readonly id: string;
  readonly hidden: boolean;
  readonly caption: string;
  readonly nodes: readonly WheelNode[];
  readonly scaleTitle: string;
  readonly reportLabel: string;
  readonly comparisonLabel: string | undefined;
  readonly showTarget: boolean;
  /** Add a column saying where each name comes from (for educators). */
  readonly showProvenance: boolean;
}

/** The chart's data as a table: what a screen-reader user, or anyone, can read instead. */
export function WheelTable({
  id,
  hidden,
  caption,
  nodes,
  scaleTitle,
  reportLabel,
  comparisonLabel,
  showTarget,
  showProvenance,
}: WheelTableProps) {
  return (
    <ScrollRegion label={caption}>
      <table id={id} className="medlead-table" hidden={hidden}>
        <caption>{`${caption} (${scaleTitle})`}</caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Name</th>
            <th scope="col">{reportLabel}</th>
            <th scope="col">Level</th>
            {comparisonLabel !== undefined && <th scope="col">{comparisonLabel}</th>}
            {showTarget && <th scope="col">Target</th>}
            {showProvenance && <th scope="col">Source of the name</th>}
          </tr>
        </thead>
        <tbody>
          {nodes.map((entry) => (
            <tr key={entry.node.id}>
              <td>{entry.node.code ?? '–'}</td>
              <th scope="row">{entry.node.title}</th>
              <td>{formatValue(entry.value)}</td>
              <td>{entry.level ?? '–'}</td>
              {comparisonLabel !== undefined && <td>{formatValue(entry.comparison)}</td>}
              {showTarget && <td>{formatValue(entry.target)}</td>}
              {showProvenance && (
                <td>
                  {entry.node.uncertain
                    ? `${entry.node.provenance} (uncertain)`
                    : entry.node.provenance}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
