// @vitest-environment node
import { assessableNodes, findScale, hlm, mlcf } from '@medlead/core';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SelfAssessmentForm } from './SelfAssessmentForm';

const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/'/g, '&#x27;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

describe('SelfAssessmentForm on the server', () => {
  it.each([
    ['hlm', hlm, 9],
    ['mlcf', mlcf, 20],
  ] as const)(
    'renders every question and every choice of %s, with no window',
    (_, framework, questions) => {
      expect(typeof window).toBe('undefined');
      expect(assessableNodes(framework)).toHaveLength(questions);
      const html = renderToString(<SelfAssessmentForm framework={framework} subject="learner-1" />);
      const points = findScale(framework, framework.defaultScale)?.points.length ?? 0;
      expect(count(html, /<fieldset/g)).toBe(questions);
      // Each question: a radio per point, and "not observed".
      expect(count(html, /type="radio"/g)).toBe(questions * (points + 1));
      for (const node of assessableNodes(framework)) {
        expect(count(html, new RegExp(`name="value:${node.id}"`, 'g'))).toBe(points + 1);
        expect(html).toContain(escapeHtml(node.summary.text));
      }
      expect(html).toContain(`0 of ${questions} answered`);
      expect(html).toContain('<progress');
      expect(html).toContain('type="submit"');
      // For learners (the default) no provenance badges; for educators, each item's.
      expect(html).not.toContain('Paraphrased');
      const curriculum = renderToString(
        <SelfAssessmentForm framework={framework} subject="learner-1" audience="curriculum" />,
      );
      expect(curriculum).toContain('Paraphrased');
    },
  );

  it('groups MLCF questions under their five domain headings, with point labels from core', () => {
    const html = renderToString(<SelfAssessmentForm framework={mlcf} subject="learner-1" />);
    expect(count(html, /<h3 /g)).toBe(5);
    expect(html).toContain('1 Demonstrating Personal Qualities');
    expect(html).toContain('1.1 Developing Self Awareness');
    expect(html).toContain('3 — Sometimes'); // MLCF's default scale is frequency-5
    expect(html).toContain('Not observed / can’t say');
    // Hidden fields let a plain form post say what the answers are of.
    expect(html).toContain('name="framework" value="mlcf@2010"');
    expect(html).toContain('name="scale" value="frequency-5"');
  });

  it('renders a saved assessment as checked radios and counts it', () => {
    const html = renderToString(
      <SelfAssessmentForm
        framework={hlm}
        subject="s"
        defaultValue={{
          framework: hlm.key,
          scale: 'hlm:self-assessment',
          subject: 's',
          rater: { id: 's', role: 'self' },
          ratings: [
            { nodeId: 'hlm:inspiring-shared-purpose', value: 3 },
            { nodeId: 'hlm:leading-with-care', value: null },
          ],
        }}
      />,
    );
    expect(count(html, /checked=""/g)).toBe(2);
    expect(html).toMatch(/checked="" value="3"/);
    expect(html).toMatch(/checked="" value="not-observed"/);
    expect(html).toContain('2 of 9 answered');
  });
});
