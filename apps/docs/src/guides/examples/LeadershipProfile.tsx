import {
  type AssessmentInput,
  assessableNodes,
  gapAnalysis,
  getNode,
  hlm,
  scoreAssessment,
} from '@medlead/core';
import { CompetencyWheel, GapChart, ScaleLegend } from '@medlead/react';
import '@medlead/react/styles.css';
import { useState } from 'react';

// 1. A self-assessment on the Healthcare Leadership Model, rated 0 (Insufficient) to 4
//    (Exemplary). `null` means "not observed": unrated, never counted as zero.
const assessment: AssessmentInput = {
  framework: 'hlm@2013',
  scale: 'hlm:self-assessment',
  subject: 'learner-42',
  rater: { id: 'learner-42', role: 'self' },
  ratings: [
    { nodeId: 'hlm:inspiring-shared-purpose', value: 3 },
    { nodeId: 'hlm:leading-with-care', value: 4 },
    { nodeId: 'hlm:evaluating-information', value: 2 },
    { nodeId: 'hlm:connecting-our-service', value: null },
    { nodeId: 'hlm:sharing-the-vision', value: 2 },
    { nodeId: 'hlm:engaging-the-team', value: 3 },
    { nodeId: 'hlm:holding-to-account', value: 1 },
    { nodeId: 'hlm:developing-capability', value: 2 },
    { nodeId: 'hlm:influencing-for-results', value: 3 },
  ],
};

// 2. Score it (it is validated first: bad input throws an error naming the path of each
//    problem), then compare it with a target: "Strong" (3) on every dimension.
const report = scoreAssessment(hlm, assessment);
const gaps = gapAnalysis(hlm, report, { level: 3 });
const target = Object.fromEntries(assessableNodes(hlm).map((node) => [node.id, 3]));

// 3. Draw it: a wheel with the target over it, the gaps largest first, and what the scale means.
export function LeadershipProfile() {
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <section aria-labelledby="profile-title">
      <h2 id="profile-title">My leadership profile</h2>
      <p>
        {`Overall ${report.overall.value?.toFixed(1) ?? 'not rated'} out of 4; ` +
          `${report.completeness.rated} of ${report.completeness.total} dimensions rated.`}
      </p>
      <CompetencyWheel framework={hlm} report={report} target={target} onSelect={setChosen} />
      <p aria-live="polite">
        {chosen === null
          ? 'Choose a dimension on the wheel.'
          : `Chosen: ${getNode(hlm, chosen)?.title}`}
      </p>
      <GapChart framework={hlm} gaps={gaps} actualLabel="You" targetLabel="Target" />
      <ScaleLegend framework={hlm} />
    </section>
  );
}
