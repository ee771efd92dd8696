// @vitest-environment node
import { hlm, mlcf, scoreAssessment } from '@medlead/core';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CompetencyWheel } from './CompetencyWheel';

const report = scoreAssessment(hlm, {
  framework: 'hlm@2013',
  scale: 'hlm:self-assessment',
  subject: 's',
  rater: { id: 's', role: 'self' },
  ratings: [
    { nodeId: 'hlm:inspiring-shared-purpose', value: 3 },
    { nodeId: 'hlm:leading-with-care', value: 1 },
  ],
});

describe('CompetencyWheel on the server', () => {
  it('renders the whole picture, not an empty box: every sector, label and table row', () => {
    const html = renderToString(<CompetencyWheel framework={hlm} report={report} />);
    expect(html).toContain('<svg');
    expect(html.match(/class="medlead-track"/g)).toHaveLength(9);
    expect(html.match(/class="medlead-fill medlead-series-/g)).toHaveLength(2);
    expect(html.match(/role="button"/g)).toHaveLength(9);
    expect(html).toContain('Inspiring shared purpose: 3, Strong');
    expect(html).toContain('Leading with care: 1, Essential');
    expect(html).toContain('Sharing the vision: not rated');
    expect(html.match(/<tr>/g)).toHaveLength(10); // header + 9 rows
    expect(html).toContain('hidden=""'); // the table is there, collapsed
  });

  it('draws the radar variant and overlays with line styles', () => {
    const html = renderToString(
      <CompetencyWheel
        framework={hlm}
        report={report}
        variant="radar"
        target={{ 'hlm:inspiring-shared-purpose': 4 }}
        comparison={{ 'hlm:leading-with-care': 2 }}
      />,
    );
    expect(html).toContain('medlead-radar-area');
    expect(html).toContain('class="medlead-target"');
    expect(html).toContain('class="medlead-comparison"');
    expect(html).toContain('Target (dashed line)');
  });

  it('labels a 20-element MLCF wheel by code, and keeps full names in the accessible labels', () => {
    const html = renderToString(<CompetencyWheel framework={mlcf} report={{ 'mlcf:1.1': 4 }} />);
    expect(html).toContain('>1.1</tspan>');
    expect(html).toContain('aria-label="1.1 Developing Self Awareness: 4, Often"');
    expect(html).toContain('Building &amp; Maintaining Relationships');
  });

  it('gives the same markup on every render (no random ids or clocks)', () => {
    const once = renderToString(<CompetencyWheel framework={hlm} report={report} />);
    expect(renderToString(<CompetencyWheel framework={hlm} report={report} />)).toBe(once);
  });
});
