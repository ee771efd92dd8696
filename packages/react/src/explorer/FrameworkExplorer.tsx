import { type Framework, frameworks } from '@medlead/core';
import {
  type KeyboardEvent,
  type ReactNode,
  useContext,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { type Audience, showsProvenance } from '../shared/chart-props';
import { ProvenanceBadge, ProvenanceShown } from '../shared/provenance';
import {
  buildItems,
  type ExplorerItem,
  indexItems,
  type NodeItem,
  parentIds,
  type SearchView,
  searchView,
  visibleItems,
} from './explorer-items';
import { Highlighted } from './highlight';

export interface FrameworkExplorerProps {
  readonly framework: Framework;
  /** The starting search text when the explorer manages its own query. */
  readonly defaultQuery?: string;
  /** The search text, when the host controls it (pair with `onQueryChange`). */
  readonly query?: string;
  readonly onQueryChange?: (query: string) => void;
  /**
   * What starts open: `'all'`, `'domains'` (the top-level items, showing what sits under them;
   * the default) or the ids of the items to open (their ancestors open too).
   */
  readonly defaultExpanded?: 'all' | 'domains' | readonly string[];
  /** Called with a node id when a node is chosen (click, Enter or Space). */
  readonly onSelect?: (nodeId: string) => void;
  /** The chosen node, when the host controls it. */
  readonly selectedId?: string;
  /** The heading; by default the framework's title. */
  readonly title?: string;
  /**
   * Whom the explorer speaks to: `curriculum` (default) shows each item's provenance and
   * uncertainty; `learner` leaves the badges and "Uncertain" notes out.
   */
  readonly audience?: Audience;
  /** Force a colour set; by default the user's preference decides. */
  readonly theme?: 'light' | 'dark';
  readonly className?: string;
  /** The level of the explorer's heading (its "Sources" heading is one below). Default 2. */
  readonly headingLevel?: 2 | 3 | 4;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Superseded by …", naming the replacing edition when `supersededBy` is a framework key. */
function supersededText(framework: Framework): string {
  const by = framework.supersededBy;
  if (by === undefined) return 'Superseded';
  const replacement = frameworks.find((candidate) => candidate.key === by);
  if (replacement === undefined) return `Superseded by ${by}`;
  return `Superseded by ${replacement.title}, ${replacement.editionLabel ?? replacement.edition} (${replacement.year})`;
}

function UncertainNote({ id, children }: { readonly id?: string; readonly children: ReactNode }) {
  if (!useContext(ProvenanceShown)) return null;
  return (
    <p id={id} className="medlead-explorer-note">
      <span className="medlead-badge medlead-badge-uncertain">Uncertain</span> {children}
    </p>
  );
}

/**
 * The browsable tree of one framework edition: every node with its kind, code, title, summary
 * (our words), level headings and indicators, each with where it comes from (Published,
 * Paraphrased, Editorial) and, where something is not confirmed, an "Uncertain" note in text.
 * A search box filters the tree to matching items and the path to them.
 *
 * The tree follows the WAI-ARIA tree view pattern: one Tab stop, Up/Down through the visible
 * items, Right opens or goes to the first child, Left closes or goes to the parent, Home/End,
 * Enter/Space choose a node, a letter jumps to the next item starting with it. Closed branches
 * stay in the HTML (hidden), so the server render and readers without JavaScript get everything.
 */
export function FrameworkExplorer({
  framework,
  defaultQuery = '',
  query,
  onQueryChange,
  defaultExpanded = 'domains',
  onSelect,
  selectedId,
  title,
  audience = 'curriculum',
  theme,
  className,
  headingLevel = 2,
}: FrameworkExplorerProps) {
  if (framework?.children === undefined) {
    throw new Error('medlead: FrameworkExplorer needs a framework (e.g. hlm from @medlead/core)');
  }
  const id = useId();
  const roots = useMemo(() => buildItems(framework), [framework]);
  const byId = useMemo(() => indexItems(roots), [roots]);
  const domIndex = useMemo(
    () => new Map([...byId.keys()].map((key, index) => [key, index])),
    [byId],
  );
  const domId = (itemId: string) => `${id}-${domIndex.get(itemId) ?? 'x'}`;

  const unknown = (what: string, itemId: string) =>
    new Error(`medlead: ${what} "${itemId}" is not an item of ${framework.key}`);
  if (selectedId !== undefined && !byId.has(selectedId)) throw unknown('selectedId', selectedId);
  const requested = typeof defaultExpanded === 'string' ? [] : defaultExpanded;
  for (const itemId of requested) if (!byId.has(itemId)) throw unknown('defaultExpanded', itemId);

  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => {
    const open = new Set(
      defaultExpanded === 'all'
        ? parentIds(byId)
        : defaultExpanded === 'domains'
          ? roots.filter((root) => root.children.length > 0).map((root) => root.id)
          : requested,
    );
    // Open the way to every requested item and to the chosen one, so they can be seen.
    for (const itemId of [...requested, ...(selectedId === undefined ? [] : [selectedId])]) {
      for (let up = byId.get(itemId)?.parentId; up != null; up = byId.get(up)?.parentId) {
        open.add(up);
      }
    }
    return open;
  });
  const [ownQuery, setOwnQuery] = useState(defaultQuery);
  const currentQuery = query ?? ownQuery;
  // Branches closed during a search; a new query opens every branch on the way to a match again.
  const [closedInSearch, setClosedInSearch] = useState<{
    readonly query: string;
    readonly ids: ReadonlySet<string>;
  }>({ query: '', ids: new Set() });
  const [ownSelected, setOwnSelected] = useState<string | undefined>(undefined);
  const selected = selectedId ?? ownSelected;
  const [active, setActive] = useState<string | undefined>(undefined);
  const elements = useRef(new Map<string, HTMLElement>());

  const view: SearchView | null = useMemo(
    () => searchView(framework, byId, currentQuery),
    [framework, byId, currentQuery],
  );
  const isShown = (item: ExplorerItem) => view === null || view.shown.has(item.id);
  const shownChildren = (item: ExplorerItem) => item.children.filter(isShown);
  const isExpanded = (item: ExplorerItem) => {
    if (view === null) return expanded.has(item.id);
    const closed = closedInSearch.query === currentQuery ? closedInSearch.ids : undefined;
    return closed?.has(item.id) !== true;
  };
  const isOpen = (item: ExplorerItem) => shownChildren(item).length > 0 && isExpanded(item);
  const visible = visibleItems(roots, isShown, isExpanded);
  const tabStop =
    visible.find((item) => item.id === active) ??
    visible.find((item) => item.id === selected) ??
    visible[0];

  const setOpen = (item: ExplorerItem, open: boolean) => {
    if (view === null) {
      setExpanded((current) => {
        const next = new Set(current);
        if (open) next.add(item.id);
        else next.delete(item.id);
        return next;
      });
    } else {
      setClosedInSearch((current) => {
        const next = new Set(current.query === currentQuery ? current.ids : []);
        if (open) next.delete(item.id);
        else next.add(item.id);
        return { query: currentQuery, ids: next };
      });
    }
  };
  const choose = (item: ExplorerItem) => {
    if (item.type !== 'node') return; // level headings and indicators are read, not chosen
    setOwnSelected(item.id);
    onSelect?.(item.id);
  };
  const focusItem = (item: ExplorerItem | undefined) => {
    if (item === undefined) return;
    setActive(item.id);
    elements.current.get(item.id)?.focus();
  };
  const changeQuery = (next: string) => {
    setOwnQuery(next);
    onQueryChange?.(next);
  };

  const itemOf = (target: EventTarget) => {
    const itemId = (target as HTMLElement).getAttribute?.('data-item-id');
    return itemId === null || itemId === undefined ? undefined : byId.get(itemId);
  };
  const onTreeKeyDown = (event: KeyboardEvent) => {
    const item = itemOf(event.target);
    if (item === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    const at = visible.indexOf(item);
    const parent = item.parentId === null ? undefined : byId.get(item.parentId);
    const hasChildren = shownChildren(item).length > 0;
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        focusItem(visible[at + 1]);
        break;
      case 'ArrowUp':
        focusItem(visible[at - 1]);
        break;
      case 'Home':
        focusItem(visible[0]);
        break;
      case 'End':
        focusItem(visible[visible.length - 1]);
        break;
      case 'ArrowRight':
        if (hasChildren && !isExpanded(item)) setOpen(item, true);
        else if (hasChildren) focusItem(shownChildren(item)[0]);
        break;
      case 'ArrowLeft':
        if (hasChildren && isExpanded(item)) setOpen(item, false);
        else focusItem(parent);
        break;
      case 'Enter':
      case ' ':
        choose(item);
        break;
      default: {
        // Type-ahead: a letter moves to the next visible item whose name starts with it.
        const letter = event.key.length === 1 && event.key.trim() !== '' ? event.key : undefined;
        const startsWith = (candidate: ExplorerItem) =>
          letter !== undefined && candidate.name.toLowerCase().startsWith(letter.toLowerCase());
        const after = [...visible.slice(at + 1), ...visible.slice(0, at)];
        const found = after.find(startsWith);
        if (found !== undefined) focusItem(found);
        handled = found !== undefined;
      }
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  const SubHeading = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5';
  const words = view?.words ?? [];
  const term = (kind: string) => framework.terms[kind];
  const resultCount = view?.hits.length ?? 0;
  const status =
    view === null
      ? ''
      : resultCount === 0
        ? `No results for “${currentQuery.trim()}”`
        : `${resultCount} ${resultCount === 1 ? 'result' : 'results'} for “${currentQuery.trim()}”`;

  const nodeBody = (item: NodeItem, bodyId: string) => {
    const { node } = item;
    const hit = view?.hitIds.has(node.id) === true;
    return (
      <div id={bodyId} className="medlead-explorer-body">
        {node.uncertain !== undefined && <UncertainNote>{node.uncertain}</UncertainNote>}
        {node.alternativeTitles !== undefined && (
          <p className="medlead-explorer-aside">
            {'Also published as '}
            <Highlighted text={node.alternativeTitles.join('; ')} words={hit ? words : []} />
          </p>
        )}
        <p className="medlead-explorer-summary">
          <Highlighted text={node.summary.text} words={hit ? words : []} />{' '}
          <ProvenanceBadge provenance={node.summary.provenance} />
        </p>
        {node.summary.uncertain !== undefined && (
          <UncertainNote>{node.summary.uncertain}</UncertainNote>
        )}
        {item.crossCutting && (
          <p className="medlead-explorer-aside">
            {`Runs through every ${term(framework.assessedKind)?.singular ?? framework.assessedKind} rather than sitting in the hierarchy; not rated on its own.`}
          </p>
        )}
        {item.levelsNote !== undefined && (
          <UncertainNote id={`${bodyId}-levels`}>
            {`Each level heading: ${item.levelsNote}`}
          </UncertainNote>
        )}
        {item.indicatorsNote !== undefined && (
          <UncertainNote id={`${bodyId}-indicators`}>
            {`Each statement: ${item.indicatorsNote}`}
          </UncertainNote>
        )}
      </div>
    );
  };

  const renderItem = (item: ExplorerItem, level: number, position: number, setSize: number) => {
    const itemDomId = domId(item.id);
    const children = shownChildren(item);
    const open = isOpen(item);
    const parentBody = item.parentId === null ? '' : `${domId(item.parentId)}-body`;
    const describedBy = [`${itemDomId}-meta`];
    let name: ReactNode;
    let meta: ReactNode;
    let body: ReactNode = null;

    if (item.type === 'node') {
      const { node } = item;
      const hit = view?.hits.find((candidate) => candidate.node.id === node.id);
      const kindName = capitalise(term(node.kind)?.singular ?? node.kind);
      name = (
        <>
          {node.code !== undefined && (
            <>
              <span className="medlead-explorer-code">
                {hit?.matchedIn === 'code' ? <mark>{node.code}</mark> : node.code}
              </span>{' '}
            </>
          )}
          <span className="medlead-explorer-title">
            <Highlighted text={node.title} words={hit === undefined ? [] : words} />
          </span>
        </>
      );
      meta = (
        <>
          {kindName.toLowerCase() !== node.title.toLowerCase() && (
            <span className="medlead-explorer-kind">{kindName}</span>
          )}
          {item.crossCutting && <span className="medlead-explorer-tag">Cross-cutting</span>}
          <ProvenanceBadge provenance={node.provenance} />
        </>
      );
      describedBy.push(`${itemDomId}-body`);
      body = nodeBody(item, `${itemDomId}-body`);
    } else if (item.type === 'level') {
      const { heading } = item;
      name = (
        <>
          <span className="medlead-explorer-level-label">{item.label}</span>
          {`: ${heading.title ?? 'heading not known'}`}
        </>
      );
      meta = <ProvenanceBadge provenance={heading.provenance} uncertain={item.noteShared} />;
      if (item.noteShared) describedBy.push(`${parentBody}-levels`);
      else if (heading.uncertain !== undefined) {
        describedBy.push(`${itemDomId}-note`);
        body = <UncertainNote id={`${itemDomId}-note`}>{heading.uncertain}</UncertainNote>;
      }
    } else {
      const { indicator } = item;
      name = (
        <>
          {indicator.code !== undefined && (
            <>
              <span className="medlead-explorer-code">{`${indicator.code}.`}</span>{' '}
            </>
          )}
          <Highlighted text={indicator.text} words={words} />
        </>
      );
      meta = <ProvenanceBadge provenance={indicator.provenance} uncertain={item.noteShared} />;
      if (item.noteShared) describedBy.push(`${parentBody}-indicators`);
      else if (indicator.uncertain !== undefined) {
        describedBy.push(`${itemDomId}-note`);
        body = <UncertainNote id={`${itemDomId}-note`}>{indicator.uncertain}</UncertainNote>;
      }
    }

    const groupId = `${itemDomId}-group`;
    const element = () => elements.current.get(item.id);
    // The treeitem holds only the item's name, so that its name is all its visible text (WCAG
    // 2.5.3); its badges, text and branch sit beside it, the branch tied to it by aria-owns.
    return (
      <li
        key={item.id}
        role="none"
        className={[
          'medlead-explorer-item',
          `medlead-explorer-${item.type}`,
          open && 'medlead-explorer-open',
          item.type === 'node' && selected === item.id && 'medlead-explorer-selected',
        ]
          .filter(Boolean)
          .join(' ')}
      >
        {/* biome-ignore lint/a11y/useKeyWithClickEvents: the tree takes the keys for every item (Enter, Space, arrows) */}
        {/* biome-ignore lint/a11y/noStaticElementInteractions: a click anywhere on the row chooses its treeitem */}
        <div
          className="medlead-explorer-row"
          onClick={() => {
            element()?.focus();
            choose(item);
          }}
        >
          <span
            className="medlead-explorer-twisty"
            aria-hidden="true"
            onClick={(event) => {
              if (children.length === 0) return;
              event.stopPropagation();
              element()?.focus();
              setOpen(item, !open);
            }}
          >
            {children.length > 0 ? (
              <svg viewBox="0 0 16 16" className="medlead-explorer-chevron" aria-hidden="true">
                <path d="M6 3l5 5-5 5" />
              </svg>
            ) : (
              item.type !== 'node' && <span className="medlead-explorer-bullet" />
            )}
          </span>
          <span className="medlead-explorer-line">
            <span
              ref={(node) => {
                if (node === null) elements.current.delete(item.id);
                else elements.current.set(item.id, node);
              }}
              role="treeitem"
              data-item-id={item.id}
              className="medlead-explorer-treeitem"
              aria-level={level}
              aria-posinset={position}
              aria-setsize={setSize}
              aria-expanded={children.length > 0 ? open : undefined}
              aria-selected={item.type === 'node' ? selected === item.id : undefined}
              aria-owns={children.length > 0 ? groupId : undefined}
              aria-labelledby={`${itemDomId}-name`}
              aria-describedby={describedBy.join(' ')}
              tabIndex={item === tabStop ? 0 : -1}
            >
              <span id={`${itemDomId}-name`} className="medlead-explorer-name">
                {name}
              </span>
            </span>
            <span id={`${itemDomId}-meta`} className="medlead-explorer-meta">
              {meta}
            </span>
          </span>
        </div>
        {body}
        {children.length > 0 && (
          // biome-ignore lint/a11y/useSemanticElements: a tree's branch is an ARIA group of treeitems, not a fieldset
          <ul id={groupId} role="group" className="medlead-explorer-group" hidden={!open}>
            {children.map((child, index) =>
              renderItem(child, level + 1, index + 1, children.length),
            )}
          </ul>
        )}
      </li>
    );
  };

  const shownRoots = roots.filter(isShown);
  return (
    <ProvenanceShown.Provider value={showsProvenance(audience)}>
      <section
        className={['medlead', 'medlead-explorer', className].filter(Boolean).join(' ')}
        data-theme={theme}
        aria-labelledby={`${id}-heading`}
      >
        <header className="medlead-explorer-header">
          <Heading id={`${id}-heading`} className="medlead-explorer-heading">
            {title ?? framework.title}
          </Heading>
          <p className="medlead-explorer-edition">
            {title !== undefined && title !== framework.title && `${framework.title}. `}
            {`${capitalise(framework.editionLabel ?? `${framework.edition} edition`)}. ${framework.publisher}, ${framework.year}. `}
            <span className={`medlead-explorer-status medlead-explorer-status-${framework.status}`}>
              {framework.status === 'current' ? 'Current edition' : supersededText(framework)}
            </span>
          </p>
          <p className="medlead-explorer-summary">
            {framework.summary.text} <ProvenanceBadge provenance={framework.summary.provenance} />
          </p>
          {framework.summary.uncertain !== undefined && (
            <UncertainNote>{framework.summary.uncertain}</UncertainNote>
          )}
          {framework.uncertain !== undefined && (
            <UncertainNote>{framework.uncertain}</UncertainNote>
          )}
        </header>

        <search className="medlead-explorer-search">
          <label htmlFor={`${id}-search`}>{`Search ${framework.shortTitle}`}</label>
          <input
            id={`${id}-search`}
            type="search"
            value={currentQuery}
            onChange={(event) => changeQuery(event.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
          <p role="status" className="medlead-explorer-results">
            {status}
          </p>
        </search>

        {shownRoots.length === 0 ? (
          <p className="medlead-explorer-empty">
            {`Nothing in ${framework.shortTitle} matches “${currentQuery.trim()}”. The search looks in codes, titles, summaries and statements; try fewer or shorter words.`}
          </p>
        ) : (
          <ul
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: ARIA in HTML allows ul as a tree; its items are li treeitems
            role="tree"
            className="medlead-explorer-tree"
            aria-labelledby={`${id}-heading`}
            onKeyDown={onTreeKeyDown}
            onFocus={(event) => {
              const item = itemOf(event.target);
              if (item !== undefined) setActive(item.id);
            }}
          >
            {shownRoots.map((root, index) => renderItem(root, 1, index + 1, shownRoots.length))}
          </ul>
        )}

        <footer className="medlead-explorer-footer">
          <SubHeading className="medlead-explorer-subheading">Sources</SubHeading>
          <ul className="medlead-explorer-sources">
            {framework.sources.map((source) => (
              <li key={`${source.title}|${source.url ?? ''}|${source.locator ?? ''}`}>
                {source.url === undefined ? (
                  <cite>{source.title}</cite>
                ) : (
                  <a href={source.url}>
                    <cite>{source.title}</cite>
                  </a>
                )}
                {`. ${source.publisher}${source.year === undefined ? '' : `, ${source.year}`}${source.locator === undefined ? '' : `, ${source.locator}`}.`}
                {source.note !== undefined && (
                  <span className="medlead-explorer-source-note">{` ${source.note}`}</span>
                )}
              </li>
            ))}
          </ul>
          <p className="medlead-explorer-rights">{framework.rights}</p>
          <p className="medlead-explorer-rights">
            {`medlead’s encoding of ${framework.key}, version ${framework.version}. Summaries are in our own words; titles and numbers are as published.`}
          </p>
        </footer>
      </section>
    </ProvenanceShown.Provider>
  );
}
