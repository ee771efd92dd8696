// The elements from source, on React, in jsdom: attributes, properties, events, src and mount.
// (The built one-file script, on Preact, is tested in real Chromium: one-file.browser.test.ts.)
import { type Assessment, ama, parseAssessment, type ScoreReport } from '@medlead/core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { place, problemText, shadow, waitForShadow } from './dom.test-helper';
import { defineMedleadElements, MedleadGapChartElement, MedleadWheelElement, mount } from './index';

beforeAll(() => defineMedleadElements());
afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('<medlead-wheel>', () => {
  it('names the scores and the comparison as the host asks (report-label, comparison-label)', async () => {
    const wheel = place(
      `<medlead-wheel framework="hlm" report-label="Self" comparison-label="Peers" scores='{"hlm:leading-with-care":3}' comparison='{"hlm:leading-with-care":2}'></medlead-wheel>`,
    );
    const legend = await waitForShadow(wheel, '.medlead-legend');
    expect(legend.textContent).toContain('Self');
    expect(legend.textContent).toContain('Peers');
    expect(legend.textContent).not.toContain('Score');
  });

  it('draws the wheel in an open shadow root, with the stylesheet inside it', async () => {
    const wheel = place(
      `<medlead-wheel framework="hlm" scores='{"hlm:leading-with-care":3}'></medlead-wheel>`,
    );
    expect(wheel).toBeInstanceOf(MedleadWheelElement);
    await waitForShadow(wheel, 'svg');
    const root = shadow(wheel);
    const css = [
      ...(root.adoptedStyleSheets ?? []).flatMap((sheet) =>
        [...sheet.cssRules].map((rule) => rule.cssText),
      ),
      ...[...root.querySelectorAll('style')].map((style) => style.textContent ?? ''),
    ].join('\n');
    expect(css).toContain('.medlead-wheel');
    expect(css).toContain(':host');
    expect(root.querySelector('.medlead-element-tooltips')).not.toBeNull();
  });

  it('shows broken JSON as a problem in words, and says so with medlead-error', async () => {
    const onError = vi.fn();
    document.addEventListener('medlead-error', onError);
    const wheel = place(
      `<medlead-wheel framework="hlm" scores='{"hlm:leading-with-care":'></medlead-wheel>`,
    );
    expect(await problemText(wheel)).toMatch(
      /The competency wheel could not be shown:scores: is not valid JSON/,
    );
    expect(shadow(wheel).querySelector('svg')).toBeNull();
    expect(onError).toHaveBeenCalledTimes(1);
    expect((onError.mock.calls[0]?.[0] as CustomEvent | undefined)?.detail.messages[0]).toMatch(
      /^scores: is not valid JSON/,
    );
    document.removeEventListener('medlead-error', onError);
  });

  it('keeps markup in attributes as text', async () => {
    const wheel = place(
      `<medlead-wheel framework='<img src=x onerror="globalThis.pwned=1">' theme="<b>dark</b>"></medlead-wheel>`,
    );
    const text = await problemText(wheel);
    expect(text).toContain('unknown framework "<img src=x onerror="globalThis.pwned=1">"');
    expect(text).toContain('theme: must be "light", "dark" or "auto" (got "<b>dark</b>")');
    expect(shadow(wheel).querySelector('img, b')).toBeNull();
  });

  it('is light unless asked, one surface over the whole element; auto follows the system', async () => {
    const view = (element: Element) =>
      shadow(element).querySelector('.medlead-element-view') as HTMLElement | null;
    const plain = place('<medlead-self-assessment framework="hlm"></medlead-self-assessment>');
    await vi.waitFor(() => expect(shadow(plain).querySelector('form')).not.toBeNull());
    expect(view(plain)?.className).toBe('medlead medlead-element-view');
    expect(view(plain)?.dataset.theme).toBe('light');
    expect(shadow(plain).querySelector('form')?.getAttribute('data-theme')).toBe('light');
    const auto = place(
      '<medlead-self-assessment framework="hlm" theme="auto"></medlead-self-assessment>',
    );
    await vi.waitFor(() => expect(shadow(auto).querySelector('form')).not.toBeNull());
    expect(view(auto)?.dataset.theme).toBeUndefined();
    expect(shadow(auto).querySelector('form')?.hasAttribute('data-theme')).toBe(false);
    const dark = place('<medlead-wheel framework="hlm" theme="dark"></medlead-wheel>');
    await vi.waitFor(() => expect(shadow(dark).querySelector('svg')).not.toBeNull());
    expect(view(dark)?.dataset.theme).toBe('dark');
  });

  it('takes an audience and names a wrong one', async () => {
    const form = place(
      '<medlead-self-assessment framework="ama" audience="curriculum"></medlead-self-assessment>',
    );
    await vi.waitFor(() => expect(shadow(form).querySelector('form')).not.toBeNull());
    const wheel = place('<medlead-wheel framework="hlm" audience="deans"></medlead-wheel>');
    expect(await problemText(wheel)).toContain(
      'audience: must be "learner" or "curriculum" (got "deans")',
    );
    // A bad theme: the problem is said in light, not in the reader's system colours.
    const themed = place('<medlead-wheel framework="hlm" theme="neon"></medlead-wheel>');
    expect(await problemText(themed)).toContain('theme: must be "light", "dark" or "auto"');
    expect(shadow(themed).querySelector('[role="alert"]')?.getAttribute('data-theme')).toBe(
      'light',
    );
  });

  it('lists every problem at once: unknown nodes and values off the scale', async () => {
    const wheel = place(
      `<medlead-wheel framework="hlm" scores='{"hlm:nope":1,"hlm:leading-with-care":7}' variant="pie"></medlead-wheel>`,
    );
    const items = await vi.waitFor(() => {
      const found = [...shadow(wheel).querySelectorAll('li')].map((item) => item.textContent);
      if (found.length === 0) throw new Error('no problems yet');
      return found;
    });
    expect(items).toEqual([
      'scores["hlm:nope"]: "hlm:nope" is not a node of hlm@2013',
      'scores["hlm:leading-with-care"]: 7 is not a value from 0 to 4 on scale "hlm:self-assessment"',
      expect.stringMatching(
        /^scores: the node ids hlm@2013 takes scores for are hlm:inspiring-shared-purpose, /,
      ),
      'variant: must be "wheel" or "radar" (got "pie")',
    ]);
  });

  it('takes objects as properties, and an attribute set later wins again', async () => {
    const wheel = place<MedleadWheelElement>('<medlead-wheel framework="hlm"></medlead-wheel>');
    wheel.scores = { 'hlm:leading-with-care': 4 };
    expect(wheel.scores).toEqual({ 'hlm:leading-with-care': 4 });
    expect(wheel.hasAttribute('scores')).toBe(false);
    await waitForShadow(wheel, 'svg');
    wheel.setAttribute('scores', '{"hlm:leading-with-care":2}');
    expect(wheel.scores).toEqual({ 'hlm:leading-with-care': 2 });
    wheel.framework = 'nope';
    expect(wheel.getAttribute('framework')).toBe('nope');
    expect(await problemText(wheel)).toContain('unknown framework "nope"');
    // Fixing the input draws the chart again.
    wheel.framework = 'hlm';
    await vi.waitFor(() => expect(shadow(wheel).querySelector('svg')).not.toBeNull());
    expect(shadow(wheel).querySelector('.medlead-element-problem')).toBeNull();
  });

  it('takes a framework from a score report when none is named', async () => {
    const report: ScoreReport = {
      framework: 'hlm@2013',
      scale: 'hlm:self-assessment',
      importanceScale: null,
      subject: 's',
      rater: { id: 's', role: 'self' },
      nodes: [],
      overall: { value: null, normalized: null, n: 0 },
      completeness: { rated: 0, total: 9, ratio: 0 },
      unrated: [],
    };
    const wheel = place<MedleadWheelElement>('<medlead-wheel></medlead-wheel>');
    wheel.scores = report;
    await waitForShadow(wheel, 'svg');
  });
});

describe('src', () => {
  it('loads the data from a JSON file, the attributes winning over it', async () => {
    const fetch = vi.fn(
      async () =>
        new Response(
          JSON.stringify({ framework: 'ama', scores: { 'ama:professionalism': 2 }, level: 4 }),
        ),
    );
    vi.stubGlobal('fetch', fetch);
    const chart = place(
      `<medlead-gap-chart src="/data/gaps.json" theme="dark"></medlead-gap-chart>`,
    );
    await waitForShadow(chart, 'svg');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(String((fetch.mock.calls[0] as unknown[])[0])).toMatch(/\/data\/gaps\.json$/);
    expect(chart).toBeInstanceOf(MedleadGapChartElement);
    expect(shadow(chart).querySelector('[data-theme="dark"]')).not.toBeNull();
  });

  it('shows a failed fetch, an HTTP error, bad JSON and a bad address as problems', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: URL) => {
        if (url.pathname === '/down.json') throw new TypeError('Failed to fetch');
        if (url.pathname === '/html.json') return new Response('<script>alert(1)</script>');
        return new Response('missing', { status: 404, statusText: 'Not Found' });
      }),
    );
    const down = place(`<medlead-wheel src="/down.json"></medlead-wheel>`);
    expect(await problemText(down)).toContain(
      'src: could not load "/down.json" (Failed to fetch); check the address',
    );
    const missing = place(`<medlead-wheel src="/missing.json"></medlead-wheel>`);
    expect(await problemText(missing)).toContain(
      'src: could not load "/missing.json" (HTTP 404 Not Found)',
    );
    const html = place(`<medlead-wheel src="/html.json"></medlead-wheel>`);
    expect(await problemText(html)).toMatch(/src: "\/html.json": is not valid JSON/);
    const script = place(`<medlead-wheel src="javascript:alert(1)"></medlead-wheel>`);
    expect(await problemText(script)).toContain(
      'src: "javascript:alert(1)" cannot be loaded: give an http or https address',
    );
  });
});

describe('<medlead-gap-chart>', () => {
  it('needs scores and a target', async () => {
    const chart = place(`<medlead-gap-chart framework="hlm"></medlead-gap-chart>`);
    const text = await problemText(chart);
    expect(text).toContain('scores: is required');
    expect(text).toContain('target: is required (or level)');
  });

  it('draws scores against one level for every node', async () => {
    const chart = place(
      `<medlead-gap-chart framework="hlm" level="3" scores='{"hlm:leading-with-care":1,"hlm:engaging-the-team":4}'></medlead-gap-chart>`,
    );
    await waitForShadow(chart, 'svg');
    expect(shadow(chart).textContent).toContain('Leading with care 2 short');
  });
});

describe('<medlead-self-assessment>', () => {
  it('sends medlead-change on each answer and medlead-submit with a valid assessment', async () => {
    const form = place(
      `<medlead-self-assessment framework="ama" subject="learner-7"></medlead-self-assessment>`,
    );
    const changes: Assessment[] = [];
    const submitted: Assessment[] = [];
    form.addEventListener('medlead-change', (event) =>
      changes.push((event as CustomEvent<Assessment>).detail),
    );
    form.addEventListener('medlead-submit', (event) =>
      submitted.push((event as CustomEvent<Assessment>).detail),
    );
    await waitForShadow(form, 'form');
    const groups = [...shadow(form).querySelectorAll('fieldset')].filter(
      (fieldset) => fieldset.querySelector('input[type="radio"]') !== null,
    );
    expect(groups.length).toBeGreaterThanOrEqual(6);
    for (const group of groups)
      group.querySelector<HTMLInputElement>('input[type="radio"]')?.click();
    await vi.waitFor(() => expect(changes.length).toBe(groups.length));
    shadow(form).querySelector('form')?.requestSubmit();
    await vi.waitFor(() => expect(submitted).toHaveLength(1));
    const assessment = parseAssessment(submitted[0], { framework: ama });
    expect(assessment.subject).toBe('learner-7');
    expect(assessment.ratings).toHaveLength(6);
    expect((form as unknown as { assessment: Assessment }).assessment).toBe(submitted[0]);
  });
});

describe('<medlead-explorer>', () => {
  it('starts its search from the query attribute', async () => {
    const explorer = place(`<medlead-explorer framework="mlcf" query="team"></medlead-explorer>`);
    const search = await waitForShadow(explorer, 'input[type="search"]');
    expect((search as HTMLInputElement).value).toBe('team');
  });
});

describe('mount', () => {
  it('puts the chosen element into a target, with callbacks for its events', async () => {
    const host = place('<div id="here">old content</div>');
    const onError = vi.fn();
    const view = mount('#here', {
      view: 'gap-chart',
      framework: 'hlm',
      scores: { 'hlm:leading-with-care': 1 },
      level: 3,
      onError,
    });
    expect(host.firstElementChild).toBe(view.element);
    expect(host.textContent).toBe('');
    await waitForShadow(view.element, 'svg');
    view.update({ framework: 'nope' });
    await vi.waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(onError.mock.calls[0]?.[0][0]).toContain('unknown framework "nope"');
    view.unmount();
    expect(host.childElementCount).toBe(0);
  });

  it('throws for a missing target, an unknown view or an option the view does not take', () => {
    expect(() => mount('#nowhere')).toThrow(TypeError);
    const host = place('<div></div>');
    expect(() => mount(host, { view: 'pie' as never })).toThrow(/view must be "wheel"/);
    expect(() => mount(host, { view: 'explorer', scores: {} })).toThrow(
      /the explorer view does not take "scores"/,
    );
  });
});
