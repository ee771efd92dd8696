import { hlm, mlcf, scoreAssessment } from '@medlead/core';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axeViolations, usePageTheme } from '../shared/browser-checks.test-helper';
import { CompetencyWheel } from './CompetencyWheel';

afterEach(cleanup);

const report = scoreAssessment(hlm, {
  framework: hlm.key,
  scale: 'hlm:self-assessment',
  subject: 'learner-1',
  rater: { id: 'learner-1', role: 'self' },
  ratings: [
    { nodeId: 'hlm:inspiring-shared-purpose', value: 3 },
    { nodeId: 'hlm:leading-with-care', value: 1 },
    { nodeId: 'hlm:sharing-the-vision', value: 4 },
  ],
});

describe.each(['light', 'dark'] as const)('CompetencyWheel in Chromium, %s theme', (theme) => {
  it.each(['wheel', 'radar'] as const)(
    '%s: no axe violations, contrast included',
    async (variant) => {
      usePageTheme(theme);
      const { container } = render(
        <CompetencyWheel
          framework={hlm}
          report={report}
          variant={variant}
          theme={theme}
          target={{ 'hlm:leading-with-care': 3 }}
          comparison={{ 'hlm:leading-with-care': 2 }}
          defaultShowTable
        />,
      );
      expect(await axeViolations(container)).toEqual([]);
    },
  );
});

describe('CompetencyWheel by keyboard in Chromium', () => {
  it('Tab in, arrows walk, tooltip follows focus, Enter selects, Escape closes', async () => {
    const onSelect = vi.fn();
    render(<CompetencyWheel framework={hlm} report={report} onSelect={onSelect} />);
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement?.getAttribute('aria-label')).toBe(
      'Inspiring shared purpose: 3, Strong',
    );
    await expect.element(page.getByRole('tooltip')).toHaveTextContent(/Inspiring shared purpose/);
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(document.activeElement?.getAttribute('aria-label')).toBe(
      'Evaluating information: not rated',
    );
    await userEvent.keyboard('{End}{Enter}');
    expect(onSelect).toHaveBeenCalledWith('hlm:influencing-for-results');
    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('tooltip')).not.toBeInTheDocument();
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement?.textContent).toBe('Show data table');
  });

  it('draws MLCF, 20 nodes, at phone width without a label outside the picture', async () => {
    await page.viewport(360, 800);
    const { container } = render(<CompetencyWheel framework={mlcf} report={{}} />);
    const svg = container.querySelector('svg') as SVGSVGElement;
    const box = svg.getBoundingClientRect();
    for (const text of svg.querySelectorAll('text')) {
      const r = text.getBoundingClientRect();
      expect(r.left).toBeGreaterThanOrEqual(box.left - 0.5);
      expect(r.right).toBeLessThanOrEqual(box.right + 0.5);
    }
    await page.viewport(1280, 900);
  });
});

describe('CompetencyWheel labels by width in Chromium', () => {
  it('shows names on a wide chart and short marks with a key on a phone, at a readable size', async () => {
    const { container } = render(<CompetencyWheel framework={hlm} report={report} />);
    const shown = (selector: string) =>
      getComputedStyle(container.querySelector(selector) as Element).display !== 'none';
    expect(shown('.medlead-labels-long')).toBe(true);
    expect(shown('.medlead-labels-short')).toBe(false);
    expect(shown('.medlead-wheel-key')).toBe(false);
    await page.viewport(360, 800);
    expect(shown('.medlead-labels-long')).toBe(false);
    expect(shown('.medlead-labels-short')).toBe(true);
    expect(shown('.medlead-wheel-key')).toBe(true);
    const mark = container.querySelector('.medlead-labels-short text') as SVGTextElement;
    expect(mark.getBoundingClientRect().height).toBeGreaterThanOrEqual(12);
    await page.viewport(1280, 900);
  });
});
