import type { Assessment, Framework } from '../model/types';
import { getNode, isAssessable } from '../navigation/navigate';
import { describeScaleValues, findScale, isOnScale } from '../scales/find-scale';
import { makeIssue, type ValidationIssue } from './errors';

/** Every way an (already well-formed) assessment fails to fit a framework. */
export function checkAssessmentAgainst(
  framework: Framework,
  assessment: Assessment,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (assessment.framework !== framework.key) {
    issues.push(
      makeIssue(
        ['framework'],
        `is "${assessment.framework}" but the framework given is ${framework.key}`,
      ),
    );
  }
  const scale = findScale(framework, assessment.scale);
  if (scale === undefined) {
    issues.push(
      makeIssue(
        ['scale'],
        `"${assessment.scale}" is not a scale of ${framework.key} nor a generic scale`,
      ),
    );
  }
  const importanceScale =
    assessment.importanceScale === undefined
      ? undefined
      : findScale(framework, assessment.importanceScale);
  if (assessment.importanceScale !== undefined && importanceScale === undefined) {
    issues.push(
      makeIssue(
        ['importanceScale'],
        `"${assessment.importanceScale}" is not a scale of ${framework.key} nor a generic scale`,
      ),
    );
  }
  assessment.ratings.forEach((rating, index) => {
    if (!isAssessable(framework, rating.nodeId)) {
      const node = getNode(framework, rating.nodeId);
      issues.push(
        makeIssue(
          ['ratings', index, 'nodeId'],
          node === undefined
            ? `"${rating.nodeId}" is not a node of ${framework.key}`
            : `"${rating.nodeId}" is a ${node.kind}, but ${framework.key} rates only ${framework.assessedKind} nodes`,
        ),
      );
    }
    if (scale !== undefined && rating.value !== null && !isOnScale(rating.value, scale)) {
      issues.push(
        makeIssue(
          ['ratings', index, 'value'],
          `${rating.value} is not on scale "${scale.id}": use ${describeScaleValues(scale)}, or null for not observed`,
        ),
      );
    }
    if (
      importanceScale !== undefined &&
      rating.importance !== undefined &&
      !isOnScale(rating.importance, importanceScale)
    ) {
      issues.push(
        makeIssue(
          ['ratings', index, 'importance'],
          `${rating.importance} is not on scale "${importanceScale.id}": use ${describeScaleValues(importanceScale)}`,
        ),
      );
    }
  });
  return issues;
}
