import type { Framework, FrameworkNode, RatingScale } from '../model/types';
import { ancestors, assessableNodes, getNode, isAssessable, walk } from '../navigation/navigate';
import type { WalkEntry } from '../navigation/node-index';
import { findScale } from '../scales/find-scale';
import { deepFreeze } from '../util/deep-freeze';
import {
  describeValue,
  errorText,
  isPlainObject,
  type Path,
  readOptions,
} from '../validation/arguments';
import { MedleadValidationError, makeIssue, type ValidationIssue } from '../validation/errors';
import { requireFramework } from '../validation/require';
import { readScoreReport } from './report-input';
import { isWithinScale, scaleRange } from './scale-math';
import type { ScoreReport } from './score-report';
import { descending } from './statistics';

/** Node values by node id; `null` means not rated. */
export type NodeValues = Readonly<Record<string, number | null>>;

/** Node values by node id, as an object or a `Map`. */
export type NodeValuesInput = NodeValues | ReadonlyMap<string, number | null>;

/**
 * What to aim for:
 * - `{ level }`: one value for every assessed node;
 * - `{ nodes }`: values by node id; a parent's value applies to every assessed node under it,
 *   and a value given for a node itself wins over its parent's;
 * - `{ stage, level }`: `level` for every node the stage expects (and everything under them).
 * Every value must lie within the scale's range. Any other key, `nodes` with `level` or `stage`,
 * and `nodes` that is not an object or `Map` of values are refused.
 */
export type GapTarget =
  | { readonly level: number }
  | { readonly nodes: NodeValuesInput }
  | { readonly stage: string; readonly level: number };

export interface GapAnalysisOptions {
  /** The scale of `actual` and `target` when `actual` is plain values. Default: the framework's default scale. */
  readonly scale?: string;
  /**
   * Importance by node id (an object or a `Map` of finite numbers, for assessed nodes), to break
   * ties between equal gaps; a score report's own importance ratings are used otherwise.
   */
  readonly importance?: Readonly<Record<string, number>> | ReadonlyMap<string, number>;
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

const WHAT = 'gap analysis';
const TARGET_FORMS = '{ level }, { nodes } or { stage, level }';

/**
 * Compares actual scores with a target, node by node. `actual` is a score report (checked in
 * full unless `scoreAssessment` built it against this framework) or values by node id, as an
 * object or a `Map`. Throws `MedleadValidationError` listing every problem with its path: a
 * `framework` that is not valid; a report of another edition, on a scale the framework does not
 * have or other than `options.scale`, or with values off its scale; a value for a node the
 * framework does not rate (`__proto__` included) or off the scale; a target of none of the three
 * forms, with unknown keys or with `nodes` beside `level`; `options` that is not an object, has
 * unknown keys, names an unknown scale or gives importance that is not a finite number.
 */
export function gapAnalysis(
  framework: Framework,
  actual: ScoreReport | NodeValuesInput,
  target: GapTarget,
  options?: GapAnalysisOptions,
): GapAnalysis {
  const checked = requireFramework(WHAT, ['framework'], framework);
  const given = readOptions(WHAT, ['options'], options, ['scale', 'importance']);
  const issues: ValidationIssue[] = [];

  let scaleId: string | undefined;
  if (given.scale !== undefined) {
    if (typeof given.scale !== 'string') {
      issues.push(
        makeIssue(['options', 'scale'], `must be a scale id, not ${describeValue(given.scale)}`),
      );
    } else if (findScale(checked, given.scale) === undefined) {
      issues.push(
        makeIssue(
          ['options', 'scale'],
          `"${given.scale}" is not a scale of ${checked.key} nor a generic scale`,
        ),
      );
    } else {
      scaleId = given.scale;
    }
  }

  let scale: RatingScale | undefined;
  const actualValues = new Map<string, number | null>();
  const importance = new Map<string, number>();
  const form = actualForm(actual);
  if (form === 'report') {
    const expected = scaleId === undefined ? undefined : { scale: scaleId, from: 'options.scale' };
    const read = readScoreReport(checked, actual, ['actual'], expected);
    issues.push(...read.issues);
    scale = read.report === undefined ? undefined : read.scale;
    for (const node of read.report?.nodes ?? []) {
      if (!node.assessed) continue;
      actualValues.set(node.nodeId, node.value);
      if (node.importance !== null) importance.set(node.nodeId, node.importance);
    }
  } else {
    // With values, the scale is options.scale (when that is usable) or the framework's default.
    if (given.scale === undefined) scale = findScale(checked, checked.defaultScale);
    else if (scaleId !== undefined) scale = findScale(checked, scaleId);
    if (form === 'values') {
      readValues(actual, ['actual'], issues, (nodeId, value, path) => {
        if (!isAssessable(checked, nodeId)) {
          issues.push(makeIssue(path, unknownOrNotRated(checked, nodeId)));
        } else if (value !== null && !inRange(value, scale)) {
          issues.push(makeIssue(path, outOfRange(value, scale)));
        } else {
          actualValues.set(nodeId, value as number | null);
        }
      });
    } else {
      issues.push(
        makeIssue(
          ['actual'],
          `must be a score report, or values by node id (an object or a Map), not ${describeValue(actual)}`,
        ),
      );
    }
  }
  if (given.importance !== undefined) {
    const path = ['options', 'importance'];
    if (
      !readValues(given.importance, path, issues, (nodeId, value, at) => {
        if (!isAssessable(checked, nodeId)) {
          issues.push(makeIssue(at, unknownOrNotRated(checked, nodeId)));
        } else if (typeof value !== 'number' || !Number.isFinite(value)) {
          issues.push(makeIssue(at, `must be a finite number, not ${describeValue(value)}`));
        } else {
          importance.set(nodeId, value);
        }
      })
    ) {
      issues.push(
        makeIssue(
          path,
          `must be importance by node id (an object or a Map), not ${describeValue(given.importance)}`,
        ),
      );
    }
  }

  const targets = resolveTargets(checked, target, scale, issues);
  if (issues.length > 0 || scale === undefined) throw new MedleadValidationError(WHAT, issues);

  const { min, max } = scaleRange(scale);
  const items: (GapItem & { position: number })[] = [];
  const unrated: { nodeId: string; title: string; target: number }[] = [];
  assessableNodes(checked).forEach((node, position) => {
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
      path: [...ancestors(checked, node.id), node].map((step) => ({
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
    framework: checked.key,
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

/**
 * A score report (a plain object with its own `nodes` or `framework`: no node id is either),
 * values by node id (any other plain object, or a Map), or neither.
 */
function actualForm(actual: unknown): 'report' | 'values' | 'neither' {
  if (isMap(actual)) return 'values';
  if (!isPlainObject(actual)) return 'neither';
  try {
    return Object.hasOwn(actual, 'nodes') || Object.hasOwn(actual, 'framework')
      ? 'report'
      : 'values';
  } catch {
    return 'values'; // a throwing Proxy: reading its values reports the problem
  }
}

/**
 * Calls `visit` with each entry of values by node id: a plain object's own keys or a Map's
 * entries. False when `input` is neither; whatever throws while reading becomes an issue.
 */
function readValues(
  input: unknown,
  path: Path,
  issues: ValidationIssue[],
  visit: (nodeId: string, value: unknown, path: Path) => void,
): boolean {
  const map = isMap(input);
  if (!map && !isPlainObject(input)) return false;
  try {
    const entries: [unknown, unknown][] = map
      ? Array.from(input as Map<unknown, unknown>)
      : Object.keys(input as object).map((key) => [key, (input as Record<string, unknown>)[key]]);
    for (const [key, value] of entries) {
      if (typeof key !== 'string') {
        issues.push(makeIssue(path, `has a key that is not a node id: ${describeValue(key)}`));
      } else {
        visit(key, value, [...path, key]);
      }
    }
  } catch (error) {
    issues.push(makeIssue(path, `could not be read (${errorText(error)})`));
  }
  return true;
}

function isMap(value: unknown): value is ReadonlyMap<unknown, unknown> {
  try {
    return value instanceof Map;
  } catch {
    return false; // a Proxy whose getPrototypeOf trap throws (isPlainObject refuses it too)
  }
}

/** Target value per assessed node id, expanding parents and stages to the nodes under them. */
function resolveTargets(
  framework: Framework,
  target: unknown,
  scale: RatingScale | undefined,
  issues: ValidationIssue[],
): Map<string, number> {
  const targets = new Map<string, number>();
  if (!isPlainObject(target)) {
    issues.push(makeIssue(['target'], `must be ${TARGET_FORMS}, not ${describeValue(target)}`));
    return targets;
  }
  // Own keys only, read once: an inherited `level` or a getter cannot set the target.
  const given: Record<string, unknown> = Object.create(null);
  try {
    for (const key of Object.keys(target)) given[key] = target[key];
  } catch (error) {
    issues.push(makeIssue(['target'], `could not be read (${errorText(error)})`));
    return targets;
  }
  let known = true;
  for (const key of Object.keys(given)) {
    if (key !== 'level' && key !== 'nodes' && key !== 'stage') {
      issues.push(makeIssue(['target', key], `is not part of a target: use ${TARGET_FORMS}`));
      known = false;
    }
  }
  const has = (key: string) => given[key] !== undefined;
  if (has('nodes') && (has('level') || has('stage'))) {
    issues.push(
      makeIssue(
        ['target'],
        `gives nodes and ${has('level') ? 'level' : 'stage'}: use ${TARGET_FORMS}`,
      ),
    );
    return targets;
  }
  if (!known) return targets;

  const entries = walk(framework);
  const byId = new Map(entries.map((entry) => [entry.node.id, entry]));
  const under = (nodeId: string): FrameworkNode[] =>
    entries
      .filter((entry) => entry.path.includes(nodeId) && entry.node.kind === framework.assessedKind)
      .map((entry) => entry.node);
  const checkLevel = (level: unknown, path: Path): level is number => {
    if (!inRange(level, scale)) {
      issues.push(makeIssue(path, outOfRange(level, scale)));
      return false;
    }
    return true;
  };

  if (has('stage')) {
    const stageId = given.stage;
    const stage =
      typeof stageId === 'string'
        ? framework.stages?.find((candidate) => candidate.id === stageId)
        : undefined;
    if (stage === undefined) {
      const list = (framework.stages ?? []).map((candidate) => candidate.id).join(', ') || 'none';
      issues.push(
        makeIssue(
          ['target', 'stage'],
          typeof stageId === 'string'
            ? `"${stageId}" is not a stage of ${framework.key} (stages: ${list})`
            : `must be a stage id (stages: ${list}), not ${describeValue(stageId)}`,
        ),
      );
    }
    const level = given.level;
    if (checkLevel(level, ['target', 'level']) && stage !== undefined) {
      for (const nodeId of stage.expects.nodes) {
        for (const assessed of under(nodeId)) targets.set(assessed.id, level);
      }
    }
  } else if (has('nodes')) {
    const byTarget: [WalkEntry, unknown][] = [];
    const readable = readValues(given.nodes, ['target', 'nodes'], issues, (nodeId, level, path) => {
      const entry = byId.get(nodeId);
      if (entry === undefined) {
        issues.push(
          makeIssue(path, `"${nodeId}" is not a node in the hierarchy of ${framework.key}`),
        );
      } else if (under(nodeId).length === 0) {
        issues.push(makeIssue(path, `"${nodeId}" has no assessed node at or under it`));
      } else if (checkLevel(level, path)) {
        byTarget.push([entry, level]);
      }
    });
    if (!readable) {
      issues.push(
        makeIssue(
          ['target', 'nodes'],
          `must be values by node id (an object or a Map), not ${describeValue(given.nodes)}`,
        ),
      );
    }
    // Parents first, so a value given for a node itself wins over its parent's.
    byTarget.sort(([a], [b]) => a.depth - b.depth);
    for (const [entry, level] of byTarget) {
      for (const assessed of under(entry.node.id)) targets.set(assessed.id, level as number);
    }
  } else if (has('level')) {
    const level = given.level;
    if (checkLevel(level, ['target', 'level'])) {
      for (const node of assessableNodes(framework)) targets.set(node.id, level);
    }
  } else {
    issues.push(makeIssue(['target'], `must be ${TARGET_FORMS}`));
  }
  return targets;
}

/** Within the scale; with no scale (an error reported elsewhere), any finite number. */
function inRange(value: unknown, scale: RatingScale | undefined): value is number {
  if (scale === undefined) return typeof value === 'number' && Number.isFinite(value);
  return isWithinScale(value, scale);
}

function outOfRange(value: unknown, scale: RatingScale | undefined): string {
  const shown = typeof value === 'number' ? String(value) : describeValue(value);
  if (scale === undefined) return `must be a finite number, not ${shown}`;
  const { min, max } = scaleRange(scale);
  return `${shown} is not a value from ${min} to ${max} on scale "${scale.id}"`;
}

function unknownOrNotRated(framework: Framework, nodeId: string): string {
  const node = getNode(framework, nodeId);
  return node === undefined
    ? `"${nodeId}" is not a node of ${framework.key}`
    : `"${nodeId}" is a ${node.kind}, but ${framework.key} rates only ${framework.assessedKind} nodes`;
}
