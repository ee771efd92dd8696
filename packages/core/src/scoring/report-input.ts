import type { Framework, RatingScale } from '../model/types';
import { getNode } from '../navigation/navigate';
import { findScale, isOnScale } from '../scales/find-scale';
import { errorText, type Path } from '../validation/arguments';
import { makeIssue, type ValidationIssue } from '../validation/errors';
import { isWithinScale, normalize, scaleRange } from './scale-math';
import { reportLayout } from './score-assessment';
import { isScoredWith, type ScoreReport, ScoreReportSchema } from './score-report';

/** A score report read back, with the scale it is on (undefined when that is the problem). */
export interface ReadReport {
  readonly report: ScoreReport | undefined;
  readonly scale: RatingScale | undefined;
  readonly issues: ValidationIssue[];
}

/**
 * Reads a score report given back to medlead (perhaps from storage). A report `scoreAssessment`
 * built against this very framework is taken as it is. Any other is checked in full: its shape;
 * that it is of this framework edition and on one of its scales; that it lists only nodes a
 * report of the edition lists, each once; that each node is assessed or not as the framework
 * says; that every value is finite and on the scale (a rating a point of it, a mean between its
 * ends); and that each `normalized` figure matches its value. A node it leaves out has no value,
 * as if listed with `value: null`: a compacted or hand-made report says nothing about that node,
 * and every value it does give is still checked.
 */
export function readScoreReport(
  framework: Framework,
  input: unknown,
  path: Path,
  expected?: { readonly scale: string; readonly from: string },
): ReadReport {
  if (isScoredWith(input, framework)) {
    const issues =
      expected === undefined || input.scale === expected.scale
        ? []
        : [otherScale(input.scale, expected, path)];
    return {
      report: issues.length > 0 ? undefined : input,
      scale: findScale(framework, input.scale),
      issues,
    };
  }
  let parsed: ReturnType<typeof ScoreReportSchema.safeParse>;
  try {
    parsed = ScoreReportSchema.safeParse(input);
  } catch (error) {
    // A throwing getter or Proxy trap inside the report.
    const message = `could not be read (${errorText(error)})`;
    return { report: undefined, scale: undefined, issues: [makeIssue(path, message)] };
  }
  if (!parsed.success) {
    return {
      report: undefined,
      scale: undefined,
      issues: parsed.error.issues.map((issue) =>
        makeIssue([...path, ...issue.path], issue.message),
      ),
    };
  }
  const report = parsed.data;
  const issues: ValidationIssue[] = [];
  if (report.framework !== framework.key) {
    issues.push(
      makeIssue(
        [...path, 'framework'],
        `is "${report.framework}" but the framework given is ${framework.key}`,
      ),
    );
  }
  const scale = findScale(framework, report.scale);
  if (expected !== undefined && report.scale !== expected.scale) {
    issues.push(otherScale(report.scale, expected, path));
  } else if (scale === undefined) {
    issues.push(
      makeIssue(
        [...path, 'scale'],
        `"${report.scale}" is not a scale of ${framework.key} nor a generic scale`,
      ),
    );
  }
  // Values are checked only once the report is known to be of this edition and on a known
  // scale: against another edition every node would be "unknown", which says nothing new.
  if (issues.length > 0 || scale === undefined) return { report: undefined, scale, issues };

  const layout = reportLayout(framework);
  const seenAt = new Map<string, number>();
  report.nodes.forEach((node, index) => {
    const at = [...path, 'nodes', index];
    const slot = layout.slots.get(node.nodeId);
    const first = seenAt.get(node.nodeId);
    if (slot === undefined) {
      const known = getNode(framework, node.nodeId);
      issues.push(
        makeIssue(
          [...at, 'nodeId'],
          known === undefined
            ? `"${node.nodeId}" is not a node of ${framework.key}`
            : `"${node.nodeId}" has no assessed node at or under it, so no report of ${framework.key} lists it`,
        ),
      );
      return;
    }
    if (first !== undefined) {
      issues.push(
        makeIssue([...at, 'nodeId'], `"${node.nodeId}" is listed twice (first at nodes[${first}])`),
      );
      return;
    }
    seenAt.set(node.nodeId, index);
    const assessed = layout.nodes[slot]?.assessed ?? false;
    if (node.assessed !== assessed) {
      issues.push(
        makeIssue(
          [...at, 'assessed'],
          `is ${node.assessed} but "${node.nodeId}" is ${assessed ? '' : 'not '}a node ${framework.key} rates`,
        ),
      );
    }
    checkValue(node.value, node.normalized, scale, assessed, at, issues);
  });
  checkValue(
    report.overall.value,
    report.overall.normalized,
    scale,
    false,
    [...path, 'overall'],
    issues,
  );
  return issues.length > 0 ? { report: undefined, scale, issues } : { report, scale, issues };
}

/** A value is null or on the scale (a rating: one of its values), and `normalized` matches it. */
function checkValue(
  value: number | null,
  normalized: number | null,
  scale: RatingScale,
  rating: boolean,
  at: Path,
  issues: ValidationIssue[],
): void {
  if (value === null) {
    if (normalized !== null) {
      issues.push(makeIssue([...at, 'normalized'], `is ${normalized} but value is null`));
    }
    return;
  }
  const { min, max } = scaleRange(scale);
  if (rating ? !isOnScale(value, scale) : !isWithinScale(value, scale)) {
    issues.push(
      makeIssue(
        [...at, 'value'],
        rating
          ? `${value} is not a value of scale "${scale.id}"`
          : `${value} is outside scale "${scale.id}" (${min} to ${max})`,
      ),
    );
    return;
  }
  const expected = normalize(value, scale);
  if (normalized === null || Math.abs(normalized - expected) > 1e-9) {
    issues.push(
      makeIssue(
        [...at, 'normalized'],
        `is ${normalized} but value ${value} on scale "${scale.id}" is ${expected}`,
      ),
    );
  }
}

function otherScale(scale: string, expected: { scale: string; from: string }, path: Path) {
  return makeIssue(
    [...path, 'scale'],
    `is "${scale}" but ${expected.from} uses "${expected.scale}": convert to one scale first`,
  );
}
