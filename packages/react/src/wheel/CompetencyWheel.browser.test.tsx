import {
  assessableNodes,
  type Framework,
  findScale,
  frameworks,
  hlm,
  scoreAssessment,
} from '@medlead/core';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axeViolations, usePageTheme } from '../shared/browser-checks.test-helper';
import {
  chartTextProblems,
  containerWidths,
  settle,
} from '../shared/chart-text-checks.test-helper';
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
});

/** A framework's nodes, rated round the scale, with every fourth one left unrated. */
function ratings(framework: Framework): Record<string, number | null> {
  const scale = findScale(framework, framework.defaultScale);
  const points = scale?.points ?? [];
  return Object.fromEntries(
    assessableNodes(framework).map((node, index) => [
      node.id,
      index % 4 === 3 ? null : (points[index % points.length]?.value ?? null),
    ]),
  );
}

describe('CompetencyWheel text in Chromium: CSS px, never overlapping', () => {
  const cases = frameworks.flatMap((framework) =>
    (['auto', 'title'] as const).map((labels) => [framework.key, labels, framework] as const),
  );
  it.each(cases)(
    '%s, labels="%s", at 288, 343, 736 and 1248 px',
    async (_key, labels, framework) => {
      for (const width of containerWidths) {
        const { container, unmount } = render(
          <div style={{ width }}>
            <CompetencyWheel
              framework={framework}
              report={ratings(framework)}
              target={ratings(framework)}
              labels={labels}
            />
          </div>,
        );
        const svg = container.querySelector('svg') as SVGSVGElement;
        // Laid out at the measured width once the chart has measured it, and never giant.
        await settle();
        expect(svg.getBoundingClientRect().width).toBeLessThanOrEqual(640);
        expect(svg.querySelectorAll('text').length).toBeGreaterThan(
          assessableNodes(framework).length,
        );
        expect(
          chartTextProblems(container.firstElementChild as HTMLElement),
          `${framework.key} ${labels} at ${width} px`,
        ).toEqual([]);
        unmount();
      }
    },
  );

  it('switches names for numbered marks and a key on a phone', async () => {
    const { container } = render(
      <div style={{ width: 288 }}>
        <CompetencyWheel framework={hlm} report={report} />
      </div>,
    );
    await vi.waitFor(() => expect(container.querySelector('.medlead-labels-short')).not.toBeNull());
    expect(container.querySelector('.medlead-labels-long')).toBeNull();
    expect(container.querySelector('.medlead-wheel-key')?.textContent).toContain(
      '9 Influencing for results',
    );
  });
});
