// Issue 12, point 8: an element never goes blank. Whatever goes wrong while reading its inputs or
// drawing its component, it shows plain words in place (no stack trace, no markup); a `src` that
// never answers gives up; `mount` reads only the options' own properties.
// (The elements from source, on React, in jsdom; the one-file script on Preact is tested in
// Chromium in one-file.browser.test.ts.)
import { assessableNodes, hlm, MedleadValidationError, scoreAssessment } from '@medlead/core';
import { summarySentences } from '@medlead/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { place, shadow } from './dom.test-helper';
import { defineMedleadElements, type MedleadElement, mount } from './index';
import { UNEXPECTED_PROBLEM } from './messages';

/** What each @medlead/react component does when drawn: `crash` makes it throw. */
const crash = vi.hoisted(() => ({ error: undefined as unknown }));

vi.mock('@medlead/react', async (importOriginal) => {
  const original = await importOriginal<typeof import('@medlead/react')>();
  const crashing =
    <P extends object>(Component: (props: P) => unknown) =>
    (props: P) => {
      if (crash.error !== undefined) throw crash.error;
      return Component(props);
    };
  return {
    ...original,
    CompetencyWheel: crashing(original.CompetencyWheel),
    GapChart: crashing(original.GapChart),
    SelfAssessmentForm: crashing(original.SelfAssessmentForm),
    FrameworkExplorer: crashing(original.FrameworkExplorer),
  };
});

beforeAll(() => defineMedleadElements());
afterEach(() => {
  crash.error = undefined;
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** The problem message, once shown: its text, and the element's whole shadow text. */
async function problemOf(element: Element): Promise<{ text: string; box: Element }> {
  const box = await vi.waitFor(() => {
    const found = shadow(element).querySelector('.medlead-element-problem');
    if (found === null) throw new Error('no problem shown yet');
    return found;
  });
  return { text: box.textContent ?? '', box };
}

const everyElement = {
  'medlead-wheel': `<medlead-wheel framework="hlm" scores='{"hlm:leading-with-care":3}'></medlead-wheel>`,
  'medlead-gap-chart': `<medlead-gap-chart framework="hlm" level="3" scores='{"hlm:leading-with-care":1}'></medlead-gap-chart>`,
  'medlead-self-assessment': `<medlead-self-assessment framework="ama"></medlead-self-assessment>`,
  'medlead-explorer': `<medlead-explorer framework="mlcf"></medlead-explorer>`,
};
const labels = {
  'medlead-wheel': 'competency wheel',
  'medlead-gap-chart': 'gap chart',
  'medlead-self-assessment': 'self-assessment',
  'medlead-explorer': 'framework explorer',
};

describe('an error while drawing', () => {
  it.each(Object.entries(everyElement))(
    '%s: a component that throws is a plain message in place, as text, announced',
    async (tag, html) => {
      const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
      crash.error = new TypeError(
        'Cannot read properties of undefined (reading \'<img src=x onerror="window.__pwned=1">\')',
      );
      const onError = vi.fn();
      document.addEventListener('medlead-error', onError);
      const element = place(html);
      const { text, box } = await problemOf(element);
      document.removeEventListener('medlead-error', onError);
      expect(text).toBe(
        `The ${labels[tag as keyof typeof labels]} could not be shown:${UNEXPECTED_PROBLEM}`,
      );
      expect(box.getAttribute('role')).toBe('alert');
      // No developer's words, no stack, no markup made from the error.
      expect(text).not.toMatch(/TypeError|Cannot read|at \w+ \(|img/);
      expect(shadow(element).querySelector('img')).toBeNull();
      expect(onError).toHaveBeenCalled();
      expect((onError.mock.calls[0]?.[0] as CustomEvent | undefined)?.detail.messages).toEqual([
        UNEXPECTED_PROBLEM,
      ]);
      // The error itself goes to the console, for whoever runs the page.
      expect(logged.mock.calls.flat()).toContain(crash.error);
      // A change of input tries again.
      crash.error = undefined;
      element.setAttribute('caption', 'Again');
      await vi.waitFor(() =>
        expect(shadow(element).querySelector('.medlead-element-problem')).toBeNull(),
      );
    },
  );

  it('shows a component’s own "medlead: …" message (written for people) as text', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    crash.error = new Error('medlead: "<b>x</b>" is not a scale of hlm@2013');
    const wheel = place(everyElement['medlead-wheel']);
    const { text, box } = await problemOf(wheel);
    expect(text).toContain('"<b>x</b>" is not a scale of hlm@2013');
    expect(box.querySelector('b')).toBeNull();
  });

  it('shows a prop check of @medlead/react (the result summary given no report) in words', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      summarySentences(null as never);
    } catch (error) {
      crash.error = error;
    }
    expect(crash.error).toBeInstanceOf(MedleadValidationError);
    const { text } = await problemOf(place(everyElement['medlead-wheel']));
    expect(text).toBe(
      'The competency wheel could not be shown:report: must be a score report from scoreAssessment, not null',
    );
  });

  it('a value that throws when read (a hostile Proxy) is a message, not a blank', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new RangeError('Maximum call stack size exceeded');
        },
        get() {
          throw new RangeError('Maximum call stack size exceeded');
        },
      },
    );
    const wheel = place<MedleadElement & { scores: unknown; target: unknown }>(
      `<medlead-wheel framework="hlm"></medlead-wheel>`,
    );
    wheel.scores = hostile;
    const { text } = await problemOf(wheel);
    expect(text).toContain(UNEXPECTED_PROBLEM);
    expect(text).not.toContain('Maximum call stack');
  });

  it('HLM answers on agreement-5 against level 0 (off that scale) say so, in place', async () => {
    const report = scoreAssessment(hlm, {
      framework: hlm.key,
      scale: 'agreement-5',
      subject: 'me',
      rater: { id: 'me', role: 'self' },
      ratings: assessableNodes(hlm).map((node) => ({ nodeId: node.id, value: 4 })),
    });
    const chart = place<MedleadElement & { scores: unknown }>(
      `<medlead-gap-chart framework="hlm" level="0"></medlead-gap-chart>`,
    );
    chart.scores = report;
    const { text } = await problemOf(chart);
    expect(text).toContain('level: 0 is not a value from 1 to 5 on scale "agreement-5"');
  });
});

describe('src', () => {
  /** A fetch that takes the request and never answers (until aborted). */
  const neverAnswers = vi.fn(
    (_url: URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('The operation was aborted.', 'AbortError')),
        );
      }),
  );

  it('gives up on a server that never answers after src-timeout seconds, with a message', async () => {
    vi.stubGlobal('fetch', neverAnswers);
    const wheel = place(`<medlead-wheel src="/slow.json" src-timeout="0.2"></medlead-wheel>`);
    await vi.waitFor(() =>
      expect(shadow(wheel).textContent).toContain('Loading the competency wheel'),
    );
    const started = Date.now();
    const { text, box } = await problemOf(wheel);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(text).toContain(
      'src: "/slow.json" did not answer within 0.2 seconds; check the address, or try again later',
    );
    expect(box.getAttribute('role')).toBe('alert');
  });

  it('gives up on a file that starts and never ends', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: URL, init?: RequestInit) => {
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"framework":'));
            init?.signal?.addEventListener('abort', () =>
              controller.error(new DOMException('The operation was aborted.', 'AbortError')),
            );
          },
        });
        return new Response(body);
      }),
    );
    const wheel = place(`<medlead-wheel src="/half.json" src-timeout="0.2"></medlead-wheel>`);
    const { text } = await problemOf(wheel);
    expect(text).toContain('src: "/half.json" did not answer within 0.2 seconds');
  });

  it('waits 15 seconds by default, and takes the timeout as a property', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let wheel: MedleadElement;
    try {
      vi.stubGlobal('fetch', neverAnswers);
      wheel = place(`<medlead-wheel src="/slow.json"></medlead-wheel>`);
      await vi.waitFor(() => expect(neverAnswers).toHaveBeenCalled());
      const signal = neverAnswers.mock.lastCall?.[1]?.signal as AbortSignal;
      await vi.advanceTimersByTimeAsync(14_900);
      expect(signal.aborted).toBe(false);
      await vi.advanceTimersByTimeAsync(200);
      expect(signal.aborted).toBe(true);
    } finally {
      vi.useRealTimers();
    }
    expect((await problemOf(wheel)).text).toContain('did not answer within 15 seconds');
    const other = place<MedleadElement>(`<medlead-wheel></medlead-wheel>`);
    other.srcTimeout = 2;
    expect(other.getAttribute('src-timeout')).toBe('2');
  });

  it.each(['0', '-1', 'soon', '601', 'Infinity'])('refuses src-timeout="%s"', async (value) => {
    vi.stubGlobal('fetch', neverAnswers);
    const wheel = place(`<medlead-wheel src="/slow.json" src-timeout="${value}"></medlead-wheel>`);
    const { text } = await problemOf(wheel);
    expect(text).toContain(
      `src-timeout: must be a number of seconds above 0 and at most 600 (got "${value}")`,
    );
  });

  it.each([
    ['an array', '[1, 2]', 'must hold a JSON object with fields such as "framework"'],
    ['null', 'null', 'must hold a JSON object with fields such as "framework"'],
    [
      'a number as framework',
      '{"framework": 5}',
      'src field "framework": must be a framework id or key',
    ],
    [
      'text as scores',
      '{"framework": "hlm", "scores": "lots"}',
      'src field "scores": is not valid JSON',
    ],
    [
      'a field it does not take',
      '{"framework": "hlm", "srcTimeout": 1}',
      'has a field this element does not take: "srcTimeout"',
    ],
    ['an empty body', '', 'is not valid JSON'],
  ])('shows a src file holding %s as a message', async (_what, body, says) => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(body)),
    );
    const wheel = place(`<medlead-wheel src="/data.json"></medlead-wheel>`);
    expect((await problemOf(wheel)).text).toContain(says);
  });

  it('reads only the fields the file holds, whatever Object.prototype holds', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"scores":{"ama:professionalism":3}}')),
    );
    const proto = Object.prototype as Record<string, unknown>;
    proto.framework = 'ama';
    try {
      const wheel = place(`<medlead-wheel src="/data.json"></medlead-wheel>`);
      const { text } = await problemOf(wheel);
      expect(text).toContain('framework: is required');
    } finally {
      delete proto.framework;
    }
  });
});

describe('mount reads own options only', () => {
  it('ignores options inherited from a prototype', async () => {
    const host = place('<div></div>');
    const inherited = Object.create({ view: 'explorer', framework: 'nope', onError: () => {} });
    inherited.framework = 'hlm';
    const view = mount(host, inherited);
    expect(view.element.localName).toBe('medlead-wheel');
    await vi.waitFor(() => expect(shadow(view.element).querySelector('svg')).not.toBeNull());
    view.update(Object.create({ framework: 'nope' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shadow(view.element).querySelector('.medlead-element-problem')).toBeNull();
    expect(view.element.framework).toBe('hlm');
  });

  it('is not changed by a polluted Object.prototype', async () => {
    const proto = Object.prototype as Record<string, unknown>;
    const onError = vi.fn();
    Object.assign(proto, {
      view: 'explorer',
      scores: { 'hlm:leading-with-care': 0 },
      onError,
      'medlead-evil': class {},
    });
    let view: ReturnType<typeof mount> | undefined;
    try {
      view = mount(place('<div></div>'), { framework: 'hlm' });
      expect(view.element.localName).toBe('medlead-wheel');
      expect(() => mount(place('<div></div>'), { view: 'evil' as never })).toThrow(
        /view must be "wheel"/,
      );
    } finally {
      for (const key of ['view', 'scores', 'onError', 'medlead-evil']) delete proto[key];
    }
    const element = view.element;
    await vi.waitFor(() => expect(shadow(element).querySelector('svg')).not.toBeNull());
    element.setAttribute('framework', 'nope');
    await problemOf(element);
    expect(onError).not.toHaveBeenCalled();
  });

  it('refuses options that are not an object, and names like "toString" as options', () => {
    const host = place('<div></div>');
    expect(() => mount(host, null as never)).toThrow(/options must be an object/);
    expect(() => mount(host, 'wheel' as never)).toThrow(/options must be an object/);
    expect(() => mount(host, { view: 5 as never })).toThrow(/view must be .* \(got number\)/);
    expect(() => mount(host, { toString: () => 'x' } as never)).toThrow(
      /the wheel view does not take "toString"/,
    );
    const view = mount(host, { framework: 'hlm' });
    expect(() => view.update(null as never)).toThrow(/update must be an object/);
  });
});
