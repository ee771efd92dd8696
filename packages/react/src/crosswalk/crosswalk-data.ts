import {
  assessableNodes,
  type Crosswalk,
  type CrosswalkLink,
  type Framework,
  type FrameworkNode,
  getNode,
  type MappingRelation,
  type Provenance,
  walk,
} from '@medlead/core';

/**
 * How each SKOS relation is said and drawn: words first ("close to"), with a distinct symbol
 * beside them (never colour alone). Read from the row's node (the link's `from`) to the column's.
 */
export const relations: Readonly<
  Record<
    MappingRelation,
    {
      readonly symbol: string;
      /** The relation in a word or two, as the grid's cells show it. */
      readonly words: string;
      /** What it means, read from the row's node to the column's. */
      readonly legend: string;
      /** What it means for two named nodes. */
      readonly explain: (from: string, to: string) => string;
    }
  >
> = {
  exactMatch: {
    symbol: '≡',
    words: 'same as',
    legend: 'the row and the column are the same competency',
    explain: (from, to) => `${from} and ${to} are the same competency`,
  },
  closeMatch: {
    symbol: '≈',
    words: 'close to',
    legend: 'interchangeable for most purposes',
    explain: (from, to) => `${from} and ${to} are interchangeable for most purposes`,
  },
  broadMatch: {
    symbol: '⊂',
    words: 'broader',
    legend: 'the column is broader: it contains the row',
    explain: (from, to) => `${to} is broader: it contains ${from}`,
  },
  narrowMatch: {
    symbol: '⊃',
    words: 'narrower',
    legend: 'the column is narrower: it lies within the row',
    explain: (from, to) => `${to} is narrower: it lies within ${from}`,
  },
  relatedMatch: {
    symbol: '∩',
    words: 'related',
    legend: 'they overlap; neither contains the other',
    explain: (from, to) => `${from} and ${to} overlap; neither contains the other`,
  },
};

/** The relations in the order the legend lists them, most specific first. */
export const relationOrder: readonly MappingRelation[] = [
  'exactMatch',
  'closeMatch',
  'broadMatch',
  'narrowMatch',
  'relatedMatch',
];

/** A link placed in the grid. */
export interface MatrixLink {
  readonly link: CrosswalkLink;
  readonly row: number;
  readonly column: number;
  readonly from: FrameworkNode;
  readonly to: FrameworkNode;
}

/** A node no link covers, with the crosswalk's reason. */
export interface MatrixUnmapped {
  readonly nodeId: string;
  /** The framework's node, when the crosswalk names one the framework has. */
  readonly node: FrameworkNode | undefined;
  readonly reason: string;
}

export interface MatrixModel {
  readonly rows: readonly FrameworkNode[];
  readonly columns: readonly FrameworkNode[];
  /** Every link, row by row, then column by column: the order they are walked and listed in. */
  readonly links: readonly MatrixLink[];
  /** Indexes of rows (and columns) that start a new group (domain), for the dividing lines. */
  readonly rowBreaks: readonly number[];
  readonly columnBreaks: readonly number[];
  readonly unmappedFrom: readonly MatrixUnmapped[];
  readonly unmappedTo: readonly MatrixUnmapped[];
}

/** Code and title, as a node is named everywhere. */
export function nodeName(node: FrameworkNode): string {
  return node.code === undefined ? node.title : `${node.code} ${node.title}`;
}

/** Indexes where a node's parent differs from the one before it (where one domain ends). */
function groupBreaks(framework: Framework, nodes: readonly FrameworkNode[]): number[] {
  const parents = new Map(walk(framework).map((entry) => [entry.node.id, entry.parent?.id]));
  const breaks: number[] = [];
  nodes.forEach((node, index) => {
    const previous = nodes[index - 1];
    if (previous !== undefined && parents.get(node.id) !== parents.get(previous.id))
      breaks.push(index);
  });
  return breaks;
}

/**
 * Checks the crosswalk against the two frameworks and places every link in the grid. Throws an
 * Error naming the problem for a crosswalk it cannot draw.
 */
export function matrixModel(
  crosswalk: Crosswalk,
  source: Framework,
  target: Framework,
): MatrixModel {
  if (crosswalk.from !== source.key || crosswalk.to !== target.key)
    throw new Error(
      `medlead: the crosswalk maps ${crosswalk.from} to ${crosswalk.to}, but source and target are ${source.key} and ${target.key}`,
    );
  const rows = assessableNodes(source);
  const columns = assessableNodes(target);
  const rowOf = new Map(rows.map((node, index) => [node.id, index]));
  const columnOf = new Map(columns.map((node, index) => [node.id, index]));
  const seen = new Set<string>();
  const links = crosswalk.links.map((link): MatrixLink => {
    const row = rowOf.get(link.from);
    const column = columnOf.get(link.to);
    if (row === undefined)
      throw new Error(
        `medlead: the link ${link.from} → ${link.to} starts at "${link.from}", not an assessed node of ${source.key}`,
      );
    if (column === undefined)
      throw new Error(
        `medlead: the link ${link.from} → ${link.to} ends at "${link.to}", not an assessed node of ${target.key}`,
      );
    const pair = `${link.from} ${link.to}`;
    if (seen.has(pair))
      throw new Error(`medlead: the crosswalk links ${link.from} to ${link.to} twice`);
    seen.add(pair);
    return {
      link,
      row,
      column,
      from: rows[row] as FrameworkNode,
      to: columns[column] as FrameworkNode,
    };
  });
  links.sort((a, b) => a.row - b.row || a.column - b.column);
  const unmapped = (framework: Framework, list: Crosswalk['unmapped']['from']) =>
    list.map((entry) => ({
      nodeId: entry.nodeId,
      node: getNode(framework, entry.nodeId),
      reason: entry.reason,
    }));
  return {
    rows,
    columns,
    links,
    rowBreaks: groupBreaks(source, rows),
    columnBreaks: groupBreaks(target, columns),
    unmappedFrom: unmapped(source, crosswalk.unmapped.from),
    unmappedTo: unmapped(target, crosswalk.unmapped.to),
  };
}

/** What the links' provenance is, in one sentence for the legend. */
export function provenanceSummary(links: readonly MatrixLink[]): string {
  const counts: Record<Provenance, number> = { published: 0, paraphrased: 0, editorial: 0 };
  for (const { link } of links) counts[link.provenance] += 1;
  const plural = (n: number) => (n === 1 ? 'link is' : 'links are');
  if (links.length > 0 && counts.editorial === links.length)
    return `All ${links.length} ${plural(links.length)} editorial: inferred by medlead, not published by either framework’s owner.`;
  const parts = (['published', 'paraphrased', 'editorial'] as const)
    .filter((provenance) => counts[provenance] > 0)
    .map((provenance) => `${counts[provenance]} ${provenance}`);
  return `Links: ${parts.join(', ')}. Editorial links are inferred by medlead; published ones come from a framework’s owner. Each link says which in its tooltip and the table.`;
}

/** A link's provenance in words, for its label, tooltip and table row. */
export const linkProvenanceWords: Readonly<Record<Provenance, string>> = {
  published: 'published by a framework’s owner',
  paraphrased: 'paraphrased from a framework’s owner',
  editorial: 'editorial: inferred by medlead',
};
