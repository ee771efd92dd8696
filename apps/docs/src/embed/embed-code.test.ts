import { ama, assessableNodes, getFramework, hlm, mlcf } from '@medlead/core';
import { describe, expect, it } from 'vitest';
import {
  embedPageUrl,
  escapeAttribute,
  exampleScores,
  heightHelp,
  iframeSnippet,
  jsonAttribute,
  MAX_FRAME_HEIGHT,
  measuredFormHeights,
  middleLevel,
  ownFrameworkViews,
  pageTitle,
  scriptSnippet,
  suggestedHeight,
} from './embed-code';

const page = 'https://example.org/medlead/embed/index.html';
const script = 'https://example.org/medlead/elements/medlead-elements.js';
/** The generator's starting choices for the iframe route; each test changes what it is about. */
const iframe = {
  pageUrl: page,
  framework: 'hlm',
  view: 'assess',
  theme: 'light',
  height: 900,
  autoHeight: false,
} as const;

describe('iframeSnippet', () => {
  it('gives a titled, lazy iframe at the embed page with the choices in its address', () => {
    expect(iframeSnippet({ ...iframe, view: 'wheel' })).toBe(`<iframe
  src="${page}?framework=hlm&amp;view=wheel"
  title="The Healthcare Leadership Model: self-assessment and competency wheel"
  style="width: 100%; height: 900px; border: 0"
  loading="lazy"
></iframe>`);
  });

  it('is light for learners unless told: auto and curriculum go into the address', () => {
    const choices = { pageUrl: page, framework: 'hlm', view: 'assess' } as const;
    expect(embedPageUrl({ ...choices, theme: 'light', audience: 'learner' })).toBe(
      `${page}?framework=hlm&view=assess`,
    );
    expect(embedPageUrl({ ...choices, theme: 'auto', audience: 'curriculum' })).toBe(
      `${page}?framework=hlm&view=assess&theme=auto&audience=curriculum`,
    );
  });

  it('suggests a fixed height that fits each measured form, and says what was measured', () => {
    for (const [framework, measured] of Object.entries(measuredFormHeights)) {
      const height = suggestedHeight(framework);
      expect(height).toBeGreaterThanOrEqual(measured);
      expect(height % 100).toBe(0);
      expect(heightHelp(getFramework(framework), framework)).toContain(
        `form is ${measured.toLocaleString('en')} px tall`,
      );
    }
    expect(suggestedHeight('hlm')).toBe(3000);
  });

  it('names the gap chart’s level and the theme only when chosen', () => {
    const choices = { pageUrl: page, framework: 'fmlm@2016', theme: 'dark' as const };
    expect(embedPageUrl({ ...choices, view: 'gap', level: 4 })).toBe(
      `${page}?framework=fmlm%402016&view=gap&level=4&theme=dark`,
    );
    // A level means nothing to the other views.
    expect(embedPageUrl({ ...choices, view: 'assess', level: 4 })).toBe(
      `${page}?framework=fmlm%402016&view=assess&theme=dark`,
    );
  });

  it('adds the host-side height script, tied to this frame by id, when asked', () => {
    const snippet = iframeSnippet({ ...iframe, framework: 'ama', view: 'gap', autoHeight: true });
    expect(snippet).toMatch(/^<iframe\n {2}id="medlead-ama-gap"\n/);
    expect(snippet).toContain("document.getElementById('medlead-ama-gap')");
    expect(snippet).toContain('event.source !== frame.contentWindow');
    expect(snippet).toContain("event.data.type !== 'medlead:height'");
    // Only the embed page's own origin, and never taller than a sane maximum.
    expect(snippet).toContain('event.origin !== new URL(frame.src, location.href).origin');
    expect(snippet).toContain(`Math.min(Math.ceil(height), ${MAX_FRAME_HEIGHT})`);
  });

  it('escapes whatever the address holds, so it stays one attribute', () => {
    const snippet = iframeSnippet({
      ...iframe,
      pageUrl: 'https://x.example/"><script>alert(1)</script>',
    });
    expect(snippet).not.toContain('<script>');
    expect(snippet).toContain(
      'src="https://x.example/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;?',
    );
  });

  it('throws for a framework core does not know (the generator offers only known ones)', () => {
    expect(() => iframeSnippet({ ...iframe, framework: 'nhs-lf' })).toThrow(
      /unknown framework "nhs-lf"/,
    );
  });
});

describe('scriptSnippet', () => {
  it('gives the script tag, then the element', () => {
    expect(
      scriptSnippet({ scriptUrl: script, framework: 'mlcf', view: 'explorer', theme: 'light' }),
    ).toBe(`<script src="${script}"></script>
<medlead-explorer framework="mlcf"></medlead-explorer>`);
    expect(
      scriptSnippet({
        scriptUrl: script,
        framework: 'hlm',
        view: 'self-assessment',
        theme: 'dark',
      }),
    ).toBe(`<script src="${script}"></script>
<medlead-self-assessment framework="hlm" theme="dark"></medlead-self-assessment>`);
  });

  it('gives the charts example scores, as JSON in single quotes, and the gap chart a level', () => {
    const wheel = scriptSnippet({
      scriptUrl: script,
      framework: 'ama',
      view: 'wheel',
      theme: 'light',
    });
    const scores = /scores='([^']+)'/.exec(wheel)?.[1] ?? '';
    expect(JSON.parse(scores)).toEqual(exampleScores(ama));
    const gap = scriptSnippet({
      scriptUrl: script,
      framework: 'ama',
      view: 'gap-chart',
      theme: 'light',
    });
    expect(gap).toContain(` level="${middleLevel(ama)}"></medlead-gap-chart>`);
    expect(
      scriptSnippet({
        scriptUrl: script,
        framework: 'ama',
        view: 'gap-chart',
        theme: 'light',
        level: 5,
      }),
    ).toContain(' level="5"></medlead-gap-chart>');
  });

  it('writes theme and audience only where they are not the element’s own default', () => {
    const choices = { scriptUrl: script, framework: 'hlm' } as const;
    expect(
      scriptSnippet({ ...choices, view: 'explorer', theme: 'auto', audience: 'learner' }),
    ).toContain('<medlead-explorer framework="hlm" theme="auto" audience="learner">');
    expect(
      scriptSnippet({ ...choices, view: 'explorer', theme: 'light', audience: 'curriculum' }),
    ).toContain('<medlead-explorer framework="hlm">');
    expect(
      scriptSnippet({ ...choices, view: 'wheel', theme: 'light', audience: 'curriculum' }),
    ).toContain('<medlead-wheel framework="hlm" audience="curriculum" scores=');
  });

  it('wires the form to a wheel with a small script that sends nothing anywhere', () => {
    const snippet = scriptSnippet({
      scriptUrl: script,
      framework: 'hlm',
      view: 'assess-and-wheel',
      theme: 'light',
    });
    expect(snippet).toContain(
      '<medlead-self-assessment framework="hlm"></medlead-self-assessment>',
    );
    expect(snippet).toContain('<medlead-wheel framework="hlm" hidden></medlead-wheel>');
    expect(snippet).toContain("addEventListener('medlead-submit'");
    expect(snippet).not.toMatch(/fetch|XMLHttpRequest|sendBeacon/);
  });
});

describe('exampleScores and middleLevel', () => {
  it('give every rated node a point of the default scale', () => {
    for (const framework of [hlm, mlcf, ama, getFramework('fmlm@2016')]) {
      const scores = exampleScores(framework);
      expect(Object.keys(scores)).toEqual(assessableNodes(framework).map((node) => node.id));
      expect(new Set(Object.values(scores)).size).toBeGreaterThan(1);
    }
    expect(middleLevel(hlm)).toBe(2);
    expect(middleLevel(ama)).toBe(3);
  });
});

describe('jsonAttribute', () => {
  it('keeps JSON readable in single quotes, escaping only what could end the attribute', () => {
    expect(jsonAttribute({ "it's": 'a&b' })).toBe(`'{"it&#39;s":"a&amp;b"}'`);
  });
});

describe('escapeAttribute', () => {
  it('escapes the five characters that could end or open markup', () => {
    expect(escapeAttribute(`a&b"c'd<e>f`)).toBe('a&amp;b&quot;c&#39;d&lt;e&gt;f');
  });
});

describe('your own framework (a JSON file)', () => {
  const file = 'https://school.example/course/riverside.json';
  const own = { src: file } as const;

  it('puts the file’s address in the embed page’s framework-src, escaped in the snippet', () => {
    expect(embedPageUrl({ pageUrl: page, framework: own, view: 'wheel', theme: 'light' })).toBe(
      `${page}?framework-src=${encodeURIComponent(file)}&view=wheel`,
    );
    expect(iframeSnippet({ ...iframe, framework: own, view: 'gap', level: 3 })).toBe(`<iframe
  src="${page}?framework-src=${encodeURIComponent(file)}&amp;view=gap&amp;level=3"
  title="Self-assessment and gap chart"
  style="width: 100%; height: 900px; border: 0"
  loading="lazy"
></iframe>`);
    const hostile = iframeSnippet({ ...iframe, framework: { src: '"><script>alert(1)</script>' } });
    expect(hostile).not.toContain('<script>');
    expect(hostile).not.toContain('"><');
  });

  it('gives its frame an id of its own, and titles without a framework name', () => {
    const snippet = iframeSnippet({ ...iframe, framework: own, autoHeight: true });
    expect(snippet).toMatch(/^<iframe\n {2}id="medlead-own-assess"\n/);
    expect(pageTitle(undefined, 'wheel')).toBe('Self-assessment and competency wheel');
    expect(suggestedHeight('(own)')).toBe(2000);
    expect(heightHelp(undefined, '(own)')).toMatch(/^Your framework’s form has not been measured;/);
  });

  it('points each element’s src at the file', () => {
    const choices = { scriptUrl: script, framework: own, theme: 'light' } as const;
    expect(
      scriptSnippet({ ...choices, view: 'self-assessment' }),
    ).toBe(`<script src="${script}"></script>
<medlead-self-assessment src="${file}"></medlead-self-assessment>`);
    const both = scriptSnippet({ ...choices, view: 'assess-and-wheel', theme: 'dark' });
    expect(both).toContain(`<medlead-self-assessment src="${file}" theme="dark">`);
    expect(both).toContain(`<medlead-wheel src="${file}" theme="dark" hidden>`);
    expect(scriptSnippet({ ...choices, view: 'explorer' })).toContain(
      `<medlead-explorer src="${file}"></medlead-explorer>`,
    );
    expect(
      scriptSnippet({ ...choices, framework: { src: `${file}?a=1&b="2"` }, view: 'explorer' }),
    ).toContain(`src="${file}?a=1&amp;b=&quot;2&quot;"`);
  });

  it('offers no chart of example scores, whose node ids only a shipped framework has', () => {
    expect(ownFrameworkViews.map((view) => view.value)).toEqual([
      'assess-and-wheel',
      'self-assessment',
      'explorer',
    ]);
    const choices = { scriptUrl: script, framework: own, theme: 'light' } as const;
    expect(() => scriptSnippet({ ...choices, view: 'wheel' })).toThrow(/example scores/);
    expect(() => scriptSnippet({ ...choices, view: 'gap-chart' })).toThrow(/example scores/);
  });
});
