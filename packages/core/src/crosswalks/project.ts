import type { Crosswalk, Framework, MappingRelation, RatingScale } from '../model/types';
import { walk } from '../navigation/navigate';
import { findScale } from '../scales/find-scale';
import { isWithinScale, normalize, scaleRange } from '../scoring/scale-math';
import type { ScoreReport } from '../scoring/score-report';
import { MedleadValidationError, makeIssue, type ValidationIssue } from '../validation/errors';
import { knownFramework } from './lookup';

/** Values by node id; `null` is "not rated". */
export type ScoreValues = Readonly<Record<string, number | null>>;

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
 */
export function projectScores(
  scores: ScoreValues | ScoreReport,
  crosswalk: Crosswalk,
  options: ProjectScoresOptions = {},
): ProjectedScores {
  const issues: ValidationIssue[] = [];
  const fromFramework = knownFramework(crosswalk.from);
  const toFramework = knownFramework(crosswalk.to);
  const isReport =
    typeof scores === 'object' && scores !== null && Array.isArray((scores as ScoreReport).nodes);
  const report = isReport ? (scores as ScoreReport) : undefined;
  if (report !== undefined && report.framework !== crosswalk.from) {
    issues.push(
      makeIssue(
        ['scores', 'framework'],
        `is "${report.framework}" but the crosswalk starts from ${crosswalk.from}`,
      ),
    );
  }
  const fromScale = resolveScale(
    options.fromScale ?? report?.scale ?? fromFramework?.defaultScale,
    fromFramework,
    ['options', 'fromScale'],
    issues,
  );
  const toScale = resolveScale(
    options.toScale ?? toFramework?.defaultScale,
    toFramework,
    ['options', 'toScale'],
    issues,
  );

  const values = new Map<string, number | null>();
  if (report !== undefined) {
    for (const node of report.nodes) if (node.assessed) values.set(node.nodeId, node.value);
  } else if (typeof scores !== 'object' || scores === null) {
    issues.push(makeIssue(['scores'], 'must be a score report or an object of values by node id'));
  } else {
    const known = new Set([
      ...crosswalk.links.map((link) => link.from),
      ...crosswalk.unmapped.from.map((entry) => entry.nodeId),
    ]);
    for (const [nodeId, value] of Object.entries(scores as ScoreValues)) {
      if (!known.has(nodeId)) {
        issues.push(
          makeIssue(
            ['scores', nodeId],
            `"${nodeId}" is not a node of ${crosswalk.from} in this crosswalk`,
          ),
        );
      } else if (
        value !== null &&
        (typeof value !== 'number' || (fromScale !== undefined && !isWithinScale(value, fromScale)))
      ) {
        issues.push(
          makeIssue(
            ['scores', nodeId],
            `${String(value)} is not a value on scale "${fromScale?.id}"`,
          ),
        );
      } else {
        values.set(nodeId, value);
      }
    }
  }
  if (issues.length > 0 || fromScale === undefined || toScale === undefined) {
    throw new MedleadValidationError('scores to project', issues);
  }

  const into = new Map<string, ProjectedNode['links'][number][]>();
  for (const link of crosswalk.links) {
    const value = values.get(link.from) ?? null;
    into.set(link.to, [
      ...(into.get(link.to) ?? []),
      { from: link.from, relation: link.relation, weight: link.weight, value },
    ]);
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
  return {
    crosswalk: crosswalk.id,
    from: crosswalk.from,
    to: crosswalk.to,
    scale: toScale.id,
    nodes,
    unmapped: crosswalk.unmapped.to,
  };
}

function resolveScale(
  scale: RatingScale | string | undefined,
  framework: Framework | undefined,
  path: PropertyKey[],
  issues: ValidationIssue[],
): RatingScale | undefined {
  if (typeof scale === 'object') return scale;
  if (scale === undefined) {
    issues.push(
      makeIssue(
        path,
        'is needed: the crosswalk is not between shipped frameworks, so give the scale',
      ),
    );
    return undefined;
  }
  const found = framework === undefined ? undefined : findScale(framework, scale);
  if (found === undefined)
    issues.push(makeIssue(path, `"${scale}" is not a scale of the framework`));
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
