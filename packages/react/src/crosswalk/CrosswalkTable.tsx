import type { FrameworkNode } from '@medlead/core';
import { formatValue } from '../shared/format-value';
import { ProvenanceBadge } from '../shared/provenance';
import {
  linkProvenanceWords,
  type MatrixModel,
  type MatrixUnmapped,
  nodeName,
  relations,
} from './crosswalk-data';

export interface CrosswalkTableProps {
  readonly id: string;
  readonly hidden: boolean;
  readonly caption: string;
  readonly model: MatrixModel;
}

/** Every link as a row (source, relation, target, strength, provenance, note), then the unmapped. */
export function CrosswalkTable({ id, hidden, caption, model }: CrosswalkTableProps) {
  return (
    <div className="medlead-crosswalk-table-scroll">
      <table id={id} className="medlead-table medlead-crosswalk-table" hidden={hidden}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">Relation</th>
            <th scope="col">To</th>
            <th scope="col">Strength</th>
            <th scope="col">Provenance</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {model.links.map(({ link, from, to }) => (
            <tr key={`${link.from} ${link.to}`}>
              <th scope="row">
                <NodeName node={from} />
              </th>
              <td>{`${relations[link.relation].words} (${relations[link.relation].symbol})`}</td>
              <td>
                <NodeName node={to} />
              </td>
              <td>{formatValue(link.weight)}</td>
              <td>{linkProvenanceWords[link.provenance]}</td>
              <td>
                {link.rationale}
                {link.uncertain !== undefined && ` Uncertain: ${link.uncertain}`}
                {link.source !== undefined &&
                  ` Source: ${link.source.title}, ${link.source.publisher} ${link.source.year}.`}
              </td>
            </tr>
          ))}
          {model.unmappedFrom.map((entry) => (
            <UnmappedRow key={`from ${entry.nodeId}`} entry={entry} side="from" />
          ))}
          {model.unmappedTo.map((entry) => (
            <UnmappedRow key={`to ${entry.nodeId}`} entry={entry} side="to" />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A node's name, with a badge when it is not simply as published (editorial, uncertain…). */
function NodeName({ node }: { node: FrameworkNode }) {
  const plain = node.provenance === 'published' && node.uncertain === undefined;
  return (
    <>
      {nodeName(node)}
      {!plain && (
        <>
          {' '}
          <ProvenanceBadge provenance={node.provenance} uncertain={node.uncertain !== undefined} />
        </>
      )}
    </>
  );
}

/** A node no link covers, on its own side of the table. */
function UnmappedRow({ entry, side }: { entry: MatrixUnmapped; side: 'from' | 'to' }) {
  const name = entry.node === undefined ? entry.nodeId : <NodeName node={entry.node} />;
  return (
    <tr>
      {side === 'from' ? <th scope="row">{name}</th> : <td>–</td>}
      <td>not mapped</td>
      {side === 'to' ? <th scope="row">{name}</th> : <td>–</td>}
      <td>–</td>
      <td>–</td>
      <td>{entry.reason}</td>
    </tr>
  );
}
