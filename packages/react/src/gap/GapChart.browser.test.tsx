import { gapAnalysis, hlm, mlcf } from '@medlead/core';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axeViolations, usePageTheme } from '../shared/browser-checks.test-helper';
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
