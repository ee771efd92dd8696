import { ama, type CohortSummary, hlm, mlcf, summarizeCohort } from '@medlead/core';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatValue } from '../shared/format-value';
import { CohortDistribution } from './CohortDistribution';
import { makeCohort, makeReports } from './cohort.test-helper';

afterEach(cleanup);

// 30 learners on the HLM, nobody rating "Holding to account"; 30 on the MLCF; an empty class and
// a class of one.
const hlmCohort = makeCohort(hlm, { learners: 30, unrated: ['hlm:holding-to-account'] });
const mlcfCohort = makeCohort(mlcf, { learners: 30, seed: 7 });
const emptyCohort = summarizeCohort(hlm, []);
const oneLearner = makeCohort(hlm, { learners: 1, notObserved: 0 });

const assessed = (summary: CohortSummary) => summary.nodes.filter((node) => node.assessed);
const rowOf = (container: Element, nodeId: string) => {
  const row = container.querySelector(`[data-node-id="${nodeId}"]`);
  if (row === null) throw new Error(`no row for ${nodeId}`);
  return row;
};

describe('CohortDistribution', () => {
  it('renders every HLM dimension on the server, with the axis labels and legend in text', () => {
    const html = renderToString(
      <CohortDistribution framework={hlm} summary={hlmCohort} target={3} />,
    );
    expect(html.match(/class="medlead-cohort-row"/g)).toHaveLength(9);
    for (const node of hlmCohort.nodes) expect(html).toContain(node.title);
    for (const label of [
      '0 Insufficient',
      '1 Essential',
      '2 Proficient',
      '3 Strong',
      '4 Exemplary',
    ]) {
      expect(html).toContain(label);
    }
    expect(html).toContain('Mean (diamond)');
    expect(html).toContain('Target 3 Strong (dashed line)');
    expect(html).toContain('class="medlead-cohort-target"');
    expect(html.match(/class="medlead-cohort-box"/g)).toHaveLength(8 + 1); // 8 rows + the legend key
    expect(html).not.toContain('NaN');
    expect(html).toContain('HLM: how 30 learners spread over each of the dimensions');
  });

  it('draws at a width in CSS px on the server (its size is its viewBox), to scale down until measured', () => {
    const html = renderToString(<CohortDistribution framework={mlcf} summary={mlcfCohort} />);
    const svg = html.match(/<svg viewBox="0 0 (\d+) (\d+(?:\.\d+)?)" width="(\S+)" height="(\S+)"/);
    expect(svg?.[1]).toBe('480');
    expect(svg?.[3]).toBe('480');
    expect(svg?.[4]).toBe(svg?.[2]);
  });

  it('draws one row per assessed node, not per domain (MLCF: 20 elements)', () => {
    const { container } = render(<CohortDistribution framework={mlcf} summary={mlcfCohort} />);
    const rows = container.querySelectorAll('.medlead-cohort-row');
    expect(rows).toHaveLength(20);
    expect(rows[0]?.getAttribute('data-node-id')).toBe('mlcf:1.1');
    expect(container.querySelector('[data-node-id="mlcf:1"]')).toBeNull();
    expect(rows[0]?.textContent).toContain('1.1 Developing Self Awareness');
  });

  it('states n, median, quartiles, range and mean in each row’s label, as the summary has them', () => {
    const { container } = render(<CohortDistribution framework={mlcf} summary={mlcfCohort} />);
    for (const node of assessed(mlcfCohort)) {
      expect(node.n).toBeGreaterThan(0);
      expect(rowOf(container, node.nodeId).getAttribute('aria-label')).toBe(
        `${node.code} ${node.title}, n = ${node.n}: median ${formatValue(node.median)}; quartiles ${formatValue(node.q1)} to ${formatValue(node.q3)}; range ${formatValue(node.min)} to ${formatValue(node.max)}; mean ${formatValue(node.mean)}`,
      );
      expect(rowOf(container, node.nodeId).textContent).toContain(`n = ${node.n}`);
    }
  });

  it('places the box, whiskers, median and mean where the summary’s figures fall', () => {
    const { container } = render(<CohortDistribution framework={hlm} summary={hlmCohort} />);
    // Drawn at the server's width (480 px), the axis puts 0 at x 32 and 4 at x 448: 104 a point.
    const x = (value: number | null) => 32 + (value ?? Number.NaN) * 104;
    for (const node of assessed(hlmCohort).filter((entry) => entry.n > 0)) {
      const row = rowOf(container, node.nodeId);
      const box = row.querySelector('.medlead-cohort-box');
      expect(Number(box?.getAttribute('x'))).toBeCloseTo(x(node.q1), 1);
      expect(Number(box?.getAttribute('width'))).toBeCloseTo(x(node.q3) - x(node.q1), 1);
      expect(Number(row.querySelector('.medlead-cohort-median')?.getAttribute('x1'))).toBeCloseTo(
        x(node.median),
        1,
      );
      const whiskers = row.querySelectorAll('.medlead-cohort-whisker');
      expect(Number(whiskers[0]?.getAttribute('x1'))).toBeCloseTo(x(node.min), 1);
      expect(Number(whiskers[1]?.getAttribute('x2'))).toBeCloseTo(x(node.max), 1);
      expect(row.querySelector('.medlead-cohort-mean')?.getAttribute('d')).toMatch(
        new RegExp(`^M${Math.round(x(node.mean) * 100) / 100},`),
      );
    }
  });

  it('says "no data" for a node nobody rated: no box, no NaN', () => {
    const { container } = render(<CohortDistribution framework={hlm} summary={hlmCohort} />);
    const row = rowOf(container, 'hlm:holding-to-account');
    expect(row.getAttribute('aria-label')).toBe('Holding to account, n = 0: no data');
    expect(row.textContent).toContain('no data');
    expect(row.textContent).toContain('n = 0');
    expect(row.querySelector('.medlead-cohort-box')).toBeNull();
    expect(row.querySelector('.medlead-cohort-mean')).toBeNull();
    expect(container.innerHTML).not.toContain('NaN');
  });

  it('draws an empty class as "no data" on every row, in both variants', () => {
    for (const variant of ['box', 'strip'] as const) {
      const html = renderToString(
        <CohortDistribution framework={hlm} summary={emptyCohort} variant={variant} />,
      );
      expect(html.match(/>no data</g)).toHaveLength(9);
      expect(html).toContain('HLM: how 0 learners spread');
      expect(html).not.toContain('NaN');
      expect(html).not.toMatch(/class="medlead-cohort-dot" cx=/); // the legend's dot only
    }
  });

  it('marks rows of fewer than 5 learners and explains the mark in the legend', () => {
    const { container } = render(<CohortDistribution framework={hlm} summary={oneLearner} />);
    const node = assessed(oneLearner)[0];
    if (node === undefined) throw new Error('no node');
    const row = rowOf(container, node.nodeId);
    expect(row.textContent).toContain('n = 1*');
    expect(row.getAttribute('aria-label')).toContain('fewer than 5 learners, quartiles unstable');
    expect(screen.getByText('* Fewer than 5 learners: the quartiles are unstable')).toBeTruthy();
    // The full classes have no such note.
    cleanup();
    render(<CohortDistribution framework={mlcf} summary={mlcfCohort} />);
    expect(screen.queryByText(/Fewer than 5 learners/)).toBeNull();
  });

  it('strip: one dot per learner in each row, stacked at each scale point, with the count', () => {
    const { container } = render(
      <CohortDistribution framework={hlm} summary={hlmCohort} variant="strip" />,
    );
    expect(container.querySelector('.medlead-cohort-box')).toBeNull();
    for (const node of assessed(hlmCohort)) {
      const row = rowOf(container, node.nodeId);
      const total = node.histogram.reduce((sum, bar) => sum + bar.count, 0);
      expect(row.querySelectorAll('.medlead-cohort-dot')).toHaveLength(total);
      const stacks = row.querySelectorAll('.medlead-cohort-stack');
      if (node.n === 0) {
        expect(stacks).toHaveLength(0);
        continue;
      }
      const counts = container.querySelectorAll(
        `[data-counts-for="${node.nodeId}"] .medlead-cohort-count`,
      );
      node.histogram.forEach((bar, index) => {
        expect(stacks[index]?.querySelectorAll('.medlead-cohort-dot')).toHaveLength(bar.count);
        expect(counts[index]?.textContent).toBe(String(bar.count));
      });
      expect(row.getAttribute('aria-label')).toContain(
        `learners per point: ${node.histogram.map((bar) => `${bar.value} ${bar.label} ${bar.count}`).join(', ')}`,
      );
    }
    expect(screen.getByText(/One dot per learner/)).toBeTruthy();
  });

  // A class of 6 keeps axe's walk over every dot quick in jsdom; the real-Chromium tests check the
  // 30-learner classes, colour contrast included.
  const smallMlcfCohort = makeCohort(mlcf, { learners: 6, seed: 7 });
  it.each(['box', 'strip'] as const)(
    'has no axe violations, with the table shown or hidden (%s)',
    async (variant) => {
      const { container } = render(
        <CohortDistribution
          framework={mlcf}
          summary={smallMlcfCohort}
          variant={variant}
          target={4}
        />,
      );
      const check = async () =>
        (
          await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })
        ).violations.map((violation) => violation.id);
      expect(await check()).toEqual([]);
      await userEvent.click(screen.getByRole('button', { name: 'Show data table' }));
      expect(await check()).toEqual([]);
      expect(screen.getByRole('rowheader', { name: '1.1 Developing Self Awareness' })).toBeTruthy();
    },
  );

  it('shows every figure and the counts per scale point in the table, a dash where none exists', async () => {
    render(
      <CohortDistribution
        framework={hlm}
        summary={hlmCohort}
        defaultShowTable
        audience="curriculum"
      />,
    );
    const table = screen.getByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual([
      'Name',
      'n',
      'Mean',
      'SD',
      'Min',
      'Q1',
      'Median',
      'Q3',
      'Max',
      '0 Insufficient',
      '1 Essential',
      '2 Proficient',
      '3 Strong',
      '4 Exemplary',
      'Source of the name',
    ]);
    const node = hlmCohort.nodes[0];
    if (node === undefined) throw new Error('no node');
    const cells = (name: string) =>
      within(screen.getByRole('rowheader', { name }).closest('tr') as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(cells(node.title)).toEqual([
      String(node.n),
      formatValue(node.mean),
      formatValue(node.sd),
      formatValue(node.min),
      formatValue(node.q1),
      formatValue(node.median),
      formatValue(node.q3),
      formatValue(node.max),
      ...node.histogram.map((bar) => String(bar.count)),
      'Published',
    ]);
    expect(cells('Holding to account')).toEqual([
      '0',
      '–',
      '–',
      '–',
      '–',
      '–',
      '–',
      '–',
      '0',
      '0',
      '0',
      '0',
      '0',
      'Published',
    ]);
  });

  it('shows uncertain names as uncertain, in the rows and the table', () => {
    const amaCohort = makeCohort(ama, { learners: 12, seed: 3 });
    const { container } = render(
      <CohortDistribution
        framework={ama}
        summary={amaCohort}
        defaultShowTable
        audience="curriculum"
      />,
    );
    expect(rowOf(container, 'ama:professionalism').textContent).toContain(
      'Professionalism (uncertain)',
    );
    expect(rowOf(container, 'ama:professionalism').getAttribute('aria-label')).toMatch(
      /^Professionalism \(uncertain\), n = \d+: median /,
    );
    expect(screen.getAllByText('Uncertain')).toHaveLength(6);
  });

  it('walks the rows by keyboard, shows the counts and provenance, chooses with Enter, closes with Escape', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(
      <CohortDistribution
        framework={mlcf}
        summary={mlcfCohort}
        onSelect={onSelect}
        audience="curriculum"
      />,
    );
    const first = assessed(mlcfCohort)[0];
    if (first === undefined) throw new Error('no node');
    await user.tab();
    expect(document.activeElement?.getAttribute('data-node-id')).toBe('mlcf:1.1');
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip.textContent).toContain('1.1 Developing Self Awareness');
    expect(tooltip.textContent).toContain('1 Demonstrating Personal Qualities');
    expect(
      within(tooltip)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(first.histogram.map((bar) => `${bar.value} ${bar.label}: ${bar.count}`));
    expect(tooltip.textContent).toContain('Name: Published (as published by the owner)');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.getAttribute('data-node-id')).toBe('mlcf:1.2');
    await user.keyboard('{End}');
    expect(document.activeElement?.getAttribute('data-node-id')).toBe('mlcf:5.4');
    await user.keyboard('{ArrowRight}'); // wraps round to the first row
    expect(document.activeElement?.getAttribute('data-node-id')).toBe('mlcf:1.1');
    await user.keyboard('{ArrowUp}{Enter}');
    expect(onSelect).toHaveBeenCalledWith('mlcf:5.4');
    await user.keyboard('{Home} ');
    expect(onSelect).toHaveBeenLastCalledWith('mlcf:1.1');
    expect(screen.queryByRole('tooltip')).not.toBeNull();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    // One Tab stop: the next Tab leaves the chart for the table button.
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Show data table');
  });

  it('chooses a row by pointer too', async () => {
    const onSelect = vi.fn();
    const { container } = render(
      <CohortDistribution
        framework={hlm}
        summary={hlmCohort}
        onSelect={onSelect}
        variant="strip"
      />,
    );
    await userEvent.click(rowOf(container, 'hlm:leading-with-care'));
    expect(onSelect).toHaveBeenCalledWith('hlm:leading-with-care');
  });

  it('throws, naming the problem, on input it would draw wrong', () => {
    // React logs the error it rethrows; keep the test output quiet.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<CohortDistribution framework={mlcf} summary={hlmCohort} />)).toThrow(
      'the cohort summary is of hlm@2013, but the framework is mlcf@2010',
    );
    expect(() =>
      render(<CohortDistribution framework={hlm} summary={hlmCohort} target={7} />),
    ).toThrow(
      'target 7 is not on the scale "Healthcare Leadership Model self-assessment" (0 to 4)',
    );
    const first = hlmCohort.nodes[0];
    if (first === undefined) throw new Error('no node');
    const broken: CohortSummary = {
      ...hlmCohort,
      nodes: [{ ...first, median: Number.NaN }, ...hlmCohort.nodes.slice(1)],
    };
    expect(() => render(<CohortDistribution framework={hlm} summary={broken} />)).toThrow(
      'cohort summary row "hlm:inspiring-shared-purpose": a figure is missing or off the scale',
    );
    const miscounted: CohortSummary = {
      ...hlmCohort,
      nodes: [{ ...first, n: first.n + 1 }, ...hlmCohort.nodes.slice(1)],
    };
    expect(() => render(<CohortDistribution framework={hlm} summary={miscounted} />)).toThrow(
      `its histogram counts ${first.n} learners but n is ${first.n + 1}`,
    );
    quiet.mockRestore();
  });
});

describe('cohort test data', () => {
  it('is the same on every run and never calls Math.random', () => {
    const random = vi.spyOn(Math, 'random');
    expect(makeReports(hlm, { learners: 30 })).toEqual(makeReports(hlm, { learners: 30 }));
    expect(random).not.toHaveBeenCalled();
    random.mockRestore();
    expect(hlmCohort.learners).toBe(30);
    expect(new Set(assessed(hlmCohort).map((node) => node.median)).size).toBeGreaterThan(1);
  });
});
