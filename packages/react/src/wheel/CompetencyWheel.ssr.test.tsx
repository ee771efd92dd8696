// @vitest-environment node
import {
  ama,
  assessableNodes,
  type Framework,
  hlm,
  MedleadValidationError,
  mlcf,
  scoreAssessment,
} from '@medlead/core';
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

const everywhere = (framework: Framework, value: number) =>
  Object.fromEntries(assessableNodes(framework).map((node) => [node.id, value]));

describe('CompetencyWheel on the server', () => {
  it('refuses a value that is neither a finite number nor null, naming where it is', () => {
    const draw = (values: Record<string, unknown>, prop: 'report' | 'target' | 'comparison') =>
      renderToString(<CompetencyWheel framework={hlm} {...{ [prop]: values }} />);
    expect(() => draw({ 'hlm:leading-with-care': Number.NaN }, 'report')).toThrow(
      'report["hlm:leading-with-care"]: must be a finite number or null, not NaN',
    );
    expect(() => draw({ 'hlm:leading-with-care': Infinity }, 'target')).toThrow(
      MedleadValidationError,
    );
    expect(() => draw({ 'hlm:leading-with-care': '3' }, 'comparison')).toThrow('not a string');
    // Left out, undefined and null all mean not rated.
    expect(draw({ 'hlm:leading-with-care': undefined }, 'report')).toContain(
      'Leading with care: not rated',
    );
  });

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

  it('is laid out in CSS px: the viewBox is the drawn size, and text sizes are not scaled', () => {
    const html = renderToString(<CompetencyWheel framework={hlm} report={report} />);
    const svg = html.match(/<svg[^>]*>/)?.[0] ?? '';
    const [, width, height] = svg.match(/viewBox="0 0 (\d+) (\d+)"/) ?? [];
    expect(Number(width)).toBeLessThanOrEqual(640);
    expect(svg).toContain(`width="${width}"`);
    expect(svg).toContain(`height="${height}"`);
  });

  it('labels the rings with the scale values, and names them in the key', () => {
    const html = renderToString(<CompetencyWheel framework={hlm} report={report} />);
    const ringValues = html.match(/class="medlead-ring-values"[\s\S]*?<\/g>/)?.[0] ?? '';
    expect([...ringValues.matchAll(/>(\d)<\/text>/g)].map((m) => m[1])).toEqual([
      '0',
      '1',
      '2',
      '3',
      '4',
    ]);
    expect(html).toContain('Rings, centre to rim (Healthcare Leadership Model self-assessment)');
    expect(html).toContain('<b>0</b> <!-- -->Insufficient');
    expect(html).toContain('<b>4</b> <!-- -->Exemplary');
  });

  it('draws a bottom-of-scale score as a thin band, and "not rated" hatched, with a key entry', () => {
    const html = renderToString(
      <CompetencyWheel
        framework={hlm}
        report={{ 'hlm:inspiring-shared-purpose': 0, 'hlm:leading-with-care': null }}
      />,
    );
    expect(html.match(/class="medlead-fill /g)).toHaveLength(1);
    expect(html.match(/class="medlead-unrated"/g)).toHaveLength(8);
    expect(html).toMatch(/<pattern id="[\w-]+-unrated"/);
    expect(html).toContain('Not rated (hatched)');
    expect(html).toContain('Inspiring shared purpose: 0, Insufficient');
    expect(html).toContain('Leading with care: not rated');
    const rated = renderToString(
      <CompetencyWheel framework={hlm} report={{ 'hlm:inspiring-shared-purpose': 0 }} />,
    );
    expect(
      renderToString(<CompetencyWheel framework={ama} report={everywhere(ama, 3)} />),
    ).not.toContain('Not rated');
    expect(rated).toContain('Not rated (hatched)');
    // The key lists only what is drawn: no fill key when nothing is filled.
    const empty = renderToString(<CompetencyWheel framework={hlm} report={{}} />);
    expect(empty).not.toContain('filled from the centre');
    expect(empty).toContain('Not rated (hatched)');
  });

  it('colours a flat framework in one colour, and a grouped one by domain, named in the key', () => {
    const flat = renderToString(<CompetencyWheel framework={hlm} report={everywhere(hlm, 2)} />);
    expect(flat.match(/class="medlead-fill medlead-series-1"/g)).toHaveLength(9);
    expect(flat).toContain('Score: filled from the centre');
    expect(flat).not.toContain('medlead-wheel-groups');
    const grouped = renderToString(
      <CompetencyWheel framework={mlcf} report={everywhere(mlcf, 3)} />,
    );
    const series = [...grouped.matchAll(/class="medlead-fill medlead-series-(\d)"/g)].map(
      (m) => m[1],
    );
    expect(series).toEqual(['1', '2', '3', '4', '5'].flatMap((group) => Array(4).fill(group)));
    expect(grouped).toContain('Score: filled from the centre, coloured by domain');
    expect(grouped).toContain('--medlead-series-1)"');
    expect(grouped).toContain('1 Demonstrating Personal Qualities');
    expect(grouped).toContain('5 Setting Direction');
    // The radar is one shape in one colour.
    const radar = renderToString(
      <CompetencyWheel framework={mlcf} report={everywhere(mlcf, 3)} variant="radar" />,
    );
    expect(radar).not.toContain('medlead-wheel-groups');
  });

  it('names the report and the comparison as a 360 calls them', () => {
    const html = renderToString(
      <CompetencyWheel
        framework={hlm}
        report={report}
        reportLabel="Self"
        comparison={{ 'hlm:inspiring-shared-purpose': 2 }}
        comparisonLabel="Others"
      />,
    );
    expect(html).toContain('Self: filled from the centre');
    expect(html).toContain('Others<!-- --> (dotted line, round markers)');
    expect(html).toContain('<th scope="col">Self</th>');
    expect(html).toContain('<th scope="col">Others</th>');
    expect(html).toContain('aria-label="Inspiring shared purpose: self 3, Strong; others 2"');
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
    const html = renderToString(
      <CompetencyWheel
        framework={hlm}
        report={report}
        variant="radar"
        target={everywhere(hlm, 3)}
        comparison={everywhere(hlm, 2)}
      />,
    );
    expect(html).toContain('class="medlead-target"');
    expect(html).toContain('class="medlead-comparison"');
    expect(html.match(/class="medlead-target-marker"/g)).toHaveLength(9);
  });

  it('labels a 20-element MLCF wheel by code, and keeps full names in the accessible labels', () => {
    const html = renderToString(<CompetencyWheel framework={mlcf} report={{ 'mlcf:1.1': 4 }} />);
    expect(html).toMatch(/>1\.1<\/tspan>/);
    expect(html).not.toContain('medlead-labels-long'); // codes at every width, with a key
    expect(html).toMatch(
      /<ol class="medlead-wheel-key"[^>]*><li><span class="medlead-wheel-key-mark">1\.1<\/span>/,
    );
    expect(html).toContain('aria-label="1.1 Developing Self Awareness: 4, Often"');
    expect(html).toContain('Building &amp; Maintaining Relationships');
  });

  it('names the sectors where they fit, and draws numbered marks with a key when asked', () => {
    const html = renderToString(<CompetencyWheel framework={hlm} report={report} />);
    expect(html).toContain('medlead-labels-long');
    expect(html).toContain('>Inspiring shared</tspan>');
    expect(html).not.toContain('medlead-wheel-key');
    const marks = renderToString(<CompetencyWheel framework={hlm} report={report} labels="code" />);
    expect(marks).toContain('medlead-labels-short');
    expect(marks).toContain(
      '<span class="medlead-wheel-key-mark">9</span> <!-- -->Influencing for results',
    );
  });

  it('gives the same markup on every render (no random ids or clocks)', () => {
    const once = renderToString(<CompetencyWheel framework={hlm} report={report} />);
    expect(renderToString(<CompetencyWheel framework={hlm} report={report} />)).toBe(once);
  });
});
