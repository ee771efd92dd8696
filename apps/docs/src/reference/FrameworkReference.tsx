import {
  assessableNodes,
  type Framework,
  type FrameworkNode,
  findScale,
  getNode,
  walk,
} from '@medlead/core';
import { ScaleLegend } from '@medlead/react';
import {
  ColumnHeads,
  nodeName,
  Origin,
  RecurringNotes,
  RecurringNotesList,
  recurringNotes,
  SourcesTable,
  UncertainNote,
} from './reference-parts';
import './reference.css';

export interface FrameworkReferenceProps {
  /** The framework edition to describe: everything on the page is read from it. */
  readonly framework: Framework;
  /** The colour set of the scale legends on the page. */
  readonly theme?: 'light' | 'dark';
}

const nodeColumns = {
  code: 'Code',
  title: 'Title',
  kind: 'Kind',
  summary: 'Summary, level headings and behaviours',
} as const;
const crossCuttingColumns = { ...nodeColumns, summary: 'Summary and qualities' } as const;
type NodeColumns = typeof nodeColumns | typeof crossCuttingColumns;

const stageColumns = { stage: 'Stage', summary: 'Summary', expects: 'Expects' } as const;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The reference page of one framework edition, generated from core's data: its facts and rights,
 * every node (code, title, kind, summary, provenance, uncertainty, level headings, behaviours),
 * cross-cutting themes, career stages, rating scales and sources. Nothing on it is typed by hand,
 * so a new edition in `@medlead/core` gets its page by being listed.
 */
export function FrameworkReference({ framework, theme }: FrameworkReferenceProps) {
  const entries = walk(framework);
  const term = (kind: string, count: number) =>
    (count === 1 ? framework.terms[kind]?.singular : framework.terms[kind]?.plural) ?? kind;
  const kindCounts = [...new Set(entries.map((entry) => entry.node.kind))].map((kind) => {
    const count = entries.filter((entry) => entry.node.kind === kind).length;
    return `${count} ${term(kind, count)}`;
  });
  const assessed = assessableNodes(framework).length;
  const scaleIds = [
    ...new Set([framework.defaultScale, ...framework.scales.map((scale) => scale.id)]),
  ].filter((id) => findScale(framework, id) !== undefined);

  const notes = recurringNotes(uncertainNotesOf(framework));

  return (
    <RecurringNotes.Provider value={notes}>
      <article className="ref" aria-labelledby={`${framework.id}-${framework.edition}-title`}>
        <header>
          <p className="ref-eyebrow">{`Framework reference · ${framework.key}`}</p>
          <h1 id={`${framework.id}-${framework.edition}-title`}>{framework.title}</h1>
          <dl className="ref-facts">
            <dt>Short title</dt>
            <dd>{framework.shortTitle}</dd>
            <dt>Edition</dt>
            <dd>{framework.editionLabel ?? framework.edition}</dd>
            <dt>Publisher</dt>
            <dd>{`${framework.publisher}, ${framework.year}`}</dd>
            <dt>Status</dt>
            <dd>
              {framework.status === 'current'
                ? 'Current'
                : `Superseded${framework.supersededBy === undefined ? '' : ` by ${framework.supersededBy}`}`}
            </dd>
            <dt>Structure</dt>
            <dd>{`${kindCounts.join(', ')}; ${assessed} rated (${term(framework.assessedKind, 2)})`}</dd>
            <dt>Our encoding</dt>
            <dd>
              <code>{`getFramework('${framework.key}')`}</code>
              {`, version ${framework.version}`}
            </dd>
          </dl>
          <p>
            {framework.summary.text}{' '}
            <Origin
              provenance={framework.summary.provenance}
              uncertain={framework.summary.uncertain}
            />
          </p>
          {framework.uncertain !== undefined && (
            <p>
              <UncertainNote label="What is uncertain" text={framework.uncertain} />
            </p>
          )}
          <RecurringNotesList notes={notes} />
        </header>

        <section aria-labelledby={`${framework.key}-rights`}>
          <h2 id={`${framework.key}-rights`}>Rights</h2>
          <p>{framework.rights}</p>
        </section>

        <section aria-labelledby={`${framework.key}-nodes`}>
          <h2 id={`${framework.key}-nodes`}>Every node</h2>
          <p>
            {`Titles and codes marked Published are the owner's; summaries are in medlead's own words (Paraphrased), and anything the owner did not publish is Editorial. Indented rows sit under the row above.`}
          </p>
          <div className="ref-scroll">
            <table className="ref-table ref-nodes">
              <caption>{`${framework.shortTitle} (${framework.edition}): ${entries.length} nodes in published order`}</caption>
              <ColumnHeads columns={nodeColumns} />
              <tbody>
                {entries.map(({ node, depth }) => (
                  <NodeRow
                    key={node.id}
                    framework={framework}
                    node={node}
                    depth={depth}
                    columns={nodeColumns}
                  />
                ))}
              </tbody>
            </table>
          </div>
        </section>

        {framework.crossCutting !== undefined && framework.crossCutting.length > 0 && (
          <section aria-labelledby={`${framework.key}-cross-cutting`}>
            <h2 id={`${framework.key}-cross-cutting`}>Cross-cutting themes</h2>
            <p>They run through the whole framework rather than sit in it, and are never rated.</p>
            <div className="ref-scroll">
              <table className="ref-table ref-nodes">
                <caption>{`${framework.shortTitle}: cross-cutting themes`}</caption>
                <ColumnHeads columns={crossCuttingColumns} />
                <tbody>
                  {framework.crossCutting.map((node) => (
                    <NodeRow
                      key={node.id}
                      framework={framework}
                      node={node}
                      depth={0}
                      columns={crossCuttingColumns}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        )}

        {framework.stages !== undefined && framework.stages.length > 0 && (
          <section aria-labelledby={`${framework.key}-stages`}>
            <h2 id={`${framework.key}-stages`}>Career stages</h2>
            <div className="ref-scroll">
              <table className="ref-table">
                <caption>{`${framework.shortTitle}: stages and what each expects`}</caption>
                <ColumnHeads columns={stageColumns} />
                <tbody>
                  {framework.stages.map((stage) => (
                    <tr key={stage.id}>
                      <th scope="row">
                        {stage.title} <Origin provenance={stage.provenance} />
                      </th>
                      <td data-label={stageColumns.summary}>
                        {stage.summary.text}{' '}
                        <Origin
                          provenance={stage.summary.provenance}
                          uncertain={stage.summary.uncertain}
                        />
                      </td>
                      <td data-label={stageColumns.expects}>
                        {stage.expects.nodes
                          .map((id) => {
                            const node = getNode(framework, id);
                            return node === undefined ? id : nodeName(node);
                          })
                          .join('; ')}{' '}
                        <Origin
                          provenance={stage.expects.provenance}
                          uncertain={stage.expects.uncertain}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        )}

        <section aria-labelledby={`${framework.key}-scales`}>
          <h2 id={`${framework.key}-scales`}>Rating scales</h2>
          <p>
            {framework.scales.length === 0
              ? `${framework.publisher} publishes no rating scale for this framework; medlead rates it on a generic scale, "${findScale(framework, framework.defaultScale)?.title ?? framework.defaultScale}".`
              : `The default scale is "${findScale(framework, framework.defaultScale)?.title ?? framework.defaultScale}".`}
          </p>
          <div className="ref-scales">
            {scaleIds.map((id) => (
              <ScaleLegend key={id} framework={framework} scale={id} {...themeProp(theme)} />
            ))}
          </div>
        </section>

        <section aria-labelledby={`${framework.key}-sources`}>
          <h2 id={`${framework.key}-sources`}>Sources</h2>
          <SourcesTable
            sources={framework.sources}
            caption={`Where the facts about ${framework.shortTitle} (${framework.edition}) come from`}
          />
        </section>
      </article>
    </RecurringNotes.Provider>
  );
}

/** Every uncertainty note on the page, in page order (repeats included). */
function uncertainNotesOf(framework: Framework): string[] {
  const notes: (string | undefined)[] = [];
  const ofNode = (node: FrameworkNode) => {
    notes.push(node.uncertain, node.summary.uncertain);
    for (const level of node.levels ?? []) notes.push(level.uncertain);
    for (const indicator of node.indicators ?? []) notes.push(indicator.uncertain);
  };
  for (const { node } of walk(framework)) ofNode(node);
  for (const node of framework.crossCutting ?? []) ofNode(node);
  for (const stage of framework.stages ?? []) {
    notes.push(stage.uncertain, stage.summary.uncertain, stage.expects.uncertain);
  }
  return notes.filter((note): note is string => note !== undefined);
}

const themeProp = (theme: 'light' | 'dark' | undefined) => (theme === undefined ? {} : { theme });

function NodeRow({
  framework,
  node,
  depth,
  columns,
}: {
  framework: Framework;
  node: FrameworkNode;
  depth: number;
  columns: NodeColumns;
}) {
  const levelScale = findScale(framework, framework.levelScale ?? '');
  const levelLabel = (value: number) =>
    levelScale?.points.find((point) => point.value === value)?.label ?? String(value);
  return (
    <tr className={depth > 0 ? 'ref-child' : undefined}>
      <td data-label={columns.code}>{node.code ?? '–'}</td>
      <th scope="row" style={{ paddingInlineStart: `${0.5 + depth * 1.25}rem` }}>
        {node.title} <Origin provenance={node.provenance} uncertain={node.uncertain} />
        {node.alternativeTitles !== undefined && node.alternativeTitles.length > 0 && (
          <span className="ref-note">{`Also published as: ${node.alternativeTitles.join('; ')}`}</span>
        )}
      </th>
      <td data-label={columns.kind}>
        {capitalise(framework.terms[node.kind]?.singular ?? node.kind)}
      </td>
      <td data-label={columns.summary}>
        <p>
          {node.summary.text}{' '}
          <Origin provenance={node.summary.provenance} uncertain={node.summary.uncertain} />
        </p>
        {node.levels !== undefined && node.levels.length > 0 && (
          <>
            <p className="ref-sublabel">Level headings</p>
            <ul className="ref-list">
              {node.levels.map((level) => (
                <li key={level.value}>
                  {`${levelLabel(level.value)}: ${level.title ?? 'heading not known'} `}
                  <Origin provenance={level.provenance} uncertain={level.uncertain} />
                </li>
              ))}
            </ul>
          </>
        )}
        {node.indicators !== undefined && node.indicators.length > 0 && (
          <>
            <p className="ref-sublabel">
              {capitalise(framework.terms.indicator?.plural ?? 'statements and behaviours')}
            </p>
            <ul className="ref-list">
              {node.indicators.map((indicator) => (
                <li key={indicator.id}>
                  {`${indicator.code === undefined ? '' : `(${indicator.code}) `}${indicator.text} `}
                  <Origin provenance={indicator.provenance} uncertain={indicator.uncertain} />
                </li>
              ))}
            </ul>
          </>
        )}
      </td>
    </tr>
  );
}
