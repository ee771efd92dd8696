import {
  ancestors,
  type Framework,
  type FrameworkNode,
  findScale,
  type Indicator,
  type LevelHeading,
  type SearchHit,
  searchNodes,
} from '@medlead/core';
import { matchSpans, queryWords } from './highlight';

interface ItemBase {
  /** Node id, indicator id, or `<node id>#level-<value>` for a level heading. */
  readonly id: string;
  readonly parentId: string | null;
  readonly children: readonly ExplorerItem[];
  /** Plain text the item is known by, for type-ahead. */
  readonly name: string;
}

export interface NodeItem extends ItemBase {
  readonly type: 'node';
  readonly node: FrameworkNode;
  /** A theme that runs through the whole framework (HLM's personal qualities). */
  readonly crossCutting: boolean;
  /** The uncertain note every level heading under it shares, shown once on this node. */
  readonly levelsNote: string | undefined;
  /** The uncertain note every indicator under it shares, shown once on this node. */
  readonly indicatorsNote: string | undefined;
}

export interface LevelItem extends ItemBase {
  readonly type: 'level';
  readonly heading: LevelHeading;
  /** The level scale's label for the heading's value ("Essential"), or "Level n". */
  readonly label: string;
  /** True when the parent node shows the uncertain note once for all its headings. */
  readonly noteShared: boolean;
}

export interface IndicatorItem extends ItemBase {
  readonly type: 'indicator';
  readonly indicator: Indicator;
  readonly noteShared: boolean;
}

export type ExplorerItem = NodeItem | LevelItem | IndicatorItem;

/** The note every entry carries, when there are two or more and all carry the same one. */
function sharedNote(
  entries: readonly { readonly uncertain?: string | undefined }[] | undefined,
): string | undefined {
  const first = entries?.[0]?.uncertain;
  if (entries === undefined || entries.length < 2 || first === undefined) return undefined;
  return entries.every((entry) => entry.uncertain === first) ? first : undefined;
}

/**
 * The explorer's items: cross-cutting themes first (they underpin the whole hierarchy), then the
 * hierarchy; under each node its level headings, then its indicators, then its child nodes.
 */
export function buildItems(framework: Framework): readonly ExplorerItem[] {
  const levelScale =
    framework.levelScale === undefined ? undefined : findScale(framework, framework.levelScale);
  const levelLabel = (value: number) =>
    levelScale?.points.find((point) => point.value === value)?.label ?? `Level ${value}`;

  const nodeItem = (
    node: FrameworkNode,
    parentId: string | null,
    crossCutting: boolean,
  ): NodeItem => {
    const levelsNote = sharedNote(node.levels);
    const indicatorsNote = sharedNote(node.indicators);
    const levels = (node.levels ?? []).map((heading): LevelItem => {
      const label = levelLabel(heading.value);
      return {
        type: 'level',
        id: `${node.id}#level-${heading.value}`,
        parentId: node.id,
        children: [],
        name: `${label}: ${heading.title ?? 'heading not known'}`,
        heading,
        label,
        noteShared: levelsNote !== undefined,
      };
    });
    const indicators = (node.indicators ?? []).map(
      (indicator): IndicatorItem => ({
        type: 'indicator',
        id: indicator.id,
        parentId: node.id,
        children: [],
        name: indicator.text,
        indicator,
        noteShared: indicatorsNote !== undefined,
      }),
    );
    const children = (node.children ?? []).map((child) => nodeItem(child, node.id, crossCutting));
    return {
      type: 'node',
      id: node.id,
      parentId,
      children: [...levels, ...indicators, ...children],
      name: node.title,
      node,
      crossCutting,
      levelsNote,
      indicatorsNote,
    };
  };

  return [
    ...(framework.crossCutting ?? []).map((node) => nodeItem(node, null, true)),
    ...framework.children.map((node) => nodeItem(node, null, false)),
  ];
}

/** Every item, depth-first, with a lookup by id. */
export function indexItems(roots: readonly ExplorerItem[]): ReadonlyMap<string, ExplorerItem> {
  const byId = new Map<string, ExplorerItem>();
  const visit = (item: ExplorerItem) => {
    byId.set(item.id, item);
    for (const child of item.children) visit(child);
  };
  for (const root of roots) visit(root);
  return byId;
}

/** What a search shows: the hits, the items on the way to them, and the words to mark. */
export interface SearchView {
  readonly hits: readonly SearchHit[];
  readonly hitIds: ReadonlySet<string>;
  /** Items shown: hits, their ancestors, and the indicators of hits that hold a query word. */
  readonly shown: ReadonlySet<string>;
  readonly words: readonly string[];
}

/** The filtered view for a query, or `null` when the query is blank (everything is shown). */
export function searchView(
  framework: Framework,
  byId: ReadonlyMap<string, ExplorerItem>,
  query: string,
): SearchView | null {
  const words = queryWords(query);
  if (words.length === 0) return null;
  const hits = searchNodes(framework, query);
  const shown = new Set<string>();
  for (const { node } of hits) {
    shown.add(node.id);
    const item = byId.get(node.id);
    if (item?.type === 'node' && !item.crossCutting) {
      for (const ancestor of ancestors(framework, node.id)) shown.add(ancestor.id);
    }
    for (const child of item?.children ?? []) {
      if (child.type === 'indicator' && matchSpans(child.indicator.text, words).length > 0) {
        shown.add(child.id);
      }
    }
  }
  return { hits, hitIds: new Set(hits.map((hit) => hit.node.id)), shown, words };
}

/** The ids of items that have children: what defaultExpanded="all" opens. */
export function parentIds(byId: ReadonlyMap<string, ExplorerItem>): readonly string[] {
  return [...byId.values()].filter((item) => item.children.length > 0).map((item) => item.id);
}

/** The items a user can reach now, in reading order: shown, and under expanded parents only. */
export function visibleItems(
  roots: readonly ExplorerItem[],
  isShown: (item: ExplorerItem) => boolean,
  isExpanded: (item: ExplorerItem) => boolean,
): readonly ExplorerItem[] {
  const visible: ExplorerItem[] = [];
  const visit = (items: readonly ExplorerItem[]) => {
    for (const item of items) {
      if (!isShown(item)) continue;
      visible.push(item);
      if (isExpanded(item)) visit(item.children);
    }
  };
  visit(roots);
  return visible;
}
