import { type Assessment, aggregateFeedback, hlm, mlcf } from '@medlead/core';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gridMove } from '../shared/use-roving-focus';
import { FeedbackHeatmap } from './FeedbackHeatmap';
import {
  feedback360,
  feedbackReport,
  feedbackReportAllShown,
  hlmRating,
} from './feedback-fixture.test-helper';

afterEach(cleanup);

const report = feedbackReport();
const label = () => document.activeElement?.getAttribute('aria-label');

describe('FeedbackHeatmap on the server', () => {
  it('renders the whole grid: headers, every cell, means with n, flags and the legend', () => {
    const html = renderToString(<FeedbackHeatmap framework={hlm} report={report} />);
    // 9 dimensions × 5 columns (self, manager, peers, direct reports, others; no "other" raters)
    expect(html.match(/class="medlead-heatmap-cell"/g)).toHaveLength(45);
    expect(html).not.toContain('Other raters');
    expect(html).toContain('>4 raters<');
    expect(html).toContain('>needs 3+<');
    expect(html).toContain('>all but<'); // "all but self", wrapped to the cell
    expect(html).toContain('>4.0 <'); // self on Inspiring shared purpose
    expect(html).toContain('>2.4 <'); // others there: (2 + 3 + 2 + 3 + 2) / 5
    expect(html).toContain('>n=5<');
    expect(html).toContain('>blind spot<');
    expect(html).toContain('>hidden strength<');
    expect(html).toContain('Blind spot: self rated 1 or more above others');
    expect(html).toContain('0 Insufficient'); // the ramp's ends, in numbers and words
    expect(html).toContain('4 Exemplary');
    expect(html).toContain('fewer than 3 raters in the group rated it');
    expect(html).toContain('>no <'); // unrated dimensions say so
    expect(html).toContain('url(#'); // the hatching
    expect(html).toContain('aria-label="Inspiring shared purpose, Peers: mean 2.5, n=4"');
    expect(html).not.toMatch(/NaN|undefined/);
  });

  it('draws at a width in CSS px on the server (its size is its viewBox), to scale down until measured', () => {
    const html = renderToString(<FeedbackHeatmap framework={hlm} report={report} />);
    const svg = html.match(
      /<svg viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)" width="(\S+)" height="(\S+)" class="medlead-heatmap-svg"/,
    );
    expect(svg).not.toBeNull();
    expect(svg?.[3]).toBe(svg?.[1]);
    expect(svg?.[4]).toBe(svg?.[2]);
    expect(Number(svg?.[1])).toBeLessThanOrEqual(720);
    // The grid sits in a region that says it scrolls, once it knows it must.
    expect(html).toContain('aria-label="HLM: 360 feedback by rater group: grid"');
  });

  it('shows no figure of a suppressed group anywhere, while the same group unsuppressed would', () => {
    // The two direct reports' means would be 0.5, 1.5 and 0.5 with n = 2 (see the fixture).
    const leaks = [
      '>0.5 <',
      '>1.5 <',
      'mean 0.5',
      'mean 1.5',
      '0.50',
      '1.50',
      'n=2',
      '(n 2',
      '2 raters',
    ];
    const suppressed = renderToString(
      <FeedbackHeatmap framework={hlm} report={report} defaultShowTable />,
    );
    for (const leak of leaks) expect(suppressed).not.toContain(leak);
    // 9 direct-report cells, 6 peer cells (one node two peers rated, five nobody did: an
    // anonymous group reads the same either way) and 5 others cells, hatched and "suppressed"
    expect(suppressed.match(/medlead-heatmap-suppressed" x=/g)).toHaveLength(20);
    expect(suppressed.match(/<text[^>]*>suppressed<\/text>/g)).toHaveLength(20);
    expect(suppressed).toContain(
      'aria-label="Leading with care, Direct reports: suppressed: fewer than 3 raters in this group rated it"',
    );

    // The control: with a third direct report the group is shown, and its figures do appear.
    const shown = renderToString(
      <FeedbackHeatmap framework={hlm} report={feedbackReportAllShown()} defaultShowTable />,
    );
    for (const figure of ['>0.3 <', '>1.3 <', 'n=3', '3 raters']) expect(shown).toContain(figure);
  });

  it('suppresses a group on one node when too few of its raters rated that node', () => {
    const html = renderToString(<FeedbackHeatmap framework={hlm} report={report} />);
    expect(html).toContain(
      'aria-label="Connecting our service, Peers: suppressed: fewer than 3 raters in this group rated it"',
    );
  });

  it('takes the columns asked for, in that order, and says when one has no raters', () => {
    const html = renderToString(
      <FeedbackHeatmap framework={hlm} report={report} groups={['others', 'self', 'other']} />,
    );
    expect(html.match(/class="medlead-heatmap-cell"/g)).toHaveLength(27);
    expect(html.indexOf('Inspiring shared purpose, Others')).toBeLessThan(
      html.indexOf('Inspiring shared purpose, Self'),
    );
    expect(html).toContain('>no raters<');
    expect(html).toContain('aria-label="Inspiring shared purpose, Other raters: no ratings"');
  });

  it('marks the flags on the self and others cells for screen readers too', () => {
    const html = renderToString(<FeedbackHeatmap framework={hlm} report={report} />);
    expect(html).toContain(
      'aria-label="Inspiring shared purpose, Self: mean 4.0, n=1; blind spot: self 1.60 above others"',
    );
    expect(html).toContain(
      'aria-label="Leading with care, Others (everyone but self, pooled): mean 3.4, n=5; hidden strength: others 1.40 above self"',
    );
  });

  it('throws an error naming the problem for input it cannot draw', () => {
    expect(() => renderToString(<FeedbackHeatmap framework={mlcf} report={report} />)).toThrow(
      'the feedback report is on hlm@2013, but the framework given is mlcf@2010',
    );
    expect(() =>
      renderToString(
        <FeedbackHeatmap framework={hlm} report={report} groups={['self', 'boss' as 'self']} />,
      ),
    ).toThrow('"boss" is not a rater group');
    expect(() =>
      renderToString(<FeedbackHeatmap framework={hlm} report={report} groups={['self', 'self']} />),
    ).toThrow('names a group twice');
    expect(() =>
      renderToString(<FeedbackHeatmap framework={hlm} report={report} groups={[]} />),
    ).toThrow('must name at least one group');
    expect(() =>
      renderToString(
        <FeedbackHeatmap framework={hlm} report={{ ...report, scale: 'hlm:nonsense' }} />,
      ),
    ).toThrow('"hlm:nonsense" is not a scale of hlm@2013');
    const first = report.nodes[0];
    if (first === undefined) throw new Error('the fixture has nodes');
    const impossible = {
      ...report,
      nodes: [{ ...first, others: { status: 'shown', n: 5, mean: 9, sd: 0, min: 9, max: 9 } }],
    } as typeof report;
    expect(() => renderToString(<FeedbackHeatmap framework={hlm} report={impossible} />)).toThrow(
      /9/,
    );
  });
});

describe('FeedbackHeatmap in the browser', () => {
  it('has no axe violations, with the table shown or hidden', async () => {
    const { container } = render(
      <FeedbackHeatmap framework={hlm} report={report} audience="curriculum" />,
    );
    const check = async () =>
      (
        await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })
      ).violations.map((v) => v.id);
    expect(await check()).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Show data table' }));
    expect(await check()).toEqual([]);
    const table = screen.getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Peers (4 raters)' })).toBeTruthy();
    expect(
      within(table).getByRole('columnheader', {
        name: 'Direct reports (suppressed: fewer than 3 raters)',
      }),
    ).toBeTruthy();
    const row = within(table).getByRole('row', { name: /^Inspiring shared purpose/ });
    expect(row.textContent).toContain('2.50 (n 4, SD 0.58, range 2–3)');
    expect(row.textContent).toContain('Blind spot: self 1.60 above others');
    expect(row.textContent).toContain('Published');
  });

  it('is one Tab stop, walked in two dimensions', async () => {
    const user = userEvent.setup();
    render(<FeedbackHeatmap framework={hlm} report={report} />);
    await user.tab();
    expect(label()).toMatch(/^Inspiring shared purpose, Self: mean 4.0, n=1/);
    await user.keyboard('{ArrowUp}{ArrowLeft}'); // at the top-left corner: stays put
    expect(label()).toMatch(/^Inspiring shared purpose, Self:/);
    await user.keyboard('{ArrowRight}');
    expect(label()).toBe('Inspiring shared purpose, Manager: mean 2.0, n=1');
    await user.keyboard('{ArrowDown}');
    expect(label()).toBe('Leading with care, Manager: mean 3.0, n=1');
    await user.keyboard('{End}');
    expect(label()).toMatch(/^Leading with care, Others \(everyone but self, pooled\): mean 3.4/);
    await user.keyboard('{ArrowRight}'); // at the row's end: stays put
    expect(label()).toMatch(/^Leading with care, Others/);
    await user.keyboard('{Home}');
    expect(label()).toMatch(/^Leading with care, Self: mean 2.0/);
    await user.keyboard('{Control>}{End}{/Control}');
    const bottomRight =
      'Influencing for results, Others (everyone but self, pooled): suppressed to protect raters’ anonymity';
    expect(label()).toBe(bottomRight);
    await user.keyboard('{ArrowDown}'); // at the bottom: stays put
    expect(label()).toBe(bottomRight);
    await user.keyboard('{ArrowLeft}');
    expect(label()).toBe(
      'Influencing for results, Direct reports: suppressed: fewer than 3 raters in this group rated it',
    );
    await user.keyboard('{Control>}{Home}{/Control}');
    expect(label()).toMatch(/^Inspiring shared purpose, Self:/);
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Show data table');
  });

  it('shows one tooltip for the focused cell, with the figures and the name’s provenance', async () => {
    const user = userEvent.setup();
    render(<FeedbackHeatmap framework={hlm} report={report} audience="curriculum" />);
    await user.tab();
    const self = await screen.findByRole('tooltip');
    expect(self.textContent).toContain('Mean 4; n 1');
    expect(self.textContent).toContain('SD – (one rater); range 4–4');
    expect(self.textContent).toContain('Blind spot: self 1.60 above others');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip.textContent).toContain('Inspiring shared purpose');
    expect(tooltip.textContent).toContain('Peers');
    expect(tooltip.textContent).toContain('Mean 2.50; n 4');
    expect(tooltip.textContent).toContain('SD 0.58; range 2–3');
    expect(tooltip.textContent).toContain('Name as published by the owner');
    await user.keyboard('{ArrowRight}');
    const suppressed = await screen.findByRole('tooltip');
    expect(suppressed.textContent).toContain(
      'Suppressed: fewer than 3 raters in this group rated it; no figure is shown',
    );
    expect(suppressed.textContent).not.toMatch(/Mean|SD|n=|\(n |\d\.\d/);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('keeps its one Tab stop when redrawn with fewer columns', async () => {
    const user = userEvent.setup();
    const { container, rerender } = render(<FeedbackHeatmap framework={hlm} report={report} />);
    await user.tab();
    await user.keyboard('{Control>}{End}{/Control}'); // the last of 45 cells
    rerender(<FeedbackHeatmap framework={hlm} report={report} groups={['self']} />);
    expect(container.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    expect(container.querySelector('[tabindex="0"]')?.getAttribute('aria-label')).toBe(
      'Influencing for results, Self: no ratings',
    );
  });

  it('chooses a node with Enter, Space or a click', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<FeedbackHeatmap framework={hlm} report={report} onSelect={onSelect} />);
    await user.tab();
    await user.keyboard('{ArrowDown}{ArrowRight}{Enter}');
    await user.keyboard('{ArrowDown} ');
    await user.click(
      screen.getByRole('button', {
        name: /^Sharing the vision, Peers: suppressed: fewer than 3 raters in this group rated it$/,
      }),
    );
    expect(onSelect.mock.calls).toEqual([
      ['hlm:leading-with-care'],
      ['hlm:evaluating-information'],
      ['hlm:sharing-the-vision'],
    ]);
  });

  it('draws every column when there are "other" raters too', () => {
    const withOthers = aggregateFeedback(hlm, [
      ...(feedback360 as Assessment[]),
      ...(['o1', 'o2', 'o3'].map((id, index) =>
        hlmRating(id, 'other', { 'inspiring-shared-purpose': index + 1 }),
      ) as Assessment[]),
    ]);
    render(<FeedbackHeatmap framework={hlm} report={withOthers} />);
    expect(screen.getAllByRole('button', { name: /^Inspiring shared purpose, / })).toHaveLength(6);
    expect(
      screen.getByRole('button', { name: 'Inspiring shared purpose, Other raters: mean 2.0, n=3' }),
    ).toBeTruthy();
  });
});

describe('gridMove (the roving focus in two dimensions)', () => {
  // 7 cells, 3 to a row: 0 1 2 / 3 4 5 / 6
  const move = gridMove(3);
  it('moves within a row and between rows, and stays put at the edges', () => {
    expect(move('ArrowRight', false, 1, 7)).toBe(2);
    expect(move('ArrowRight', false, 2, 7)).toBe(2);
    expect(move('ArrowLeft', false, 3, 7)).toBe(3);
    expect(move('ArrowDown', false, 1, 7)).toBe(4);
    expect(move('ArrowDown', false, 4, 7)).toBe(4); // no cell below in the short last row
    expect(move('ArrowDown', false, 3, 7)).toBe(6);
    expect(move('ArrowUp', false, 6, 7)).toBe(3);
    expect(move('ArrowUp', false, 2, 7)).toBe(2);
  });

  it('goes to the row’s ends with Home and End, and the grid’s with Ctrl', () => {
    expect(move('Home', false, 5, 7)).toBe(3);
    expect(move('End', false, 3, 7)).toBe(5);
    expect(move('End', false, 6, 7)).toBe(6);
    expect(move('Home', true, 5, 7)).toBe(0);
    expect(move('End', true, 1, 7)).toBe(6);
    expect(move('Enter', false, 1, 7)).toBeUndefined();
  });
});
