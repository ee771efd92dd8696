import { hlm, scoreAssessment } from '@medlead/core';
import { CompetencyWheel, ScaleLegend } from '@medlead/react';
import '@medlead/react/styles.css';
import { useState } from 'react';
import './branded-theme.css';

const report = scoreAssessment(hlm, {
  framework: 'hlm@2013',
  scale: 'hlm:self-assessment',
  subject: 'learner-42',
  rater: { id: 'learner-42', role: 'self' },
  ratings: [
    { nodeId: 'hlm:inspiring-shared-purpose', value: 3 },
    { nodeId: 'hlm:leading-with-care', value: 4 },
    { nodeId: 'hlm:evaluating-information', value: 2 },
    { nodeId: 'hlm:sharing-the-vision', value: 2 },
    { nodeId: 'hlm:engaging-the-team', value: 3 },
  ],
});

/**
 * The charts in a course site's colours: a class on a wrapper, the tokens set in its CSS. The
 * tooltips render inside the wrapper too (`tooltipContainer`), so they take the same colours.
 */
export function BrandedCharts({ theme = 'light' }: { theme?: 'light' | 'dark' }) {
  const [wrapper, setWrapper] = useState<HTMLDivElement | null>(null);
  return (
    <div className="brand-charts" ref={setWrapper}>
      <CompetencyWheel framework={hlm} report={report} theme={theme} tooltipContainer={wrapper} />
      <ScaleLegend framework={hlm} theme={theme} />
    </div>
  );
}
