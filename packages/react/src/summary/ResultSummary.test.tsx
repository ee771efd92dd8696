// @vitest-environment node
import { assessableNodes, hlm, mlcf } from '@medlead/core';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { listInWords, ResultSummary, summarySentences } from './ResultSummary';
import { scoredReport } from './summary.test-helper';

const report = scoredReport;

const titles = (framework: typeof hlm) => assessableNodes(framework).map((node) => node.title);

describe('summarySentences', () => {
  it('names the strongest areas and the areas to work on, with their level', () => {
    // HLM's nine dimensions: 3 for the first, 1 for the fifth, 2 for the rest.
    const values = [3, 2, 2, 2, 1, 2, 2, 2, 2];
    const [first, , , , fifth] = titles(hlm);
    expect(summarySentences(report(hlm, values))).toEqual([
      `Your strongest area (Strong): ${first}.`,
      `Area to work on (Essential): ${fifth}.`,
    ]);
  });

  it('lists ties in published order and cuts a long list with "and N more"', () => {
    const values = [4, 4, 0, 4, 4, 4, 0, 2, 2];
    const names = titles(hlm);
    const [strong, work] = summarySentences(report(hlm, values));
    expect(strong).toBe(
      `Your strongest areas (Exemplary): ${names[0]}, ${names[1]}, ${names[3]} and 2 more.`,
    );
    expect(work).toBe(`Areas to work on (Insufficient): ${names[2]} and ${names[6]}.`);
  });

  it('says when every area has the same rating, and counts the areas not rated', () => {
    expect(summarySentences(report(hlm, [2, 2, null]))).toEqual([
      'You rated every area at the same level (Proficient).',
      '3 areas were not rated (not observed), so they are left out.',
    ]);
  });

  it('says there is nothing to compare when nothing was rated', () => {
    expect(summarySentences(report(mlcf, [null]))).toEqual([
      'You did not rate any area, so there is nothing to compare yet.',
    ]);
  });

  it('joins names in plain English', () => {
    expect(listInWords([], 3)).toBe('');
    expect(listInWords(['A'], 3)).toBe('A');
    expect(listInWords(['A', 'B'], 3)).toBe('A and B');
    expect(listInWords(['A', 'B', 'C'], 3)).toBe('A, B and C');
    expect(listInWords(['A', 'B', 'C', 'D'], 3)).toBe('A, B, C and 1 more');
  });
});

describe('ResultSummary on the server', () => {
  it('renders its sentences as text, with the theme it is given', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(<ResultSummary report={report(mlcf, [1, 2, 3, 4])} theme="dark" />);
    expect(html).toMatch(/^<div class="medlead medlead-summary" data-theme="dark">/);
    expect(html).toContain('Your strongest areas');
    expect(html).toContain('Areas to work on');
    expect(html.match(/<p>/g)).toHaveLength(2);
  });
});
