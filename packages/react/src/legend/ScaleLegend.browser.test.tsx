import { frameworks, hlm, mlcf, scalesFor } from '@medlead/core';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { axeViolations, usePageTheme } from '../shared/browser-checks.test-helper';
import { containerWidths } from '../shared/chart-text-checks.test-helper';
import { ScaleLegend } from './ScaleLegend';

afterEach(cleanup);

describe.each(['light', 'dark'] as const)('ScaleLegend in Chromium, %s theme', (theme) => {
  it('has no axe violations, contrast included', async () => {
    usePageTheme(theme);
    const { container } = render(
      <>
        <ScaleLegend framework={hlm} theme={theme} />
        <ScaleLegend framework={hlm} scale="hlm:importance" theme={theme} />
      </>,
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});

it('stacks its points at phone width and lays them in a row at desktop width', async () => {
  const { container } = render(<ScaleLegend framework={mlcf} />);
  const tops = () =>
    new Set(
      [...container.querySelectorAll('li')].map((li) => Math.round(li.getBoundingClientRect().top)),
    );
  expect(tops().size).toBe(1);
  await page.viewport(360, 800);
  expect(tops().size).toBeGreaterThan(1);
  await page.viewport(1280, 900);
});

describe.each(frameworks.map((framework) => [framework.key, framework] as const))(
  'ScaleLegend at every width in Chromium (%s, every scale)',
  (_, framework) => {
    it.each(containerWidths)(
      'in a %i px container: text 12 px or more, nothing spilling out of its box',
      (width) => {
        const { container } = render(
          <div style={{ width }}>
            {scalesFor(framework).map((scale) => (
              <ScaleLegend key={scale.id} framework={framework} scale={scale.id} />
            ))}
          </div>,
        );
        const box = container.firstElementChild as HTMLElement;
        expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
        const problems: string[] = [];
        for (const element of box.querySelectorAll<HTMLElement>('*')) {
          const ownText = [...element.childNodes].some(
            (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
          );
          if (ownText && Number.parseFloat(getComputedStyle(element).fontSize) < 12)
            problems.push(`"${element.textContent}" is under 12 px`);
        }
        for (const point of box.querySelectorAll('.medlead-scale-point')) {
          // Inside the point's padding: text that runs into it touches the border.
          const frame = point.getBoundingClientRect();
          const style = getComputedStyle(point);
          const left = frame.left + Number.parseFloat(style.paddingLeft);
          const right = frame.right - Number.parseFloat(style.paddingRight);
          for (const part of point.children) {
            const rect = part.getBoundingClientRect();
            if (rect.left < left - 0.5 || rect.right > right + 0.5)
              problems.push(`"${part.textContent}" spills out of its point at ${width} px`);
          }
        }
        expect(problems).toEqual([]);
      },
    );
  },
);
