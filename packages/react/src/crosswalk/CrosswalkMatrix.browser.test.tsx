import { ama, crosswalks, getCrosswalk, getFramework, hlm, mlcf } from '@medlead/core';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axeViolations, usePageTheme } from '../shared/browser-checks.test-helper';
import {
  chartTextProblems,
  containerOfWidth,
  containerWidths,
  useContainerWidth,
} from '../shared/chart-text-checks.test-helper';
import { CrosswalkMatrix, matrixLayout } from './CrosswalkMatrix';
import './crosswalk.css';

afterEach(cleanup);

describe.each(['light', 'dark'] as const)('CrosswalkMatrix in Chromium, %s theme', (theme) => {
  it.each([
    ['MLCF to HLM', getCrosswalk('mlcf', 'hlm'), mlcf, hlm],
    ['AMA to MLCF', getCrosswalk('ama', 'mlcf'), ama, mlcf],
  ] as const)('%s: no axe violations, contrast included', async (_, crosswalk, source, target) => {
    usePageTheme(theme);
    const { container } = render(
      <CrosswalkMatrix
        crosswalk={crosswalk}
        source={source}
        target={target}
        theme={theme}
        defaultShowTable
      />,
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('CrosswalkMatrix with twenty columns in Chromium', () => {
  it('scrolls sideways at phone width with its cue, the row names staying in view', async () => {
    await useContainerWidth(343);
    const container = containerOfWidth(343);
    render(<CrosswalkMatrix crosswalk={getCrosswalk('ama', 'mlcf')} source={ama} target={mlcf} />, {
      container,
    });
    const scroller = container.querySelector('.medlead-scroll') as HTMLElement;
    expect(scroller.scrollWidth).toBeGreaterThan(scroller.clientWidth);
    await expect.element(page.getByText('Scroll sideways to see more')).toBeVisible();
    // The grid's region is a Tab stop of its own (so it can be scrolled by keyboard), then the links.
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(scroller);
    expect(scroller.getAttribute('aria-label')).toBe(
      'AMA leadership competencies to MLCF (2010): the grid',
    );
    // Walking to the last link, far to the right, scrolls it into view beside the row names.
    await userEvent.keyboard('{Tab}{End}');
    const link = (document.activeElement as Element).getBoundingClientRect();
    const names = (
      container.querySelector('svg.medlead-crosswalk-names') as SVGSVGElement
    ).getBoundingClientRect();
    expect(link.right).toBeLessThanOrEqual(scroller.getBoundingClientRect().right + 1);
    expect(link.left).toBeGreaterThanOrEqual(names.right - 1);
    expect(names.left).toBe(scroller.getBoundingClientRect().left);
    // …and its tooltip stays open through that scroll.
    await expect.element(page.getByRole('tooltip')).toHaveTextContent(/Executing toward a vision/);
    container.remove();
    await page.viewport(1280, 900);
  });
});

describe('CrosswalkMatrix text in CSS pixels, in Chromium', () => {
  // Every stored crosswalk and its inverse (the twenty-column ones among them).
  const cases = crosswalks.flatMap((stored) =>
    [stored, getCrosswalk(stored.to, stored.from)].map((crosswalk) => ({
      crosswalk,
      source: getFramework(crosswalk.from),
      target: getFramework(crosswalk.to),
    })),
  );

  it.each(containerWidths)(
    'at %i px: text 12 to 16 px, no overlaps, nothing cut off without the scroll cue',
    async (width) => {
      await useContainerWidth(width);
      for (const { crosswalk, source, target } of cases) {
        const container = containerOfWidth(width);
        const { unmount } = render(
          <CrosswalkMatrix
            crosswalk={crosswalk}
            source={source}
            target={target}
            defaultShowTable
          />,
          { container },
        );
        // The chart lays out again at its measured width: wait for that, then measure.
        const names = container.querySelector('svg.medlead-crosswalk-names') as SVGSVGElement;
        const body = container.querySelector('.medlead-crosswalk-body') as HTMLElement;
        const rowNames = [...names.querySelectorAll('.medlead-crosswalk-label')].map((label) =>
          [...label.querySelectorAll('tspan')].map((line) => line.textContent).join(' '),
        );
        const drawnWidth = Math.floor(body.getBoundingClientRect().width);
        await expect
          .poll(() => names.viewBox.baseVal.width)
          .toBe(matrixLayout(drawnWidth, rowNames, [], []).namesWidth);
        expect(chartTextProblems(container), crosswalk.id).toEqual([]);
        // When the grid is wider than the page it scrolls, and says so.
        const scroller = container.querySelector('.medlead-crosswalk-scroll') as HTMLElement;
        const overflows = scroller.scrollWidth > scroller.clientWidth + 1;
        await expect
          .poll(() => scroller.previousElementSibling?.className === 'medlead-scroll-hint')
          .toBe(overflows);
        unmount();
        container.remove();
      }
      await page.viewport(1280, 900);
    },
  );
});
