import {
  type Framework,
  type FrameworkNode,
  findScale,
  MedleadValidationError,
  type NodeScore,
  type RatingScale,
  type ScoreReport,
  walk,
} from '@medlead/core';
import { layoutSectors, type WheelSector } from './geometry';

/** Values by node id, or a score report: what the wheel's overlays accept. */
export type WheelValues = ScoreReport | Readonly<Record<string, number | null>>;

/** One assessed node as the wheel shows it. */
export interface WheelNode {
  readonly node: FrameworkNode;
  readonly value: number | null;
  readonly normalized: number | null;
  readonly level: string | null;
  readonly target: number | null;
  readonly targetNormalized: number | null;
  readonly comparison: number | null;
  readonly comparisonNormalized: number | null;
}

const isReport = (values: WheelValues): values is ScoreReport =>
  Array.isArray((values as ScoreReport).nodes);

/**
 * Values by node id. Each must be a finite number or null (not rated): anything else is refused
 * with a MedleadValidationError naming `what` and the node, never drawn as a wrong level.
 */
function valueMap(
  values: WheelValues | undefined,
  what: string,
): ReadonlyMap<string, number | null> {
  if (values === undefined) return new Map();
  const entries: [string, unknown][] = isReport(values)
    ? values.nodes.map((node: NodeScore) => [node.nodeId, node.value])
    : Object.entries(values);
  for (const [nodeId, value] of entries)
    if (value !== null && value !== undefined && !Number.isFinite(value))
      throw new MedleadValidationError('wheel values', [
        {
          path: [what, nodeId],
          message: `must be a finite number or null, not ${typeof value === 'number' ? value : `a ${typeof value}`}`,
        },
      ]);
  return new Map(entries as [string, number | null][]);
}

/** The scale the wheel draws on: the report's, else the one named, else the framework's default. */
export function wheelScale(
  framework: Framework,
  report: WheelValues | undefined,
  scaleId?: string,
): RatingScale {
  const id =
    scaleId ?? (report !== undefined && isReport(report) ? report.scale : framework.defaultScale);
  const scale = findScale(framework, id);
  if (scale === undefined) throw new Error(`medlead: "${id}" is not a scale of ${framework.key}`);
  return scale;
}

/**
 * Where `value` lies on `scale`, from its first point (0) to its last (1), clamped to the ends.
 * Core's `normalize` would check the scale again, and that check brings the scale schema into
 * every wheel; the wheel's scale comes from `findScale`, so it is one core has checked already.
 */
export function scaleShare(value: number, scale: RatingScale): number {
  const { points } = scale;
  const min = points[0]?.value ?? 0;
  const max = points[points.length - 1]?.value ?? 0;
  return (Math.min(max, Math.max(min, value)) - min) / (max - min);
}

/** The assessed nodes grouped by their parent (domain); top-level assessed nodes stand alone. */
function assessedGroups(framework: Framework): [FrameworkNode, FrameworkNode[]][] {
  const groups = new Map<FrameworkNode, FrameworkNode[]>();
  for (const { node, parent } of walk(framework)) {
    if (node.kind !== framework.assessedKind) continue;
    const group = parent ?? node;
    groups.set(group, [...(groups.get(group) ?? []), node]);
  }
  return [...groups];
}

/** Everything the wheel shows about each assessed node, values placed on 0–1 (clamped to the scale). */
export function wheelNodes(
  framework: Framework,
  scale: RatingScale,
  report: WheelValues | undefined,
  target: WheelValues | undefined,
  comparison: WheelValues | undefined,
): WheelNode[] {
  const values = valueMap(report, 'report');
  const targets = valueMap(target, 'target');
  const comparisons = valueMap(comparison, 'comparison');
  const place = (value: number | null) => (value === null ? null : scaleShare(value, scale));
  // The highest point the value reaches, else the lowest (core's `pointReached`, unchecked).
  const levelLabel = (value: number | null) =>
    value === null
      ? null
      : scale.points.reduce((reached, point) => (point.value <= value ? point : reached)).label;
  return walk(framework)
    .filter((entry) => entry.node.kind === framework.assessedKind)
    .map(({ node }) => {
      const value = values.get(node.id) ?? null;
      const goal = targets.get(node.id) ?? null;
      const other = comparisons.get(node.id) ?? null;
      return {
        node,
        value,
        normalized: place(value),
        level: levelLabel(value),
        target: goal,
        targetNormalized: place(goal),
        comparison: other,
        comparisonNormalized: place(other),
      };
    });
}

/** A group of sectors as the key names it (a domain). */
export interface WheelGroupName {
  readonly id: string;
  readonly code: string | undefined;
  readonly title: string;
}

/** What the wheel draws for a framework whatever the scores: its sectors and their names. */
export interface WheelShape {
  readonly sectors: readonly WheelSector[];
  /** Each sector's full name. */
  readonly titles: readonly string[];
  /** Each sector's short mark: its code, or its number where the framework has no codes. */
  readonly marks: readonly string[];
  /**
   * The groups the fill colours stand for, named in the key; empty when the wheel is one colour.
   * Colour marks a group only where the framework groups its nodes (the MLCF's domains): in a
   * flat framework (the HLM's nine dimensions) every node is a peer, so one colour throughout,
   * and the fill's length alone carries the score. More groups than series colours would repeat
   * a colour next to itself, so those draw in one colour too.
   */
  readonly groups: readonly WheelGroupName[];
  /** What a group is called ("domain"). */
  readonly groupTerm: string;
}

/** The sectors, names and colour groups of a framework's wheel. */
export function wheelShape(framework: Framework): WheelShape {
  const groups = assessedGroups(framework);
  const sectors = layoutSectors(
    groups.map(([group, members]) => ({ id: group.id, nodeIds: members.map((node) => node.id) })),
  );
  const nodes = groups.flatMap(([, members]) => members); // in sector order
  const hasCodes = nodes.every((node) => node.code);
  const coloured = groups.length > 1 && groups.length < sectors.length && groups.length <= 8;
  return {
    sectors,
    titles: nodes.map((node) => node.title),
    marks: nodes.map((node, index) => (hasCodes ? (node.code ?? '') : String(index + 1))),
    groups: coloured
      ? groups.map(([group]) => ({ id: group.id, code: group.code, title: group.title }))
      : [],
    groupTerm: framework.terms[groups[0]?.[0].kind ?? '']?.singular ?? 'group',
  };
}
