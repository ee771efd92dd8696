import { hlm, mlcf } from '@medlead/core';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CompetencyWheel } from './CompetencyWheel';

afterEach(cleanup);

async function violations(container: Element) {
  // color-contrast needs layout, which jsdom does not have; real-browser runs check it.
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(', ')}`,
  );
}

const values = {
  'hlm:inspiring-shared-purpose': 3,
  'hlm:leading-with-care': 1,
  'hlm:sharing-the-vision': 4,
};

describe('CompetencyWheel in the browser DOM', () => {
  it('has no axe violations, with the table shown or hidden', async () => {
    const { container } = render(
      <CompetencyWheel framework={hlm} report={values} target={{ 'hlm:leading-with-care': 3 }} />,
    );
    expect(await violations(container)).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Show data table' }));
    expect(await violations(container)).toEqual([]);
  });

  it('is one Tab stop, walked with the arrow keys, Home and End', async () => {
    const user = userEvent.setup();
    render(<CompetencyWheel framework={hlm} report={values} />);
    await user.tab();
    expect(document.activeElement?.getAttribute('aria-label')).toBe(
      'Inspiring shared purpose: 3, Strong',
    );
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement?.getAttribute('aria-label')).toBe(
      'Leading with care: 1, Essential',
    );
    await user.keyboard('{End}');
    expect(document.activeElement?.getAttribute('aria-label')).toBe(
      'Influencing for results: not rated',
    );
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement?.getAttribute('aria-label')).toBe(
      'Inspiring shared purpose: 3, Strong',
    );
    await user.keyboard('{ArrowLeft}{Home}');
    expect(document.activeElement?.getAttribute('aria-label')).toBe(
      'Inspiring shared purpose: 3, Strong',
    );
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Show data table');
  });

  it('chooses a node with Enter, Space or a click', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<CompetencyWheel framework={hlm} report={values} onSelect={onSelect} />);
    await user.tab();
    await user.keyboard('{ArrowDown}{Enter}');
    await user.keyboard(' ');
    await user.click(screen.getByRole('button', { name: /^Sharing the vision/ }));
    expect(onSelect.mock.calls).toEqual([
      ['hlm:leading-with-care'],
      ['hlm:leading-with-care'],
      ['hlm:sharing-the-vision'],
    ]);
  });

  it('reveals an equivalent data table', async () => {
    render(<CompetencyWheel framework={mlcf} report={{ 'mlcf:2.2': 5 }} />);
    expect(screen.queryByRole('table')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Show data table' }));
    const table = screen.getByRole('table');
    expect(table.querySelectorAll('tbody tr')).toHaveLength(20);
    expect(
      screen.getByRole('rowheader', { name: 'Building & Maintaining Relationships' }),
    ).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Hide data table' }).getAttribute('aria-expanded'),
    ).toBe('true');
  });

  it('shows a tooltip for the focused node, with its provenance, and Escape closes it', async () => {
    const user = userEvent.setup();
    render(
      <CompetencyWheel
        framework={hlm}
        report={values}
        comparison={{ 'hlm:inspiring-shared-purpose': 2 }}
        audience="curriculum"
      />,
    );
    await user.tab();
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip.textContent).toContain('Inspiring shared purpose');
    expect(tooltip.textContent).toContain('Others: 2');
    expect(tooltip.textContent).toContain('Title as published');
    await user.keyboard('{ArrowRight}');
    expect((await screen.findByRole('tooltip')).textContent).toContain('Leading with care');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
  });
});
