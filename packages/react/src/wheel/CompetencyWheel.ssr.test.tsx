// @vitest-environment node
import { assessableNodes, hlm, mlcf, scoreAssessment } from '@medlead/core';
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
    // Partial overlays: a marker per value, and no outline pulled to the centre by missing ones.
    expect(html.match(/class="medlead-target-marker"/g)).toHaveLength(1);
    expect(html.match(/class="medlead-comparison-marker"/g)).toHaveLength(1);
    expect(html).not.toContain('class="medlead-target"');
    expect(html).not.toContain('class="medlead-comparison"');
    expect(html).toContain('Target (dashed line, hollow diamonds)');
  });

  it('draws radar outlines when every node has a target and a comparison', () => {
    const everywhere = (value: number) =>
      Object.fromEntries(assessableNodes(hlm).map((node) => [node.id, value]));
    const html = renderToString(
      <CompetencyWheel
        framework={hlm}
        report={report}
        variant="radar"
        target={everywhere(3)}
        comparison={everywhere(2)}
      />,
    );
    expect(html).toContain('class="medlead-target"');
    expect(html).toContain('class="medlead-comparison"');
    expect(html.match(/class="medlead-target-marker"/g)).toHaveLength(9);
  });

  it('labels a 20-element MLCF wheel by code, and keeps full names in the accessible labels', () => {
    const html = renderToString(<CompetencyWheel framework={mlcf} report={{ 'mlcf:1.1': 4 }} />);
    expect(html).toMatch(/>1\.1<\/text>/);
    expect(html).not.toContain('medlead-labels-long'); // codes at every width, with a key
    expect(html).toMatch(
      /<ol class="medlead-wheel-key"[^>]*><li><span class="medlead-wheel-key-mark">1\.1<\/span>/,
    );
    expect(html).toContain('aria-label="1.1 Developing Self Awareness: 4, Often"');
    expect(html).toContain('Building &amp; Maintaining Relationships');
  });

  it('renders names and numbered short marks, for a container query to choose by width', () => {
    const html = renderToString(<CompetencyWheel framework={hlm} report={report} />);
    expect(html).toContain('medlead-labels-long');
    expect(html).toContain('medlead-labels-short');
    expect(html).toContain('medlead-wheel-key medlead-wheel-key-narrow');
    expect(html).toContain(
      '<span class="medlead-wheel-key-mark">9</span> <!-- -->Influencing for results',
    );
    const titlesOnly = renderToString(
      <CompetencyWheel framework={hlm} report={report} labels="title" />,
    );
    expect(titlesOnly).not.toContain('medlead-labels-short');
    expect(titlesOnly).not.toContain('medlead-wheel-key');
  });

  it('gives the same markup on every render (no random ids or clocks)', () => {
    const once = renderToString(<CompetencyWheel framework={hlm} report={report} />);
    expect(renderToString(<CompetencyWheel framework={hlm} report={report} />)).toBe(once);
  });
});
