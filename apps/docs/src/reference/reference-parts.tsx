// Small pieces the reference pages share: where a text comes from, uncertainty notes, sources.
import type { Provenance, Source } from '@medlead/core';
import { ProvenanceBadge } from '@medlead/react';
import { createContext, useContext } from 'react';

/**
 * Uncertainty notes that recur on a page (the MLCF's 80 editorial behaviours share one), each
 * with a letter: the page lists them once and the items refer to them by letter.
 */
export const RecurringNotes = createContext<ReadonlyMap<string, string>>(new Map());

/** Notes used more than twice, lettered A, B, C… in order of first use. */
export function recurringNotes(notes: readonly string[]): ReadonlyMap<string, string> {
  const counts = new Map<string, number>();
  for (const note of notes) counts.set(note, (counts.get(note) ?? 0) + 1);
  const recurring = [...counts].filter(([, count]) => count > 2).map(([note]) => note);
  return new Map(recurring.map((note, index) => [note, String.fromCharCode(65 + index)]));
}

/** The lettered notes, listed once near the top of the page. */
export function RecurringNotesList({ notes }: { notes: ReadonlyMap<string, string> }) {
  if (notes.size === 0) return null;
  return (
    <section className="ref-recurring" aria-label="Notes that apply to many items">
      <p>Notes that apply to many items below:</p>
      <ul className="ref-list">
        {[...notes].map(([note, letter]) => (
          <li key={letter} id={`uncertain-note-${letter}`}>
            <strong>{`Note ${letter}: `}</strong>
            {note}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A provenance badge, and the uncertainty note in words when there is one. */
export function Origin({
  provenance,
  uncertain,
}: {
  provenance: Provenance;
  uncertain?: string | undefined;
}) {
  return (
    <>
      <ProvenanceBadge provenance={provenance} uncertain={uncertain !== undefined} />
      {uncertain !== undefined && <UncertainNote text={uncertain} />}
    </>
  );
}

/** What about an item is not confirmed, said in text (not only a badge). */
export function UncertainNote({ text, label = 'Uncertain' }: { text: string; label?: string }) {
  const letter = useContext(RecurringNotes).get(text);
  if (letter !== undefined) {
    return (
      <>
        {' '}
        <a className="ref-note-link" href={`#uncertain-note-${letter}`}>
          {`${label.toLowerCase()}: see note ${letter}`}
        </a>
      </>
    );
  }
  return (
    <span className="ref-uncertain">
      <strong>{`${label}: `}</strong>
      {text}
    </span>
  );
}

/**
 * A table's column names, said once: they head its columns and, as `data-label`, name each body
 * cell, which the stacked phone layout (reference.css) prints before the cell's value. Give the
 * names in column order, keyed by what the column holds: `<td data-label={columns.year}>`.
 */
export function ColumnHeads({ columns }: { columns: Readonly<Record<string, string>> }) {
  return (
    <thead>
      <tr>
        {Object.entries(columns).map(([column, name]) => (
          <th key={column} scope="col">
            {name}
          </th>
        ))}
      </tr>
    </thead>
  );
}

const sourceColumns = {
  title: 'Title',
  publisher: 'Publisher',
  year: 'Year',
  where: 'Where, and why it is cited',
} as const;

/** The sources table of a framework or a crosswalk. */
export function SourcesTable({
  sources,
  caption,
}: {
  sources: readonly Source[];
  caption: string;
}) {
  return (
    <div className="ref-scroll">
      <table className="ref-table">
        <caption>{caption}</caption>
        <ColumnHeads columns={sourceColumns} />
        <tbody>
          {sources.map((source) => (
            <tr key={`${source.title}|${source.url ?? ''}`}>
              <th scope="row">
                {source.url === undefined ? (
                  source.title
                ) : (
                  <a href={source.url} rel="noreferrer" target="_blank">
                    {source.title}
                  </a>
                )}
              </th>
              <td data-label={sourceColumns.publisher}>{source.publisher}</td>
              <td data-label={sourceColumns.year}>{source.year ?? 'no date'}</td>
              <td data-label={sourceColumns.where}>
                {[source.locator, source.note].filter((part) => part !== undefined).join('. ') ||
                  '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "1.1 Developing Self Awareness", or the title alone where the framework numbers nothing. */
export function nodeName(node: { readonly code?: string | undefined; readonly title: string }) {
  return node.code === undefined ? node.title : `${node.code} ${node.title}`;
}
