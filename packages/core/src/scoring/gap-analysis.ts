import type { Framework, FrameworkNode, RatingScale } from '../model/types';
import { ancestors, assessableNodes, getNode, isAssessable, walk } from '../navigation/navigate';
import { findScale } from '../scales/find-scale';
import { deepFreeze } from '../util/deep-freeze';
import { MedleadValidationError, makeIssue, type ValidationIssue } from '../validation/errors';
import { readScoreReport } from './report-input';
import { isWithinScale, scaleRange } from './scale-math';
import type { ScoreReport } from './score-report';
import { descending } from './statistics';

/** Node values by node id; `null` means not rated. */
export type NodeValues = Readonly<Record<string, number | null>>;

/**
 * What to aim for:
 * - `{ level }`: one value for every assessed node;
 * - `{ nodes }`: values by node id; a parent's value applies to every assessed node under it,
 *   and a value given for a node itself wins over its parent's;
 * - `{ stage, level }`: `level` for every node the stage expects (and everything under them).
 * Every value must lie within the scale's range.
 */
export type GapTarget =
  | { readonly level: number }
  | { readonly nodes: NodeValues }
  | { readonly stage: string; readonly level: number };

export interface GapAnalysisOptions {
  /** The scale of `actual` and `target` when `actual` is plain values. Default: the framework's default scale. */
  readonly scale?: string;
  /** Importance by node id, to break ties between equal gaps; a score report's own importance ratings are used otherwise. */
  readonly importance?: Readonly<Record<string, number>>;
}

export interface GapItem {
  readonly nodeId: string;
  /** The published code, or null where the framework numbers nothing. */
  readonly code: string | null;
  readonly title: string;
  /** The node and its ancestors, top level first. */
  readonly path: readonly { readonly nodeId: string; readonly title: string }[];
  readonly actual: number;
  readonly target: number;
  /** target − actual, in scale points: positive is short of the target. */
  readonly gap: number;
  /** The gap as a share of the scale's range (−1 to 1). */
  readonly normalizedGap: number;
  readonly met: boolean;
  readonly priority: number | null;
}

export interface GapAnalysis {
  readonly framework: string;
  readonly scale: string;
  /** Rated nodes with a target, largest gap first, then higher priority, then published order. */
  readonly items: readonly GapItem[];
  /** Nodes with a target but no rating. */
  readonly unrated: readonly {
    readonly nodeId: string;
    readonly title: string;
    readonly target: number;
  }[];
  readonly summary: {
    readonly withTarget: number;
    readonly met: number;
    readonly short: number;
    readonly meanGap: number | null;
  };
}

const isReport = (value: unknown): value is ScoreReport =>
  typeof value === 'object' && value !== null && 'nodes' in value && 'framework' in value;

/**
 * Compares actual scores (a score report, or values by node id) with a target, node by node.
 * Throws `MedleadValidationError` listing every problem with its path.
 */
export function gapAnalysis(
  framework: Framework,
  actual: ScoreReport | NodeValues,
  target: GapTarget,
  options: GapAnalysisOptions = {},
): GapAnalysis {
  const issues: ValidationIssue[] = [];
  let scale: RatingScale | undefined;
  const actualValues = new Map<string, number | null>();
  const importance = new Map<string, number>();

  if (isReport(actual)) {
    const { report, issues: reportIssues } = readScoreReport(framework, actual, ['actual']);
    issues.push(...reportIssues);
    scale = report === undefined ? undefined : findScale(framework, report.scale);
    for (const node of report?.nodes ?? []) {
      if (!node.assessed) continue;
      actualValues.set(node.nodeId, node.value);
      if (node.importance !== null) importance.set(node.nodeId, node.importance);
    }
  } else {
    const scaleId = options.scale ?? framework.defaultScale;
    scale = findScale(framework, scaleId);
    if (scale === undefined)
      issues.push(
        makeIssue(
          ['options', 'scale'],
          `"${scaleId}" is not a scale of ${framework.key} nor a generic scale`,
        ),
      );
    if (typeof actual !== 'object' || actual === null) {
      issues.push(
        makeIssue(['actual'], 'must be a score report or an object of values by node id'),
      );
    } else {
      for (const [nodeId, value] of Object.entries(actual)) {
        if (!isAssessable(framework, nodeId)) {
          issues.push(makeIssue(['actual', nodeId], unknownOrNotRated(framework, nodeId)));
        } else if (value !== null && !inRange(value, scale)) {
          issues.push(makeIssue(['actual', nodeId], outOfRange(value, scale)));
        } else {
          actualValues.set(nodeId, value);
        }
      }
    }
  }
  for (const [nodeId, value] of Object.entries(options.importance ?? {})) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      issues.push(
        makeIssue(
          ['options', 'importance', nodeId],
          `must be a finite number (got ${String(value)})`,
        ),
      );
    } else {
      importance.set(nodeId, value);
    }
  }

  const targets = resolveTargets(framework, target, scale, issues);
  if (issues.length > 0 || scale === undefined)
    throw new MedleadValidationError('gap analysis', issues);

  const { min, max } = scaleRange(scale);
  const items: (GapItem & { position: number })[] = [];
  const unrated: { nodeId: string; title: string; target: number }[] = [];
  assessableNodes(framework).forEach((node, position) => {
    const goal = targets.get(node.id);
    if (goal === undefined) return;
    const value = actualValues.get(node.id) ?? null;
    if (value === null) {
      unrated.push({ nodeId: node.id, title: node.title, target: goal });
      return;
    }
    const gap = goal - value;
    items.push({
      nodeId: node.id,
      code: node.code ?? null,
      title: node.title,
      path: [...ancestors(framework, node.id), node].map((step) => ({
        nodeId: step.id,
        title: step.title,
      })),
      actual: value,
      target: goal,
      gap,
      normalizedGap: gap / (max - min),
      met: gap <= 0,
      priority: importance.get(node.id) ?? null,
      position,
    });
  });
  items.sort(
    (a, b) =>
      descending(a.gap, b.gap) || descending(a.priority, b.priority) || a.position - b.position,
  );
  const short = items.filter((item) => !item.met).length;
  return deepFreeze({
    framework: framework.key,
    scale: scale.id,
    items: items.map(({ position: _position, ...item }) => item),
    unrated,
    summary: {
      withTarget: items.length + unrated.length,
      met: items.length - short,
      short,
      meanGap:
        items.length === 0 ? null : items.reduce((sum, item) => sum + item.gap, 0) / items.length,
    },
  });
}

/** Target value per assessed node id, expanding parents and stages to the nodes under them. */
function resolveTargets(
  framework: Framework,
  target: GapTarget,
  scale: RatingScale | undefined,
  issues: ValidationIssue[],
): Map<string, number> {
  const targets = new Map<string, number>();
  const under = (node: FrameworkNode): FrameworkNode[] =>
    walk(framework)
      .filter((entry) => entry.path.includes(node.id) && entry.node.kind === framework.assessedKind)
      .map((entry) => entry.node);
  const checkLevel = (level: unknown, path: PropertyKey[]): level is number => {
    if (typeof level !== 'number' || !inRange(level, scale)) {
      issues.push(makeIssue(path, outOfRange(level, scale)));
      return false;
    }
    return true;
  };

  if (typeof target !== 'object' || target === null) {
    issues.push(makeIssue(['target'], 'must be { level }, { nodes } or { stage, level }'));
  } else if ('stage' in target) {
    const stage = framework.stages?.find((candidate) => candidate.id === target.stage);
    if (stage === undefined) {
      const known = (framework.stages ?? []).map((candidate) => candidate.id).join(', ') || 'none';
      issues.push(
        makeIssue(
          ['target', 'stage'],
          `"${target.stage}" is not a stage of ${framework.key} (stages: ${known})`,
        ),
      );
    }
    if (checkLevel(target.level, ['target', 'level']) && stage !== undefined) {
      for (const nodeId of stage.expects.nodes) {
        const node = getNode(framework, nodeId);
        for (const assessed of node === undefined ? [] : under(node))
          targets.set(assessed.id, target.level);
      }
    }
  } else if ('nodes' in target) {
    const byId = new Map(walk(framework).map((entry) => [entry.node.id, entry]));
    // Parents first, so a value given for a node itself wins over its parent's.
    const entries = Object.entries(target.nodes ?? {}).sort(
      ([a], [b]) => (byId.get(a)?.depth ?? 0) - (byId.get(b)?.depth ?? 0),
    );
    for (const [nodeId, level] of entries) {
      const node = byId.get(nodeId)?.node;
      if (node === undefined) {
        issues.push(
          makeIssue(
            ['target', 'nodes', nodeId],
            `"${nodeId}" is not a node in the hierarchy of ${framework.key}`,
          ),
        );
      } else if (checkLevel(level, ['target', 'nodes', nodeId])) {
        const covered = under(node);
        if (covered.length === 0)
          issues.push(
            makeIssue(
              ['target', 'nodes', nodeId],
              `"${nodeId}" has no assessed node at or under it`,
            ),
          );
        for (const assessed of covered) targets.set(assessed.id, level);
      }
    }
  } else if ('level' in target) {
    if (checkLevel(target.level, ['target', 'level'])) {
      for (const node of assessableNodes(framework)) targets.set(node.id, target.level);
    }
  } else {
    issues.push(makeIssue(['target'], 'must be { level }, { nodes } or { stage, level }'));
  }
  return targets;
}

/** Within the scale; with no scale (an error reported elsewhere), any finite number. */
function inRange(value: unknown, scale: RatingScale | undefined): value is number {
  if (scale === undefined) return typeof value === 'number' && Number.isFinite(value);
  return isWithinScale(value, scale);
}

function outOfRange(value: unknown, scale: RatingScale | undefined): string {
  if (scale === undefined) return `must be a finite number (got ${String(value)})`;
  const { min, max } = scaleRange(scale);
  return `${String(value)} is not a value from ${min} to ${max} on scale "${scale.id}"`;
}

function unknownOrNotRated(framework: Framework, nodeId: string): string {
  const node = getNode(framework, nodeId);
  return node === undefined
    ? `"${nodeId}" is not a node of ${framework.key}`
    : `"${nodeId}" is a ${node.kind}, but ${framework.key} rates only ${framework.assessedKind} nodes`;
}
