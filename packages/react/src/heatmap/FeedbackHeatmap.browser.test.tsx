import { hlm } from '@medlead/core';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axeViolations, usePageTheme } from '../shared/browser-checks.test-helper';
import { FeedbackHeatmap } from './FeedbackHeatmap';
import { feedbackReport, feedbackReportAllShown } from './feedback-fixture.test-helper';
import './heatmap.css';

afterEach(cleanup);

const report = feedbackReport();

describe.each(['light', 'dark'] as const)('FeedbackHeatmap in Chromium, %s theme', (theme) => {
  it('has no axe violations, contrast of every ramp step included', async () => {
    usePageTheme(theme);
    const { container } = render(
      <FeedbackHeatmap framework={hlm} report={report} theme={theme} defaultShowTable />,
    );
    // The fixture's means use steps 3 to 5; the lower steps are checked in the next test.
    expect(await axeViolations(container)).toEqual([]);
  });

  it('keeps 4.5:1 text on the lowest ramp steps too', async () => {
    usePageTheme(theme);
    const low = feedbackReportAllShown(); // direct reports' means 0.33 and 1.33
    const { container } = render(<FeedbackHeatmap framework={hlm} report={low} theme={theme} />);
    expect(container.querySelector('.medlead-heatmap-step-1')).not.toBeNull();
    expect(container.querySelector('.medlead-heatmap-step-2')).not.toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('FeedbackHeatmap at phone width in Chromium', () => {
  it('scrolls sideways rather than shrinking its text below 10 px', async () => {
    await page.viewport(360, 800);
    const { container } = render(<FeedbackHeatmap framework={hlm} report={report} />);
    const scroller = container.querySelector('.medlead-heatmap-scroll') as HTMLElement;
    expect(scroller.scrollWidth).toBeGreaterThan(scroller.clientWidth);
    // Every text's font size in drawing units, times the drawing's scale on screen.
    const svg = container.querySelector('svg.medlead-heatmap-svg') as SVGSVGElement;
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    for (const text of svg.querySelectorAll('text'))
      expect(Number.parseFloat(getComputedStyle(text).fontSize) * scale).toBeGreaterThanOrEqual(
        9.99,
      );
    // Walking to a cell off to the right brings it into view.
    await userEvent.keyboard('{Tab}{End}');
    const cell = (document.activeElement as Element).getBoundingClientRect();
    expect(cell.right).toBeLessThanOrEqual(scroller.getBoundingClientRect().right + 1);
    // …and its tooltip stays open through that scroll.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect.element(page.getByRole('tooltip')).toHaveTextContent(/Others/);
    await page.viewport(1280, 900);
  });
});
