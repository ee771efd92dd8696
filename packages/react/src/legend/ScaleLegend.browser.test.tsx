import { hlm, mlcf } from '@medlead/core';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { axeViolations, usePageTheme } from '../shared/browser-checks.test-helper';
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
