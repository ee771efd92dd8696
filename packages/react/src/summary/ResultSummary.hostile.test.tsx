// @vitest-environment node
// Hostile input for the result summary (issue 13): every prop and argument of ResultSummary,
// summarySentences and strongestAndWeakest given every hostile value. Each is refused with a
// MedleadValidationError naming it, or gives a summary; never a TypeError.
import { ama, assessableNodes, hlm, mlcf } from '@medlead/core';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { hostileValues, markup, refusedOrDone } from '../shared/hostile.test-helper';
import { ResultSummary, strongestAndWeakest, summarySentences } from './ResultSummary';
import { scoredReport } from './summary.test-helper';

const report = (framework: typeof hlm, values: readonly (number | null)[] = [3, 2, 1]) =>
  scoredReport(framework, values);

/** A report as it comes back from storage: plain JSON, not the frozen one scoreAssessment made. */
const stored = () => JSON.parse(JSON.stringify(report(hlm))) as Record<string, unknown>;

/** How many hostile values are neither left out nor text (what a class name may be). */
const notText = hostileValues.filter(([, make]) => {
  const value = make();
  return value !== undefined && typeof value !== 'string';
}).length;

/**
 * Calls `run` with each hostile value in place of one argument, the others valid; returns how
 * many calls were refused (each naming `path`).
 */
function sweep(path: string, run: (value: unknown) => unknown): number {
  let refused = 0;
  for (const [name, make] of hostileValues) {
    try {
      if (refusedOrDone(() => run(make()), path) !== undefined) refused++;
    } catch (error) {
      throw new Error(`${path} as ${name}: ${(error as Error).message}`, { cause: error });
    }
  }
  return refused;
}

const render = (props: Record<string, unknown>) =>
  renderToString(<ResultSummary report={report(hlm)} {...props} />);

describe('strongestAndWeakest', () => {
  it('refuses every hostile report, naming it', () => {
    expect(sweep('report', (value) => strongestAndWeakest(value as never))).toBe(
      hostileValues.length,
    );
  });

  it('says what a report must be', () => {
    const error = refusedOrDone(() => strongestAndWeakest(null as never), 'report');
    expect(error?.issues.map((issue) => `${issue.pathText}: ${issue.message}`)).toEqual([
      'report: must be a score report from scoreAssessment, not null',
    ]);
    expect(refusedOrDone(() => strongestAndWeakest(new Map() as never), 'report')?.message).toMatch(
      /not a Map/,
    );
  });

  it('names the node of a stored report that is wrong', () => {
    const bad = stored();
    (bad.nodes as Record<string, unknown>[])[2] = { ...(bad.nodes as object[])[2], value: 'high' };
    const error = refusedOrDone(() => strongestAndWeakest(bad as never), 'report');
    expect(error?.issues.map((issue) => issue.pathText)).toEqual(['report.nodes[2].value']);
  });

  it('reads a report of any framework, stored or not, even one core does not ship', () => {
    for (const framework of [hlm, mlcf, ama]) {
      expect(strongestAndWeakest(report(framework)).rated).toBe(assessableNodes(framework).length);
    }
    const elsewhere = { ...stored(), framework: 'acme@2024' };
    expect(strongestAndWeakest(elsewhere as never).strongest.length).toBeGreaterThan(0);
  });
});

describe('summarySentences', () => {
  it('refuses every hostile report and maxNamed, naming it', () => {
    expect(sweep('report', (value) => summarySentences(value as never))).toBe(hostileValues.length);
    // Left out, maxNamed is 3: every other hostile value is refused.
    expect(sweep('maxNamed', (value) => summarySentences(report(hlm), value as never))).toBe(
      hostileValues.length - 1,
    );
  });

  it('takes a whole number from 1 to 1000 as maxNamed', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, -1, 0, 2.5, 1001]) {
      const error = refusedOrDone(() => summarySentences(report(hlm), bad), 'maxNamed');
      expect(error?.issues[0]?.message).toMatch(/^must be a whole number from 1 to 1000, not /);
    }
    // Eight of HLM's nine dimensions rated 3, the last 1.
    const eight = report(hlm, [3, 3, 3, 3, 3, 3, 3, 3, 1]);
    expect(summarySentences(eight, 1)[0]).toMatch(/ and 7 more\.$/);
    expect(summarySentences(eight, 1000)).toEqual(summarySentences(eight, 8));
  });

  it('keeps markup in a title as text, and ignores a __proto__ key in a stored report', () => {
    const withMarkup = stored();
    const [first] = withMarkup.nodes as Record<string, unknown>[];
    if (first !== undefined) first.title = markup;
    const polluting = JSON.parse(
      `{"__proto__":{"polluted":"yes"},${JSON.stringify(withMarkup).slice(1)}`,
    );
    expect(refusedOrDone(() => summarySentences(polluting), 'report')).toBeUndefined();
    expect(summarySentences(polluting).join(' ')).toContain(markup);
  });
});

describe('ResultSummary', () => {
  it('refuses every hostile prop, naming it, or renders', () => {
    expect(sweep('report', (value) => render({ report: value }))).toBe(hostileValues.length);
    expect(sweep('maxNamed', (value) => render({ maxNamed: value }))).toBe(
      hostileValues.length - 1,
    );
    expect(sweep('theme', (value) => render({ theme: value }))).toBe(hostileValues.length - 1);
    // A class name may be any text (React writes it escaped) or left out.
    expect(sweep('className', (value) => render({ className: value }))).toBe(notText);
  });

  it('says which prop is wrong and how', () => {
    expect(() => render({ report: null })).toThrow(
      'report: must be a score report from scoreAssessment, not null',
    );
    expect(() => render({ maxNamed: Number.POSITIVE_INFINITY })).toThrow(
      'maxNamed: must be a whole number from 1 to 1000, not Infinity',
    );
    expect(() => render({ theme: 'blue' })).toThrow(
      'theme: must be "light" or "dark" or left out, not a string',
    );
  });

  it('writes markup in a title, class name or theme as text', () => {
    const withMarkup = stored();
    const [first] = withMarkup.nodes as Record<string, unknown>[];
    if (first !== undefined) first.title = markup;
    const html = render({ report: withMarkup, className: markup });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;img src=x');
  });

  it('renders a report of another framework, and one core does not ship', () => {
    expect(render({ report: report(mlcf) })).toContain('Your strongest area');
    expect(render({ report: { ...stored(), framework: 'acme@2024' } })).toContain(
      'Your strongest area',
    );
  });
});
