import { type Assessment, assessableNodes, type Framework, scoreAssessment } from '@medlead/core';

/**
 * A self-assessment of `framework` scored: `values` in node order, repeated over every rated node
 * (null: not observed).
 */
export function scoredReport(framework: Framework, values: readonly (number | null)[]) {
  const assessment: Assessment = {
    framework: framework.key,
    scale: framework.defaultScale,
    subject: 'learner-1',
    rater: { id: 'learner-1', role: 'self' },
    ratings: assessableNodes(framework).map((node, index) => ({
      nodeId: node.id,
      value: values[index % values.length] ?? null,
    })),
  };
  return scoreAssessment(framework, assessment);
}
