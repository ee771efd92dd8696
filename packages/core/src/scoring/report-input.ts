import type { Framework } from '../model/types';
import { getNode } from '../navigation/navigate';
import { findScale } from '../scales/find-scale';
import { makeIssue, type ValidationIssue } from '../validation/errors';
import { scaleRange } from './scale-math';
import { type ScoreReport, ScoreReportSchema } from './score-report';

/**
 * Reads a score report given back to medlead (perhaps from storage): its shape, that it belongs
 * to this framework edition, that its nodes exist and that its values lie on its scale.
 */
export function readScoreReport(
  framework: Framework,
  input: unknown,
  path: readonly PropertyKey[],
): { report: ScoreReport | undefined; issues: ValidationIssue[] } {
  const parsed = ScoreReportSchema.safeParse(input);
  if (!parsed.success) {
    return {
      report: undefined,
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
  if (scale === undefined) {
    issues.push(
      makeIssue(
        [...path, 'scale'],
        `"${report.scale}" is not a scale of ${framework.key} nor a generic scale`,
      ),
    );
  }
  const range = scale === undefined ? undefined : scaleRange(scale);
  report.nodes.forEach((node, index) => {
    if (getNode(framework, node.nodeId) === undefined) {
      issues.push(
        makeIssue(
          [...path, 'nodes', index, 'nodeId'],
          `"${node.nodeId}" is not a node of ${framework.key}`,
        ),
      );
    }
    if (
      range !== undefined &&
      node.value !== null &&
      (node.value < range.min || node.value > range.max)
    ) {
      issues.push(
        makeIssue(
          [...path, 'nodes', index, 'value'],
          `${node.value} is outside scale "${report.scale}" (${range.min} to ${range.max})`,
        ),
      );
    }
  });
  return { report, issues };
}
