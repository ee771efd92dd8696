import { gapAnalysis, hlm, mlcf } from '@medlead/core';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GapChart, gapLayout } from './GapChart';

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

describe('GapChart', () => {
  it('renders the whole chart on the server, largest gap first, with the gap in words', () => {
    const html = renderToString(<GapChart framework={hlm} gaps={gaps} />);
    expect(html.match(/class="medlead-gap-row"/g)).toHaveLength(3);
    expect(html.indexOf('Inspiring shared purpose')).toBeLessThan(
      html.indexOf('Leading with care'),
    );
    expect(html).toContain('2 short');
    expect(html).toContain('> met<');
    expect(html).toContain('1 over');
    expect(html).toContain('Actual (filled dot)');
    expect(html).toContain('Target (hollow diamond)');
    expect(html).toContain('Equal: the dot sits inside the diamond');
    // The axis names the levels, over their numbers.
    expect(html).toContain('>Insufficient<');
    expect(html).toContain('>Exemplary<');
    expect(html).toContain('not rated'); // unrated nodes are in the table, not guessed
  });

  it('has no axe violations, with the table shown or hidden', async () => {
    const { container } = render(
      <GapChart
        framework={mlcf}
        gaps={gapAnalysis(mlcf, { 'mlcf:1.1': 2, 'mlcf:2.2': 5 }, { level: 4 })}
      />,
    );
    const check = async () =>
      (
        await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })
      ).violations.map((v) => v.id);
    expect(await check()).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Show data table' }));
    expect(await check()).toEqual([]);
    expect(screen.getByRole('rowheader', { name: '1.1 Developing Self Awareness' })).toBeTruthy();
  });

  it('walks the rows by keyboard, shows a tooltip, and chooses with Enter', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(
      <GapChart
        framework={hlm}
        gaps={gaps}
        actualLabel="You"
        targetLabel="Others"
        onSelect={onSelect}
      />,
    );
    await user.tab();
    expect(document.activeElement?.getAttribute('aria-label')).toBe(
      'Inspiring shared purpose: 2 short; you 1, others 3',
    );
    expect((await screen.findByRole('tooltip')).textContent).toContain(
      'You: 1 Essential; Others: 3 Strong',
    );
    await user.keyboard('{End}{Enter}');
    expect(onSelect).toHaveBeenCalledWith('hlm:evaluating-information');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
  });
});

describe('gapLayout', () => {
  const points = hlm.scales.find((scale) => scale.id === 'hlm:self-assessment')?.points ?? [];
  const names = ['Inspiring shared purpose', 'Leading with care'];

  it('wraps the level names in every other row when they do not fit side by side', () => {
    const wide = gapLayout(696, points, names, ['2 short', 'met']);
    expect(wide.axis.named).toBe(true);
    expect(new Set(wide.axis.levels.map((level) => level.top)).size).toBe(1);
    const narrow = gapLayout(264, points, names, ['2 short', 'met']);
    expect(narrow.axis.named).toBe(true);
    // The odd levels' names sit wholly above the even levels' ones.
    const levels = narrow.axis.levels;
    const upper = levels.filter((_, index) => index % 2 === 1);
    const lower = levels.filter((_, index) => index % 2 === 0);
    expect(Math.max(...upper.map((level) => level.top + level.lines.length * 15))).toBeLessThan(
      Math.min(...lower.map((level) => level.top)),
    );
  });

  it('keeps grid lines to the band under each name, and a met target both marks', () => {
    const layout = gapLayout(400, points, names, ['2 short', 'met']);
    for (const row of layout.rows) {
      expect(row.bandTop).toBeGreaterThan(row.top + row.lines.length * 13);
      expect(row.middle).toBeGreaterThan(row.bandTop);
    }
    // Every row sits below the axis, one after another.
    expect(layout.rows[0]?.top).toBeGreaterThanOrEqual(layout.axis.bottom);
    expect(layout.rows[1]?.top).toBe(layout.rows[0]?.bottom);
  });

  it('names the levels in the legend when the axis is too narrow for them', () => {
    const agreement = [
      { value: 1, label: 'Strongly disagree' },
      { value: 2, label: 'Disagree' },
      { value: 3, label: 'Neither agree nor disagree' },
      { value: 4, label: 'Agree' },
      { value: 5, label: 'Strongly agree' },
      { value: 6, label: 'Overwhelmingly and unreservedly agree' },
      { value: 7, label: 'Beyond all reasonable agreement' },
    ];
    const layout = gapLayout(240, agreement, names, ['2 short']);
    expect(layout.axis.named).toBe(false);
  });
});

describe('GapChart at the axis limits', () => {
  it('says the levels in the legend when the axis cannot show them', () => {
    const html = renderToString(<GapChart framework={hlm} gaps={gaps} />);
    // At the server's width (480) the HLM's five level names fit the axis: no "Levels:" line.
    expect(html).not.toContain('Levels: ');
  });
});
