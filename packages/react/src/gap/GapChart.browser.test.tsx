import { assessableNodes, frameworks, gapAnalysis, hlm, mlcf, scalesFor } from '@medlead/core';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axeViolations, usePageTheme } from '../shared/browser-checks.test-helper';
import {
  chartTextProblems,
  containerOfWidth,
  containerWidths,
  useContainerWidth,
} from '../shared/chart-text-checks.test-helper';
import { GapChart } from './GapChart';

afterEach(cleanup);

const gaps = gapAnalysis(
  hlm,
  {
    'hlm:inspiring-shared-purpose': 1,
    'hlm:leading-with-care': 3,
    'hlm:evaluating-information': 4,
  },
  { level: 3 },
  { scale: 'hlm:self-assessment' },
);

describe.each(['light', 'dark'] as const)('GapChart in Chromium, %s theme', (theme) => {
  it('has no axe violations, contrast included, with the table shown', async () => {
    usePageTheme(theme);
    const { container } = render(
      <GapChart
        framework={mlcf}
        gaps={gapAnalysis(mlcf, { 'mlcf:1.1': 2, 'mlcf:2.2': 5, 'mlcf:5.4': 4 }, { level: 4 })}
        theme={theme}
        defaultShowTable
      />,
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('GapChart by keyboard in Chromium', () => {
  it('Tab in, arrows walk the rows with a tooltip, Enter selects, Escape closes', async () => {
    const onSelect = vi.fn();
    render(<GapChart framework={hlm} gaps={gaps} onSelect={onSelect} />);
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement?.getAttribute('aria-label')).toBe(
      'Inspiring shared purpose: 2 short; actual 1, target 3',
    );
    await expect.element(page.getByRole('tooltip')).toHaveTextContent(/Gap: 2/);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('hlm:leading-with-care');
    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('tooltip')).not.toBeInTheDocument();
    await userEvent.keyboard('{Tab}{Enter}');
    await expect.element(page.getByRole('table')).toBeVisible();
  });

  it('keeps every row label inside the picture at phone width', async () => {
    await page.viewport(360, 800);
    const { container } = render(
      <GapChart framework={mlcf} gaps={gapAnalysis(mlcf, { 'mlcf:4.3': 1 }, { level: 4 })} />,
    );
    const svg = (
      container.querySelector('svg.medlead-gap-svg') as SVGSVGElement
    ).getBoundingClientRect();
    for (const text of container.querySelectorAll('svg.medlead-gap-svg text')) {
      const box = text.getBoundingClientRect();
      expect(box.left).toBeGreaterThanOrEqual(svg.left - 0.5);
      expect(box.right).toBeLessThanOrEqual(svg.right + 0.5);
    }
    await page.viewport(1280, 900);
  });
});

describe('GapChart text in CSS pixels, in Chromium', () => {
  // Every edition on each of its scales, every node rated across the scale against the middle
  // level: short, met and over, and the longest level names ("Neither agree nor disagree").
  const cases = frameworks.flatMap((framework) =>
    scalesFor(framework).map((scale) => {
      const values = scale.points.map((point) => point.value);
      const actual = Object.fromEntries(
        assessableNodes(framework).map((node, index) => [
          node.id,
          values[index % values.length] as number,
        ]),
      );
      const middle = values[Math.floor(values.length / 2)] as number;
      return {
        name: `${framework.key} on ${scale.id}`,
        framework,
        gaps: gapAnalysis(framework, actual, { level: middle }, { scale: scale.id }),
      };
    }),
  );

  it.each(containerWidths)(
    'at %i px: text 12 to 16 px, no overlaps, nothing outside its svg',
    async (width) => {
      await useContainerWidth(width);
      for (const { name, framework, gaps } of cases) {
        const container = containerOfWidth(width);
        const { unmount } = render(
          <GapChart framework={framework} gaps={gaps} defaultShowTable />,
          {
            container,
          },
        );
        // The chart lays out again at its measured width: wait for that, then measure.
        const svg = container.querySelector('svg.medlead-gap-svg') as SVGSVGElement;
        const plot = container.querySelector('.medlead-gap-plot') as HTMLElement;
        await expect
          .poll(() => svg.viewBox.baseVal.width)
          .toBe(Math.min(Math.max(Math.floor(plot.getBoundingClientRect().width), 240), 720));
        expect(chartTextProblems(container), name).toEqual([]);
        unmount();
        container.remove();
      }
      await page.viewport(1280, 900);
    },
  );

  it('lays out no wider than 720 px on a wide screen, and names the levels on the axis', async () => {
    const container = containerOfWidth(1248);
    render(<GapChart framework={hlm} gaps={gaps} />, { container });
    const svg = container.querySelector('svg.medlead-gap-svg') as SVGSVGElement;
    await expect.poll(() => svg.viewBox.baseVal.width).toBeLessThanOrEqual(720);
    expect(svg.getBoundingClientRect().width).toBeLessThanOrEqual(720);
    const levels = [...container.querySelectorAll('.medlead-gap-level')].map((t) => t.textContent);
    expect(levels).toEqual(['Insufficient', 'Essential', 'Proficient', 'Strong', 'Exemplary']);
    container.remove();
  });
});
