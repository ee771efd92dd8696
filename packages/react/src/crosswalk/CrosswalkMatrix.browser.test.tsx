import { ama, getCrosswalk, hlm, mlcf } from '@medlead/core';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axeViolations, usePageTheme } from '../shared/browser-checks.test-helper';
import { CrosswalkMatrix } from './CrosswalkMatrix';
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
  it('keeps every slanted header inside the picture', async () => {
    const { container } = render(
      <CrosswalkMatrix crosswalk={getCrosswalk('hlm', 'mlcf')} source={hlm} target={mlcf} />,
    );
    const svg = container.querySelector('svg.medlead-crosswalk-svg') as SVGSVGElement;
    const box = svg.getBoundingClientRect();
    for (const text of svg.querySelectorAll('text')) {
      const r = text.getBoundingClientRect();
      expect(r.left).toBeGreaterThanOrEqual(box.left - 0.5);
      expect(r.right).toBeLessThanOrEqual(box.right + 0.5);
      expect(r.top).toBeGreaterThanOrEqual(box.top - 0.5);
    }
  });

  it('scrolls sideways at phone width rather than shrinking its text below 10 px', async () => {
    await page.viewport(360, 800);
    const { container } = render(
      <CrosswalkMatrix crosswalk={getCrosswalk('ama', 'mlcf')} source={ama} target={mlcf} />,
    );
    const scroller = container.querySelector('.medlead-crosswalk-scroll') as HTMLElement;
    expect(scroller.scrollWidth).toBeGreaterThan(scroller.clientWidth);
    // Every text's font size in drawing units, times the drawing's scale on screen.
    const svg = container.querySelector('svg.medlead-crosswalk-svg') as SVGSVGElement;
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    for (const text of svg.querySelectorAll('text'))
      expect(Number.parseFloat(getComputedStyle(text).fontSize) * scale).toBeGreaterThanOrEqual(
        9.99,
      );
    // Walking to the last link, far to the right, scrolls it into view.
    await userEvent.keyboard('{Tab}{End}');
    const link = (document.activeElement as Element).getBoundingClientRect();
    expect(link.right).toBeLessThanOrEqual(scroller.getBoundingClientRect().right + 1);
    // …and its tooltip stays open through that scroll.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect.element(page.getByRole('tooltip')).toHaveTextContent(/Executing toward a vision/);
    await page.viewport(1280, 900);
  });
});
