import { ama, frameworks, hlm, mlcf, summarizeCohort } from '@medlead/core';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axeViolations, usePageTheme } from '../shared/browser-checks.test-helper';
import {
  boxesOverlap,
  chartTextProblems,
  containerWidths,
  drawnSize,
  settle,
} from '../shared/chart-text-checks.test-helper';
import { CohortDistribution } from './CohortDistribution';
import { makeCohort } from './cohort.test-helper';
import './cohort-distribution.css';

afterEach(cleanup);

const hlmCohort = makeCohort(hlm, { learners: 30, unrated: ['hlm:holding-to-account'] });
const mlcfCohort = makeCohort(mlcf, { learners: 30, seed: 7 });
const oneLearner = makeCohort(hlm, { learners: 1, notObserved: 0 });

describe.each(['light', 'dark'] as const)('CohortDistribution in Chromium, %s theme', (theme) => {
  it.each([
    ['HLM box', hlm, hlmCohort, 'box'],
    ['HLM strip', hlm, hlmCohort, 'strip'],
    ['MLCF box (wrapped names)', mlcf, mlcfCohort, 'box'],
    ['AMA strip (uncertain names)', ama, makeCohort(ama, { learners: 12, seed: 3 }), 'strip'],
    ['one learner box', hlm, oneLearner, 'box'],
  ] as const)(
    '%s: no axe violations, contrast included, table shown',
    async (_, framework, summary, variant) => {
      usePageTheme(theme);
      const { container } = render(
        <CohortDistribution
          framework={framework}
          summary={summary}
          variant={variant}
          theme={theme}
          target={3}
          defaultShowTable
        />,
      );
      expect(await axeViolations(container)).toEqual([]);
    },
  );
});

describe('CohortDistribution at phone width in Chromium', () => {
  it.each([
    ['MLCF box', mlcf, mlcfCohort, 'box'],
    ['HLM strip', hlm, hlmCohort, 'strip'],
    ['AMA box', ama, makeCohort(ama, { learners: 12, seed: 3 }), 'box'],
    ['one learner strip', hlm, oneLearner, 'strip'],
    ['empty class', hlm, summarizeCohort(hlm, []), 'box'],
  ] as const)(
    '%s: text inside the picture, not overlapping, at least 12 px',
    async (_, framework, summary, variant) => {
      await page.viewport(360, 800);
      const { container } = render(
        <CohortDistribution framework={framework} summary={summary} variant={variant} target={3} />,
      );
      await settle();
      const svg = container.querySelector('svg') as SVGSVGElement;
      const frame = svg.getBoundingClientRect();
      expect(frame.width).toBeLessThanOrEqual(360);
      const texts = [...svg.querySelectorAll('text')];
      const boxes = texts.map((text) => text.getBoundingClientRect());
      boxes.forEach((box, index) => {
        expect(box.left).toBeGreaterThanOrEqual(frame.left - 0.5);
        expect(box.right).toBeLessThanOrEqual(frame.right + 0.5);
        expect(drawnSize(texts[index] as SVGTextElement)).toBeGreaterThanOrEqual(12);
        for (let other = index + 1; other < boxes.length; other++) {
          const otherBox = boxes[other] as DOMRect;
          expect(
            boxesOverlap(box, otherBox),
            `"${texts[index]?.textContent}" overlaps "${texts[other]?.textContent}"`,
          ).toBe(false);
        }
      });
      await page.viewport(1280, 900);
    },
  );
});

describe('CohortDistribution by keyboard in Chromium', () => {
  it('Tab in, arrows walk, tooltip follows focus, Enter selects, Escape closes', async () => {
    const onSelect = vi.fn();
    render(<CohortDistribution framework={hlm} summary={hlmCohort} onSelect={onSelect} />);
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement?.getAttribute('data-node-id')).toBe(
      'hlm:inspiring-shared-purpose',
    );
    await expect.element(page.getByRole('tooltip')).toHaveTextContent(/0 Insufficient: \d+/);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(onSelect).toHaveBeenCalledWith('hlm:evaluating-information');
    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('tooltip')).not.toBeInTheDocument();
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement?.textContent).toBe('Show data table');
  });
});

describe.each(frameworks.map((framework) => [framework.key, framework] as const))(
  'CohortDistribution text in CSS px in Chromium (%s)',
  (_, framework) => {
    const summary = makeCohort(framework, { learners: 30, seed: 11 });
    it.each(
      containerWidths.flatMap((width) =>
        (['box', 'strip'] as const).map((v) => [width, v] as const),
      ),
    )(
      'in a %i px container (%s): text 12–16 px, none overlapping, nothing cut, no sideways page',
      async (width, variant) => {
        const { container } = render(
          <div style={{ width }}>
            <CohortDistribution
              framework={framework}
              summary={summary}
              variant={variant}
              defaultShowTable
            />
          </div>,
        );
        await settle();
        const svg = container.querySelector('svg.medlead-cohort-svg') as SVGSVGElement;
        // Laid out at the room it has, up to 640 px: never a giant chart on a wide page.
        expect(svg.viewBox.baseVal.width).toBe(svg.width.baseVal.value);
        expect(svg.getBoundingClientRect().width).toBe(Math.min(640, width - 24));
        expect(chartTextProblems(container.firstElementChild as HTMLElement)).toEqual([]);
      },
    );
  },
);
