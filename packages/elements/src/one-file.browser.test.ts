// The one-file script as shipped (dist/medlead-elements.js, on Preact's React-compatible layer),
// in real Chromium, in plain HTML pages that hold nothing but its <script> tag and the elements.
import {
  type Assessment,
  ama,
  assessableNodes,
  getFramework,
  parseAssessment,
  scoreAssessment,
} from '@medlead/core';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { unusedClassPrefixes } from '../scripts/unused-classes.mjs';
import {
  closeHostPages,
  type HostPage,
  hostPage,
  pageViolations,
  pageWithoutCharset,
  shadowOf,
  waitForInShadow,
} from './host-page.test-helper';
import { ownFramework } from './own-framework.test-helper';

afterEach(() => closeHostPages());

const tags = ['medlead-wheel', 'medlead-gap-chart', 'medlead-self-assessment', 'medlead-explorer'];

/** The README's snippet, and one of each other element. */
const everyElement = (theme?: 'light' | 'dark') => {
  const themed = theme === undefined ? '' : ` theme="${theme}"`;
  return `
<medlead-wheel framework="hlm" scores='{"hlm:leading-with-care":3}'${themed}></medlead-wheel>
<medlead-gap-chart framework="hlm" level="3" scores='{"hlm:leading-with-care":1,"hlm:engaging-the-team":4,"hlm:sharing-the-vision":2}'${themed}></medlead-gap-chart>
<medlead-self-assessment framework="ama" subject="learner-1"${themed}></medlead-self-assessment>
<medlead-explorer framework="mlcf" query="team"${themed}></medlead-explorer>`;
};

/** What each element shows when it works. */
const drawn: Record<string, string> = {
  'medlead-wheel': 'svg.medlead-wheel-svg',
  'medlead-gap-chart': 'svg.medlead-gap-svg',
  'medlead-self-assessment': 'form input[type="radio"]',
  'medlead-explorer': '[role="tree"] [role="treeitem"]',
};

async function waitForAll(page: HostPage): Promise<void> {
  for (const tag of tags) await waitForInShadow(page, tag, drawn[tag] ?? '*');
}

/** Presses keys in the page that has focus. */
const press = (keys: string) => userEvent.keyboard(keys);

describe('the one-file script in a plain HTML page', () => {
  it('registers the four elements and exposes MedleadElements', async () => {
    const page = await hostPage('');
    for (const tag of tags) expect(page.window.customElements.get(tag)).toBeTypeOf('function');
    const api = page.window.MedleadElements as Record<string, unknown>;
    expect(api.mount).toBeTypeOf('function');
    expect(api.defineMedleadElements).toBeTypeOf('function');
    expect(api.version).toBe('0.0.0');
  });

  it('draws every element in its open shadow root, styles and all', async () => {
    const page = await hostPage(everyElement());
    await waitForAll(page);
    for (const tag of tags) {
      const root = shadowOf(page, tag);
      expect(root.querySelector('.medlead-element-problem'), tag).toBeNull();
      // The stylesheet is in the shadow root: the component's own rules apply there.
      const themed = root.querySelector('.medlead');
      expect(themed, tag).not.toBeNull();
      expect(page.window.getComputedStyle(themed as Element).fontFamily, tag).toContain(
        'system-ui',
      );
    }
    expect(shadowOf(page, 'medlead-gap-chart').textContent).toContain('Leading with care');
    expect(shadowOf(page, 'medlead-self-assessment').querySelectorAll('fieldset').length).toBe(6);
    const search = shadowOf(page, 'medlead-explorer').querySelector('input');
    expect(search?.value).toBe('team');
  });

  it('upgrades elements already in the page when the script comes last, properties set early included', async () => {
    const page = await hostPage(
      `<medlead-wheel framework="HLM" variant="Radar"></medlead-wheel>
<script>document.querySelector('medlead-wheel').scores = { 'hlm:leading-with-care': '2' };</script>`,
      { scriptLast: true },
    );
    await waitForInShadow(page, 'medlead-wheel', 'svg');
    const wheel = page.document.querySelector('medlead-wheel') as Element & { scores: unknown };
    expect(wheel.scores).toEqual({ 'hlm:leading-with-care': '2' });
    expect(shadowOf(page, 'medlead-wheel').querySelector('.medlead-radar-area')).not.toBeNull();
  });

  it('shows – and ’ right on a page that does not say it is UTF-8', async () => {
    const page = await pageWithoutCharset(
      '<medlead-self-assessment framework="hlm" scale="agreement-5"></medlead-self-assessment>',
    );
    expect(page.document.characterSet).toBe('windows-1252');
    await waitForInShadow(page as HostPage, 'medlead-self-assessment', 'input[type="radio"]');
    const text = shadowOf(page as HostPage, 'medlead-self-assessment').textContent ?? '';
    // From the script's own text (core's scale and framework data), not from the page.
    expect(text).toContain('“Agreement (1–5)”');
    expect(text).toContain('Growing people’s ability');
    expect(text).not.toMatch(/â€/);
  });

  it('draws in the theme asked for', async () => {
    const page = await hostPage(everyElement('dark'));
    await waitForAll(page);
    for (const tag of tags) {
      const root = shadowOf(page, tag).querySelector('[data-theme="dark"]');
      expect(root, tag).not.toBeNull();
      expect(page.window.getComputedStyle(root as Element).colorScheme, tag).toBe('dark');
    }
  });

  it('is light unless the page asks, and paints one surface the element’s whole width', async () => {
    const page = await hostPage(`${everyElement()}
<medlead-wheel id="auto" framework="hlm" theme="auto"></medlead-wheel>
<medlead-self-assessment id="dark" framework="hlm" theme="dark"></medlead-self-assessment>`);
    await waitForAll(page);
    const style = (element: Element | null | undefined) =>
      page.window.getComputedStyle(element as Element);
    for (const tag of tags) {
      const view = shadowOf(page, tag).querySelector('.medlead-element-view');
      expect(style(view).colorScheme, tag).toBe('light');
      expect(style(view).backgroundColor, tag).toBe('rgb(255, 255, 255)');
    }
    const viewOf = (id: string) =>
      page.document.getElementById(id)?.shadowRoot?.querySelector('.medlead-element-view');
    // auto: the reader's setting (both schemes offered; the browser picks).
    expect(style(viewOf('auto')).colorScheme).toBe('light dark');
    // dark: the element and the form inside it share one background, as wide as the element.
    const dark = viewOf('dark');
    await vi.waitFor(() => expect(dark?.querySelector('form')).toBeTruthy());
    const form = dark?.querySelector('form');
    expect(style(dark).backgroundColor).toBe('rgb(13, 17, 23)');
    expect(style(form).backgroundColor).toBe(style(dark).backgroundColor);
    expect(dark?.getBoundingClientRect().width).toBe(
      page.document.getElementById('dark')?.getBoundingClientRect().width,
    );
  });

  it('opens a chart’s tooltip inside its shadow root, and sends medlead-select', async () => {
    const page = await hostPage(`<button>before</button>${everyElement().split('\n')[1]}`);
    await waitForInShadow(page, 'medlead-wheel', 'svg');
    const selected: string[] = [];
    page.document.addEventListener('medlead-select', (event) =>
      selected.push((event as CustomEvent<{ nodeId: string }>).detail.nodeId),
    );
    page.document.querySelector('button')?.focus();
    await press('{Tab}');
    const root = shadowOf(page, 'medlead-wheel');
    expect(root.activeElement).not.toBeNull();
    const tooltip = await waitForInShadow(page, 'medlead-wheel', '.medlead-tooltip');
    // Radix's portal went into the element's own tooltip layer, not the page's body.
    expect(tooltip.closest('.medlead-element-tooltips')).not.toBeNull();
    expect(page.document.body.querySelector('[data-radix-popper-content-wrapper]')).toBeNull();
    expect(tooltip.textContent).toContain('Inspiring shared purpose');
    // Placed by Radix's popper (fixed, beside the mark), styled by the kit's stylesheet.
    expect(page.window.getComputedStyle(tooltip.parentElement as Element).position).toBe('fixed');
    expect(page.window.getComputedStyle(tooltip).borderStyle).not.toBe('none');
    await press('{ArrowRight}');
    await vi.waitFor(() =>
      expect(root.querySelector('.medlead-tooltip')?.textContent).toContain('Leading with care'),
    );
    await press('{Enter}');
    expect(selected).toEqual(['hlm:leading-with-care']);
    await press('{Escape}');
    await vi.waitFor(() => expect(root.querySelector('.medlead-tooltip')).toBeNull());
  });

  it('lets a learner complete the self-assessment by keyboard, and sends medlead-submit', async () => {
    const page = await hostPage(
      `<button>before</button><medlead-self-assessment framework="ama" subject="learner-1"></medlead-self-assessment>`,
    );
    await waitForInShadow(page, 'medlead-self-assessment', 'input[type="radio"]');
    const submitted: Assessment[] = [];
    const changes: Assessment[] = [];
    page.document.addEventListener('medlead-submit', (event) =>
      submitted.push((event as CustomEvent<Assessment>).detail),
    );
    page.document.addEventListener('medlead-change', (event) =>
      changes.push((event as CustomEvent<Assessment>).detail),
    );
    const root = shadowOf(page, 'medlead-self-assessment');
    page.document.querySelector('button')?.focus();
    // Tab from question to question (a radio group is one Tab stop); Space chooses; the arrow
    // keys move within a question; on the submit button, Enter.
    for (let step = 0; step < 40 && submitted.length === 0; step++) {
      await press('{Tab}');
      const focused = root.activeElement;
      if (focused instanceof page.window.HTMLInputElement && focused.type === 'radio') {
        await press(step === 1 ? '{ArrowDown}{ArrowDown}' : ' ');
      } else if (focused instanceof page.window.HTMLButtonElement && focused.type === 'submit') {
        await press('{Enter}');
      }
    }
    await vi.waitFor(() => expect(submitted).toHaveLength(1));
    expect(changes.length).toBeGreaterThanOrEqual(6);
    const assessment = parseAssessment(submitted[0], { framework: ama });
    expect(assessment.subject).toBe('learner-1');
    expect(assessment.ratings).toHaveLength(6);
    expect(assessment.ratings.every((rating) => rating.value !== undefined)).toBe(true);
    expect(root.textContent).toContain('6 of 6 answered');
  });

  it('mounts an element from a script through MedleadElements.mount', async () => {
    const page = await hostPage('<div id="chart">placeholder</div>');
    const api = page.window.MedleadElements as {
      mount(target: string, options: Record<string, unknown>): { element: Element };
    };
    const onError = vi.fn();
    const view = api.mount('#chart', {
      view: 'wheel',
      framework: 'fmlm@2016',
      variant: 'radar',
      theme: 'dark',
      onError,
    });
    expect(view.element.tagName).toBe('MEDLEAD-WHEEL');
    await waitForInShadow(page, '#chart > medlead-wheel', 'svg');
    expect(onError).not.toHaveBeenCalled();
  });
});

describe('data from a src file', () => {
  const dataUrl = (data: unknown) =>
    URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));

  it('draws from the file’s fields, a score report included', async () => {
    const page = await hostPage(`
<medlead-wheel src="${dataUrl({ framework: 'ama', scores: { 'ama:professionalism': 3 }, variant: 'radar' })}"></medlead-wheel>
<medlead-gap-chart level="4" src="${dataUrl({
      framework: 'hlm@2013',
      scale: 'hlm:self-assessment',
      importanceScale: null,
      subject: 's',
      rater: { id: 's', role: 'self' },
      nodes: [
        {
          nodeId: 'hlm:leading-with-care',
          code: null,
          title: 'Leading with Care',
          kind: 'dimension',
          depth: 0,
          parentId: null,
          assessed: true,
          value: 2,
          normalized: 0.5,
          level: null,
          n: 1,
          rated: 1,
          total: 1,
          importance: null,
        },
      ],
      overall: { value: 2, normalized: 0.5, n: 1 },
      completeness: { rated: 1, total: 9, ratio: 1 / 9 },
      unrated: [],
    })}"></medlead-gap-chart>`);
    await waitForInShadow(page, 'medlead-wheel', 'svg');
    const gaps = await vi.waitFor(() => {
      const root = shadowOf(page, 'medlead-gap-chart');
      if (root.querySelector('svg') === null)
        throw new Error(root.textContent ?? 'nothing drawn yet');
      return root;
    });
    expect(gaps.textContent).toContain('2 short');
  });

  it('draws a school’s own framework from a file: the form, the wheel and the gap', async () => {
    const framework = ownFramework();
    const scores = { 'riverside:a1': 2, 'riverside:b1': 3 };
    const broken = { ...ownFramework(), key: 'riverside@2024' };
    const page = await hostPage(`
<medlead-self-assessment src="${dataUrl(framework)}"></medlead-self-assessment>
<medlead-wheel src="${dataUrl({ framework, scores })}"></medlead-wheel>
<medlead-gap-chart level="3" src="${dataUrl({ framework, scores })}"></medlead-gap-chart>
<medlead-explorer src="${dataUrl({ framework: broken })}"></medlead-explorer>`);
    await waitForInShadow(page, 'medlead-self-assessment', 'input[type="radio"]');
    const form = shadowOf(page, 'medlead-self-assessment');
    const questions = [...form.querySelectorAll('fieldset')].filter(
      (fieldset) => fieldset.querySelector('input[type="radio"]') !== null,
    );
    expect(questions).toHaveLength(6);
    expect(form.textContent).toContain('Riverside self-assessment');
    await waitForInShadow(page, 'medlead-wheel', 'svg.medlead-wheel-svg');
    await waitForInShadow(page, 'medlead-gap-chart', 'svg.medlead-gap-svg');
    expect(shadowOf(page, 'medlead-gap-chart').textContent).toContain('Running a safety huddle');
    const problem = await waitForInShadow(page, 'medlead-explorer', '.medlead-element-problem');
    expect(problem.textContent).toContain(
      'src field "framework": key: must be "riverside@2025" (id@edition), not "riverside@2024"',
    );
  });
});

describe('hostile and broken values', () => {
  const injected = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
  const hostile = injected.replace(/"/g, '&quot;');
  const cases: { what: string; html: string; says: string | RegExp }[] = [
    {
      what: 'markup as a framework',
      html: `<medlead-wheel framework="${hostile}"></medlead-wheel>`,
      says: `framework: unknown framework "${injected}"`,
    },
    {
      what: 'an unknown framework',
      html: '<medlead-explorer framework="nhs-lf"></medlead-explorer>',
      says: 'framework: unknown framework "nhs-lf": use a family id (mlcf, hlm, ama, fmlm)',
    },
    {
      what: 'no framework at all',
      html: '<medlead-self-assessment></medlead-self-assessment>',
      says: 'framework: is required',
    },
    {
      what: 'broken JSON',
      html: `<medlead-wheel framework="hlm" scores='{"hlm:leading-with-care": 3'></medlead-wheel>`,
      says: /scores: is not valid JSON \(.+\)/,
    },
    {
      what: 'markup as a node id',
      html: `<medlead-gap-chart framework="hlm" level="3" scores='${JSON.stringify({ [injected]: 3 })}'></medlead-gap-chart>`,
      says: `scores[${JSON.stringify(injected)}]: "${injected}" is not a node of hlm@2013`,
    },
    {
      what: 'a value off the scale',
      html: `<medlead-wheel framework="hlm" scores='{"hlm:leading-with-care": 12}'></medlead-wheel>`,
      says: '12 is not a value from 0 to 4 on scale "hlm:self-assessment"',
    },
    {
      what: 'markup as a theme',
      html: `<medlead-explorer framework="hlm" theme="${hostile}"></medlead-explorer>`,
      says: `theme: must be "light", "dark" or "auto" (got "${injected}")`,
    },
    {
      what: 'a javascript: src',
      html: `<medlead-wheel src="javascript:window.__pwned=1"></medlead-wheel>`,
      says: 'src: "javascript:window.__pwned=1" cannot be loaded',
    },
    {
      what: 'a src that answers with HTML',
      html: `<medlead-wheel src="data:text/html,${encodeURIComponent(`${injected}<p>hi</p>`)}"></medlead-wheel>`,
      says: /src: "data:text\/html,.*": is not valid JSON/,
    },
    {
      what: 'a src no server answers',
      html: '<medlead-wheel src="http://127.0.0.1:9/scores.json"></medlead-wheel>',
      says: 'src: could not load "http://127.0.0.1:9/scores.json" (Failed to fetch)',
    },
  ];

  it.each(cases)('shows $what as text in the element, and runs nothing', async ({ html, says }) => {
    const page = await hostPage(html);
    const tag = html.match(/^<([a-z-]+)/)?.[1] ?? '';
    const problem = await waitForInShadow(page, tag, '.medlead-element-problem');
    const text = problem.textContent ?? '';
    expect(text).toMatch(/^The [a-z -]+ could not be shown:/);
    if (typeof says === 'string') expect(text).toContain(says);
    else expect(text).toMatch(says);
    const root = shadowOf(page, tag);
    expect(root.querySelector('img, script, svg, form')).toBeNull();
    expect(page.document.querySelectorAll('img, script:not([src])')).toHaveLength(0);
    // Long enough for an image error or a script to have run, had either been made.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(page.window.__pwned).toBeUndefined();
  });
});

describe('never blank', () => {
  const server = inject('sourceServer');

  it('gives up on a src server that never answers, after src-timeout seconds', async () => {
    const url = `${server}/never.json`;
    const page = await hostPage(`<medlead-wheel src="${url}" src-timeout="0.5"></medlead-wheel>`);
    await vi.waitFor(() =>
      expect(shadowOf(page, 'medlead-wheel').textContent).toContain('Loading the competency wheel'),
    );
    const problem = await waitForInShadow(page, 'medlead-wheel', '.medlead-element-problem');
    expect(problem.getAttribute('role')).toBe('alert');
    expect(problem.textContent).toBe(
      `The competency wheel could not be shown:src: "${url}" did not answer within 0.5 seconds; check the address, or try again later`,
    );
  });

  it.each([
    ['answering 404', '/missing.json', '(HTTP 404 Not Found)'],
    ['answering HTML', '/page.json', 'is not valid JSON'],
    ['answering JSON of the wrong shape', '/array.json', 'must hold a JSON object'],
  ])('shows a src %s as a message', async (_what, path, says) => {
    const page = await hostPage(`<medlead-gap-chart src="${server}${path}"></medlead-gap-chart>`);
    const problem = await waitForInShadow(page, 'medlead-gap-chart', '.medlead-element-problem');
    expect(problem.textContent).toContain(says);
  });

  it.each(['light', 'dark'] as const)(
    'shows HLM answers on agreement-5 against level 0 as a message (%s)',
    async (theme) => {
      const hlm = getFramework('hlm');
      const report = scoreAssessment(hlm, {
        framework: hlm.key,
        scale: 'agreement-5',
        subject: 'me',
        rater: { id: 'me', role: 'self' },
        ratings: assessableNodes(hlm).map((node) => ({ nodeId: node.id, value: 4 })),
      });
      const page = await hostPage(
        `<main><h1>Your gaps</h1><medlead-gap-chart framework="hlm" level="0" theme="${theme}" scores='${JSON.stringify(report).replace(/'/g, '&#39;')}'></medlead-gap-chart></main>`,
        { width: 375 },
      );
      const problem = await waitForInShadow(page, 'medlead-gap-chart', '.medlead-element-problem');
      expect(problem.textContent).toContain(
        'level: 0 is not a value from 1 to 5 on scale "agreement-5"',
      );
      expect(await pageViolations(page)).toEqual([]);
    },
  );

  it('shows a value that throws while the component draws as a plain message (Preact)', async () => {
    const page = await hostPage('<medlead-wheel framework="hlm"></medlead-wheel>');
    const errors: unknown[] = [];
    page.window.console.error = (...args: unknown[]) => errors.push(args);
    // Valid scores, drawn with a Math.cos that throws: an error only drawing can meet.
    const hlm = getFramework('hlm');
    const report = scoreAssessment(hlm, {
      framework: hlm.key,
      scale: hlm.defaultScale,
      subject: 'me',
      rater: { id: 'me', role: 'self' },
      ratings: assessableNodes(hlm).map((node) => ({ nodeId: node.id, value: 2 })),
    });
    (page.window as unknown as { Math: Math }).Math.cos = () => {
      throw new TypeError('x is not a function');
    };
    (page.document.querySelector('medlead-wheel') as Element & { scores: unknown }).scores = report;
    const problem = await waitForInShadow(page, 'medlead-wheel', '.medlead-element-problem');
    expect(problem.textContent).toContain('Something went wrong while drawing it');
    expect(problem.textContent).not.toContain('is not a function');
    expect(errors.length).toBeGreaterThan(0);
  });
});

describe('accessibility and the stylesheet', () => {
  it.each(['light', 'dark'] as const)(
    'has no axe violations in the %s theme, a problem message included',
    async (theme) => {
      const page = await hostPage(
        `<main><h1>Leadership</h1>${everyElement(theme)}<medlead-wheel framework="nope" theme="${theme}"></medlead-wheel></main>`,
      );
      await waitForAll(page);
      await vi.waitFor(() =>
        expect(
          page.document.querySelectorAll('medlead-wheel')[1]?.shadowRoot?.textContent,
        ).toContain('unknown framework'),
      );
      expect(await pageViolations(page)).toEqual([]);
    },
  );

  it('uses no class whose rules the build left out', async () => {
    const page = await hostPage(
      everyElement().replace(/<medlead-(wheel|gap-chart)/g, '$& show-table'),
    );
    await waitForAll(page);
    const used = new Set<string>();
    for (const tag of tags) {
      for (const element of shadowOf(page, tag).querySelectorAll('[class]')) {
        for (const name of element.classList) used.add(name);
      }
    }
    expect(used.size).toBeGreaterThan(20);
    expect(
      [...used].filter((name) => unusedClassPrefixes.some((prefix) => name.startsWith(prefix))),
    ).toEqual([]);
  });
});
