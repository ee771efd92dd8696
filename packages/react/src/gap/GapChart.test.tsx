import { gapAnalysis, hlm, mlcf } from '@medlead/core';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
    expect(html).toContain('Actual (filled circle)');
    expect(html).toContain('Target (hollow diamond)');
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
    expect((await screen.findByRole('tooltip')).textContent).toContain('You: 1; Others: 3');
    await user.keyboard('{End}{Enter}');
    expect(onSelect).toHaveBeenCalledWith('hlm:evaluating-information');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
  });
});
