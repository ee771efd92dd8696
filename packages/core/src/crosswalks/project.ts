import type { Crosswalk, Framework, MappingRelation, RatingScale } from '../model/types';
import { walk } from '../navigation/navigate';
import { findScale } from '../scales/find-scale';
import { isWithinScale, normalize, scaleRange } from '../scoring/scale-math';
import { type ScoreReport, ScoreReportSchema } from '../scoring/score-report';
import { deepFreeze } from '../util/deep-freeze';
import {
  describeValue,
  guard,
  isPlainObject,
  type Path,
  readOptions,
  underPath,
} from '../validation/arguments';
import { MedleadValidationError, makeIssue, type ValidationIssue } from '../validation/errors';
import { requireScale } from '../validation/require';
import { requireCrosswalk } from '../validation/require-crosswalk';
import { safeParseWith } from '../validation/safe-parse';
import { knownFramework } from './lookup';

const WHAT = 'scores to project';

/** Values by node id (an object or a `Map`); `null` is "not rated". */
export type ScoreValues =
  | Readonly<Record<string, number | null>>
  | ReadonlyMap<string, number | null>;

export interface ProjectScoresOptions {
  /** The scale of the source values: a scale or its id. Default: a report's own scale, else the source framework's default scale. */
  readonly fromScale?: RatingScale | string;
  /** The scale to give the projected values on. Default: the target framework's default scale. */
  readonly toScale?: RatingScale | string;
}

export interface ProjectedNode {
  readonly nodeId: string;
  /** The weighted mean of the linked source values, on the target scale; null with no data. */
  readonly value: number | null;
  readonly normalized: number | null;
  /** Share of the link weight into this node that is backed by a source value (0–1). */
  readonly coverage: number;
  /** The links behind the figure, each with the source value it brought (null if unrated). */
  readonly links: readonly {
    readonly from: string;
    readonly relation: MappingRelation;
    readonly weight: number;
    readonly value: number | null;
  }[];
}

export interface ProjectedScores {
  readonly crosswalk: string;
  readonly from: string;
  readonly to: string;
  readonly scale: string;
  /** Every target node some link reaches, in the target framework's order where it is known. */
  readonly nodes: readonly ProjectedNode[];
  /** Target nodes no link reaches, with the crosswalk's reasons. */
  readonly unmapped: Crosswalk['unmapped']['to'];
}

/**
 * Carries scores across a crosswalk. Each source value is placed on 0–1 on its scale; a target
 * node gets the weighted mean of the values its links bring (weights as in the crosswalk, links
 * without a value left out), put back on the target scale, so it always lies inside that scale.
 * `coverage` is the share of the node's link weight that had a value behind it.
 *
 * `scores` is a score report (from `scoreAssessment`), an object of values by node id, or a `Map`
 * of them. The result is deeply frozen. Throws `MedleadValidationError` for anything else at
 * `scores` (a node the crosswalk does not know, `__proto__` included, or a value off the source
 * scale at `scores["<node id>"]`; a report of another framework, or one that is not a valid
 * report), for anything that is not a valid crosswalk at `crosswalk` (weights outside 0–1
 * included), and at `options.fromScale` / `options.toScale` for a scale that is neither a valid
 * rating scale nor the id of one of the framework's scales (or differs from a report's own).
 */
export function projectScores(
  scores: ScoreValues | ScoreReport,
  crosswalk: Crosswalk,
  options: ProjectScoresOptions = {},
): ProjectedScores {
  const checked = requireCrosswalk(WHAT, ['crosswalk'], crosswalk);
  const given = readOptions(WHAT, ['options'], options, ['fromScale', 'toScale']);
  const issues: ValidationIssue[] = [];
  const fromFramework = knownFramework(checked.from);
  const toFramework = knownFramework(checked.to);
  const input = readScores(scores);

  if (input.report !== undefined && input.report.framework !== checked.from) {
    issues.push(
      makeIssue(
        ['scores', 'framework'],
        `is "${input.report.framework}" but the crosswalk starts from ${checked.from}`,
      ),
    );
  }
  const fromScale =
    given.fromScale !== undefined
      ? resolveScale(given.fromScale, fromFramework, ['options', 'fromScale'], issues)
      : input.report !== undefined
        ? resolveScale(input.report.scale, fromFramework, ['scores', 'scale'], issues)
        : resolveScale(
            fromFramework?.defaultScale,
            fromFramework,
            ['options', 'fromScale'],
            issues,
          );
  if (
    input.report !== undefined &&
    fromScale !== undefined &&
    given.fromScale !== undefined &&
    fromScale.id !== input.report.scale
  ) {
    // The report says which scale its values are on: reading them on another gives wrong figures.
    issues.push(
      makeIssue(
        ['options', 'fromScale'],
        `is "${fromScale.id}" but the score report is on "${input.report.scale}"`,
      ),
    );
  }
  const toScale = resolveScale(
    given.toScale !== undefined ? given.toScale : toFramework?.defaultScale,
    toFramework,
    ['options', 'toScale'],
    issues,
  );

  const known = new Set([
    ...checked.links.map((link) => link.from),
    ...checked.unmapped.from.map((entry) => entry.nodeId),
  ]);
  const values = new Map<string, number | null>();
  for (const { nodeId, value, path, fromReport } of input.entries) {
    if (typeof nodeId !== 'string') {
      issues.push(makeIssue(path, `keys must be node ids (strings), not ${describeValue(nodeId)}`));
    } else if (values.has(nodeId)) {
      issues.push(makeIssue(path, `"${nodeId}" appears twice`));
    } else if (!known.has(nodeId)) {
      // A report may hold nodes a user-made crosswalk leaves out; they simply do not project.
      if (!fromReport)
        issues.push(
          makeIssue(path, `"${nodeId}" is not a node of ${checked.from} in this crosswalk`),
        );
    } else if (value === null) {
      values.set(nodeId, null);
    } else if (typeof value !== 'number' || !Number.isFinite(value)) {
      issues.push(makeIssue(path, `must be a number or null, not ${describeValue(value)}`));
    } else if (fromScale !== undefined && !isWithinScale(value, fromScale)) {
      const { min, max } = scaleRange(fromScale);
      issues.push(
        makeIssue(path, `${value} is not a value on scale "${fromScale.id}" (${min} to ${max})`),
      );
    } else {
      values.set(nodeId, value);
    }
  }
  if (issues.length > 0 || fromScale === undefined || toScale === undefined) {
    throw new MedleadValidationError(WHAT, issues);
  }

  const into = new Map<string, ProjectedNode['links'][number][]>();
  for (const link of checked.links) {
    const value = values.get(link.from) ?? null;
    const entry = { from: link.from, relation: link.relation, weight: link.weight, value };
    const list = into.get(link.to);
    if (list === undefined) into.set(link.to, [entry]);
    else list.push(entry);
  }
  const { min, max } = scaleRange(toScale);
  const nodes = orderByFramework([...into.keys()], toFramework).map((nodeId): ProjectedNode => {
    const links = into.get(nodeId) ?? [];
    let weighted = 0;
    let backed = 0;
    let total = 0;
    for (const link of links) {
      total += link.weight;
      if (link.value === null) continue;
      weighted += link.weight * normalize(link.value, fromScale);
      backed += link.weight;
    }
    const normalized = backed > 0 ? weighted / backed : null;
    return {
      nodeId,
      value: normalized === null ? null : min + normalized * (max - min),
      normalized,
      coverage: total > 0 ? backed / total : 0,
      links,
    };
  });
  return deepFreeze({
    crosswalk: checked.id,
    from: checked.from,
    to: checked.to,
    scale: toScale.id,
    nodes,
    unmapped: checked.unmapped.to,
  });
}

interface ScoreEntry {
  readonly nodeId: unknown;
  readonly value: unknown;
  /** Where the value sits in the `scores` argument, for error messages. */
  readonly path: Path;
  readonly fromReport: boolean;
}

/**
 * Reads the `scores` argument, whatever it is, into a list of (node id, value) pairs: own keys of
 * a plain object, entries of a Map, or the assessed nodes of a score report (checked against the
 * report schema first). Nothing is looked up on the input's prototype.
 */
function readScores(scores: unknown): {
  report?: ScoreReport;
  entries: readonly ScoreEntry[];
} {
  return guard(WHAT, ['scores'], () => {
    if (scores instanceof Map) {
      return {
        entries: Array.from(scores, ([nodeId, value]) => ({
          nodeId,
          value,
          path: ['scores', typeof nodeId === 'string' ? nodeId : String(nodeId)],
          fromReport: false,
        })),
      };
    }
    if (!isPlainObject(scores)) {
      return refuse(
        `must be a score report, a Map or an object of values by node id, not ${describeValue(scores)}`,
      );
    }
    if (Object.hasOwn(scores, 'nodes')) {
      const parsed = safeParseWith<ScoreReport>(ScoreReportSchema, 'score report', scores);
      if (!parsed.success) throw underPath(WHAT, ['scores'], parsed.error.issues);
      const report = parsed.data;
      return {
        report,
        entries: report.nodes.flatMap((node, index) =>
          node.assessed
            ? [
                {
                  nodeId: node.nodeId,
                  value: node.value,
                  path: ['scores', 'nodes', index, 'value'],
                  fromReport: true,
                },
              ]
            : [],
        ),
      };
    }
    return {
      entries: Object.keys(scores).map((nodeId) => ({
        nodeId,
        value: scores[nodeId],
        path: ['scores', nodeId],
        fromReport: false,
      })),
    };
  });
}

function refuse(message: string): never {
  throw new MedleadValidationError(WHAT, [makeIssue(['scores'], message)]);
}

/** A scale given as a scale or as the id of one of the framework's (or the generic) scales. */
function resolveScale(
  scale: unknown,
  framework: Framework | undefined,
  path: Path,
  issues: ValidationIssue[],
): RatingScale | undefined {
  let found: RatingScale | undefined;
  if (typeof scale === 'object' && scale !== null) {
    try {
      found = requireScale(WHAT, path, scale);
    } catch (error) {
      if (!(error instanceof MedleadValidationError)) throw error;
      issues.push(...error.issues);
      return undefined;
    }
  } else if (scale === undefined) {
    issues.push(
      makeIssue(
        path,
        'is needed: the crosswalk is not between shipped frameworks, so give the scale',
      ),
    );
    return undefined;
  } else if (typeof scale !== 'string') {
    issues.push(makeIssue(path, `must be a rating scale or its id, not ${describeValue(scale)}`));
    return undefined;
  } else {
    found = framework === undefined ? undefined : findScale(framework, scale);
    if (found === undefined) {
      const shown = scale.length <= 60 ? `"${scale}"` : 'the string given';
      issues.push(
        makeIssue(
          path,
          framework === undefined
            ? `${shown} cannot be looked up: the crosswalk is not between shipped frameworks, so give the scale itself`
            : `${shown} is not a scale of ${framework.key} nor a generic scale`,
        ),
      );
      return undefined;
    }
  }
  return found;
}

/** Node ids in the framework's published order where the framework is known, else as given. */
export function orderByFramework(
  ids: readonly string[],
  framework: Framework | undefined,
): string[] {
  if (framework === undefined) return [...ids];
  const order = new Map(walk(framework).map((entry, index) => [entry.node.id, index]));
  return [...ids].sort(
    (a, b) => (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER),
  );
}
