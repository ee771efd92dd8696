import {
  type Crosswalk,
  type Framework,
  getFramework,
  getNode,
  type MappingRelation,
  type Provenance,
} from '@medlead/core';
import { CrosswalkMatrix } from '@medlead/react';
import type { ReactNode } from 'react';
import {
  ColumnHeads,
  nodeName,
  Origin,
  RecurringNotes,
  RecurringNotesList,
  recurringNotes,
  SourcesTable,
} from './reference-parts';
import './reference.css';

export interface CrosswalkReferenceProps {
  /** A stored crosswalk (`crosswalks` in @medlead/core) or one of your own. */
  readonly crosswalk: Crosswalk;
  /** The colour set of the matrix. */
  readonly theme?: 'light' | 'dark';
  /** Shown after the matrix, before the links table. */
  readonly children?: ReactNode;
}

/** The SKOS relations in words, read from the link's `from` node to its `to` node. */
export const relationWords: Readonly<Record<MappingRelation, string>> = {
  exactMatch: 'the same competency',
  closeMatch: 'interchangeable for most purposes',
  broadMatch: 'the target is broader',
  narrowMatch: 'the target is narrower',
  relatedMatch: 'they overlap; neither contains the other',
};

const frameworkName = (framework: Framework) =>
  `${framework.title} (${framework.shortTitle}, ${framework.edition})`;

/**
 * The reference page of one crosswalk, generated from its data: what it maps and on what basis,
 * every link (relation, weight, rationale, provenance), the nodes left unmapped on either side
 * with the reason, and its sources.
 */
export function CrosswalkReference({ crosswalk, theme, children }: CrosswalkReferenceProps) {
  const from = getFramework(crosswalk.from);
  const to = getFramework(crosswalk.to);
  const name = (framework: Framework, id: string) => {
    const node = getNode(framework, id);
    return node === undefined ? id : nodeName(node);
  };
  const notes = recurringNotes(
    crosswalk.links.flatMap((link) => (link.uncertain === undefined ? [] : [link.uncertain])),
  );
  const byProvenance = (provenance: Provenance) =>
    crosswalk.links.filter((link) => link.provenance === provenance).length;
  const editorial = byProvenance('editorial');
  const linkColumns = {
    from: `From (${from.shortTitle})`,
    relation: 'Relation',
    to: `To (${to.shortTitle})`,
    weight: 'Weight',
    rationale: 'Rationale',
    provenance: 'Provenance',
  } as const;

  return (
    <RecurringNotes.Provider value={notes}>
      <article className="ref" aria-labelledby={`${crosswalk.id}-title`}>
        <header>
          <p className="ref-eyebrow">{`Crosswalk reference · ${crosswalk.id}`}</p>
          <h1 id={`${crosswalk.id}-title`}>{crosswalk.title}</h1>
          <dl className="ref-facts">
            <dt>From</dt>
            <dd>{frameworkName(from)}</dd>
            <dt>To</dt>
            <dd>{frameworkName(to)}</dd>
            <dt>Links</dt>
            <dd>
              {`${crosswalk.links.length}, of which ${editorial} editorial (inferred by medlead) and ${byProvenance('published')} published by an owner`}
            </dd>
            <dt>Our encoding</dt>
            <dd>
              <code>{`getCrosswalk('${crosswalk.from}', '${crosswalk.to}')`}</code>
              {`, version ${crosswalk.version}`}
            </dd>
          </dl>
          <p>{crosswalk.summary}</p>
          {editorial > 0 && (
            <p className="ref-uncertain">
              <strong>Editorial: </strong>
              {`${editorial === crosswalk.links.length ? 'Every link here is' : `${editorial} of the links here ${editorial === 1 ? 'is' : 'are'}`} medlead's inference, not the frameworks' owners'. Scores carried across them are estimates: label them so.`}
            </p>
          )}
          <RecurringNotesList notes={notes} />
        </header>

        <section aria-labelledby={`${crosswalk.id}-matrix`}>
          <h2 id={`${crosswalk.id}-matrix`}>Matrix</h2>
          <CrosswalkMatrix
            crosswalk={crosswalk}
            source={from}
            target={to}
            {...(theme === undefined ? {} : { theme })}
          />
        </section>

        {children}

        <section aria-labelledby={`${crosswalk.id}-links`}>
          <h2 id={`${crosswalk.id}-links`}>Links</h2>
          <p>
            Each relation is read from the left-hand node to the right-hand one; the weight (0 to 1)
            is how much of the left node the link carries over when scores are projected.
          </p>
          <div className="ref-scroll">
            <table className="ref-table">
              <caption>{`${crosswalk.links.length} links from ${from.shortTitle} (${from.edition}) to ${to.shortTitle} (${to.edition})`}</caption>
              <ColumnHeads columns={linkColumns} />
              <tbody>
                {crosswalk.links.map((link) => (
                  <tr key={`${link.from}->${link.to}`}>
                    <th scope="row">{name(from, link.from)}</th>
                    <td data-label={linkColumns.relation}>
                      <code>{link.relation}</code>
                      <span className="ref-note">{relationWords[link.relation]}</span>
                    </td>
                    <td data-label={linkColumns.to}>{name(to, link.to)}</td>
                    <td data-label={linkColumns.weight}>{link.weight}</td>
                    <td data-label={linkColumns.rationale}>{link.rationale}</td>
                    <td data-label={linkColumns.provenance}>
                      <Origin provenance={link.provenance} uncertain={link.uncertain} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>

        <section aria-labelledby={`${crosswalk.id}-unmapped`}>
          <h2 id={`${crosswalk.id}-unmapped`}>Unmapped nodes</h2>
          <Unmapped
            framework={from}
            side="from"
            nodes={crosswalk.unmapped.from}
            name={(id) => name(from, id)}
          />
          <Unmapped
            framework={to}
            side="to"
            nodes={crosswalk.unmapped.to}
            name={(id) => name(to, id)}
          />
        </section>

        {crosswalk.sources !== undefined && crosswalk.sources.length > 0 && (
          <section aria-labelledby={`${crosswalk.id}-sources`}>
            <h2 id={`${crosswalk.id}-sources`}>Sources</h2>
            <SourcesTable
              sources={crosswalk.sources}
              caption={`What the crosswalk ${crosswalk.id} is based on`}
            />
          </section>
        )}
      </article>
    </RecurringNotes.Provider>
  );
}

function Unmapped({
  framework,
  side,
  nodes,
  name,
}: {
  framework: Framework;
  side: 'from' | 'to';
  nodes: Crosswalk['unmapped']['from'];
  name: (id: string) => string;
}) {
  const which = `${framework.shortTitle} (${framework.edition})`;
  if (nodes.length === 0) {
    return (
      <p>
        {side === 'from'
          ? `Every rated node of ${which} has at least one link.`
          : `Every rated node of ${which} is reached by at least one link.`}
      </p>
    );
  }
  return (
    <>
      <p>
        {side === 'from'
          ? `Rated nodes of ${which} with no link, and why:`
          : `Rated nodes of ${which} that no link reaches, and why:`}
      </p>
      <ul className="ref-list">
        {nodes.map((node) => (
          <li key={node.nodeId}>
            <strong>{name(node.nodeId)}</strong>
            {`: ${node.reason}`}
          </li>
        ))}
      </ul>
    </>
  );
}
