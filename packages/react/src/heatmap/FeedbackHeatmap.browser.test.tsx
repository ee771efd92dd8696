import { hlm, mlcf } from '@medlead/core';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axeViolations, usePageTheme } from '../shared/browser-checks.test-helper';
import {
  chartTextProblems,
  containerWidths,
  settle,
} from '../shared/chart-text-checks.test-helper';
import { FeedbackHeatmap } from './FeedbackHeatmap';
import {
  feedbackReport,
  feedbackReportAllShown,
  mlcfFeedbackReport,
} from './feedback-fixture.test-helper';
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

describe.each([
  ['HLM', hlm, report],
  ['MLCF', mlcf, mlcfFeedbackReport()],
] as const)('FeedbackHeatmap text in CSS px in Chromium (%s)', (_, framework, feedback) => {
  it.each(containerWidths)(
    'in a %i px container: text 12–16 px, none overlapping, nothing cut without a cue',
    async (width) => {
      const { container } = render(
        <div style={{ width }}>
          <FeedbackHeatmap framework={framework} report={feedback} defaultShowTable />
        </div>,
      );
      await settle();
      const svg = container.querySelector('svg.medlead-heatmap-svg') as SVGSVGElement;
      // Laid out at the room it has (the figure's padding aside), never a giant chart.
      expect(svg.viewBox.baseVal.width).toBe(svg.width.baseVal.value);
      expect(svg.getBoundingClientRect().width).toBeLessThanOrEqual(880);
      expect(chartTextProblems(container.firstElementChild as HTMLElement)).toEqual([]);
    },
  );
});

describe('FeedbackHeatmap at phone width in Chromium', () => {
  it('puts the names above their rows and scrolls the grid sideways, saying so', async () => {
    await page.viewport(360, 800);
    const { container } = render(
      <FeedbackHeatmap framework={mlcf} report={mlcfFeedbackReport()} />,
    );
    await settle();
    const region = page.getByRole('region', { name: /360 feedback by rater group: grid/ });
    const scroller = region.element() as HTMLElement;
    expect(scroller.scrollWidth).toBeGreaterThan(scroller.clientWidth);
    await expect.element(page.getByText('Scroll sideways to see more')).toBeVisible();
    // Every name reads whole without scrolling: it starts and ends inside the visible box.
    const visible = scroller.getBoundingClientRect();
    for (const label of container.querySelectorAll('.medlead-heatmap-label')) {
      const box = label.getBoundingClientRect();
      expect(box.right).toBeLessThanOrEqual(visible.right);
    }
    // The pointer rests on the caption, away from the cells that scroll under it.
    await userEvent.hover(container.querySelector('figcaption') as HTMLElement);
    // The region is a Tab stop while it scrolls; the next is the grid's one cell.
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(scroller);
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
