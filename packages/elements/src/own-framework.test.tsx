// A school's own framework (issue 14): an imported framework, written to a JSON file with
// `JSON.stringify`, drawn by every element from `src` (in a `framework` field or on its own) or
// set as a property; checked by core, its problems shown in words naming where they are.
import { type Assessment, hlm, parseAssessment, parseFramework } from '@medlead/core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { place, problemText, shadow, waitForShadow } from './dom.test-helper';
import { defineMedleadElements, type MedleadSelfAssessmentElement, mount } from './index';
import { ownFramework, ownNodeIds } from './own-framework.test-helper';

beforeAll(() => defineMedleadElements());
afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

/** Serves `body` (as JSON text) for every `src`, as a course site's file would be. */
function serve(body: unknown): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(text)),
  );
}

const scores = { 'riverside:a1': 2, 'riverside:a2': 3, 'riverside:b1': 1 };

describe('an imported framework from src', () => {
  it('draws the self-assessment form, one question per competency, and submits on it', async () => {
    serve({ framework: ownFramework() });
    const form = place(`<medlead-self-assessment src="/riverside.json"></medlead-self-assessment>`);
    const submitted: Assessment[] = [];
    form.addEventListener('medlead-submit', (event) =>
      submitted.push((event as CustomEvent<Assessment>).detail),
    );
    await waitForShadow(form, 'form');
    const groups = [...shadow(form).querySelectorAll('fieldset')].filter(
      (fieldset) => fieldset.querySelector('input[type="radio"]') !== null,
    );
    expect(groups).toHaveLength(6);
    expect(shadow(form).textContent).toContain('Running a safety huddle');
    expect(shadow(form).textContent).toContain('Can teach it');
    for (const group of groups)
      group.querySelector<HTMLInputElement>('input[type="radio"]')?.click();
    shadow(form).querySelector('form')?.requestSubmit();
    await vi.waitFor(() => expect(submitted).toHaveLength(1));
    const assessment = parseAssessment(submitted[0], {
      framework: parseFramework(ownFramework()),
    });
    expect(assessment.ratings.map((rating) => rating.nodeId)).toEqual(ownNodeIds);
  });

  it('draws the wheel and the gap chart of scores on it', async () => {
    serve({ framework: ownFramework(), scores });
    const wheel = place(`<medlead-wheel src="/riverside.json" show-table></medlead-wheel>`);
    await waitForShadow(wheel, 'svg.medlead-wheel-svg');
    expect(shadow(wheel).textContent).toContain('Delegating clearly');
    const gap = place(`<medlead-gap-chart src="/riverside.json" level="3"></medlead-gap-chart>`);
    await waitForShadow(gap, 'svg');
    expect(shadow(gap).textContent).toContain('Measuring a service 2 short');
  });

  it('takes a framework file on its own, as JSON.stringify(framework) writes it', async () => {
    serve(JSON.stringify(parseFramework(ownFramework())));
    const explorer = place(`<medlead-explorer src="/riverside.json"></medlead-explorer>`);
    await waitForShadow(explorer, 'input[type="search"]');
    expect(shadow(explorer).textContent).toContain('Improving care');
  });

  it('takes a copy of a shipped framework, and a renamed one', async () => {
    const copy = JSON.parse(JSON.stringify(hlm));
    serve({ framework: { ...copy, title: 'Our leadership model', shortTitle: 'Ours' } });
    const form = place(`<medlead-self-assessment src="/hlm.json"></medlead-self-assessment>`);
    await waitForShadow(form, 'form');
    expect(shadow(form).textContent).toContain('Ours self-assessment');
  });

  it('names the problems of a malformed framework: in the file’s field, or the file itself', async () => {
    const broken = ownFramework() as { children: { title: string }[] };
    const second = broken.children[1];
    if (second === undefined) throw new Error('two themes');
    second.title = '';
    serve({ framework: broken, scores });
    const wheel = place(`<medlead-wheel src="/riverside.json"></medlead-wheel>`);
    expect(await problemText(wheel)).toContain(
      'src field "framework": children[1].title: Too small: expected string to have >=1 characters',
    );
    serve(broken);
    const form = place(`<medlead-self-assessment src="/riverside.json"></medlead-self-assessment>`);
    expect(await problemText(form)).toContain('src: children[1].title: Too small');
  });

  it('shows hostile files as messages, and nothing leaks into Object.prototype', async () => {
    const withNode = (node: unknown) => {
      const framework = ownFramework() as { children: unknown[] };
      framework.children = [node];
      return framework;
    };
    // 700 levels deep, where zod would recurse.
    let deep: Record<string, unknown> = { id: 'riverside:leaf' };
    for (let level = 0; level < 700; level++) deep = { id: `riverside:${level}`, children: [deep] };
    const files: [name: string, body: string, says: RegExp][] = [
      ['700 levels deep', JSON.stringify(withNode(deep)), /nested more than 32 levels deep/],
      [
        'a huge list of nodes',
        JSON.stringify({ ...ownFramework(), children: new Array(30_000).fill({}) }),
        /src: is too large to check/,
      ],
      [
        'a huge list of titles',
        JSON.stringify(
          withNode({
            id: 'riverside:a',
            kind: 'theme',
            title: 'Leading the team around the patient',
            alternativeTitles: new Array(30_000).fill('x'),
          }),
        ),
        /src: is too large to check/,
      ],
      [
        'a __proto__ kind in terms',
        JSON.stringify(ownFramework()).replace('"terms":{', '"terms":{"__proto__":{"polluted":1},'),
        /src: terms.__proto__: is not a kind/,
      ],
    ];
    for (const [name, body, says] of files) {
      serve(body);
      const form = place(`<medlead-self-assessment src="/${name}.json"></medlead-self-assessment>`);
      expect(await problemText(form), name).toMatch(says);
    }
    // A __proto__ key anywhere else is a field the schema does not know: left out, never merged.
    serve(
      JSON.stringify({ framework: ownFramework() }).replace(
        '"id":',
        '"__proto__":{"polluted":1},"id":',
      ),
    );
    const form = place(`<medlead-self-assessment src="/proto.json"></medlead-self-assessment>`);
    await waitForShadow(form, 'form');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('an imported framework as a property', () => {
  it('draws a framework set from script, keeps the object, and a key set later wins again', async () => {
    const form = place<MedleadSelfAssessmentElement>(
      '<medlead-self-assessment framework="hlm"></medlead-self-assessment>',
    );
    const imported = parseFramework(ownFramework());
    form.framework = imported;
    expect(form.framework).toBe(imported);
    expect(form.hasAttribute('framework')).toBe(false);
    await vi.waitFor(() => expect(shadow(form).textContent).toContain('Running a safety huddle'));
    form.framework = 'ama';
    expect(form.getAttribute('framework')).toBe('ama');
    await vi.waitFor(() =>
      expect(shadow(form).textContent).not.toContain('Running a safety huddle'),
    );
  });

  it('names a malformed object as the framework property', async () => {
    const form = place<MedleadSelfAssessmentElement>(
      '<medlead-self-assessment></medlead-self-assessment>',
    );
    form.framework = { ...parseFramework(ownFramework()), key: 'riverside@2024' };
    expect(await problemText(form)).toContain(
      'framework: key: must be "riverside@2025" (id@edition), not "riverside@2024"',
    );
  });

  it('mounts an element on a framework given to mount', async () => {
    const target = document.createElement('div');
    document.body.append(target);
    const view = mount(target, {
      view: 'wheel',
      framework: parseFramework(ownFramework()),
      scores: { 'riverside:b2': 3 },
    });
    await waitForShadow(view.element, 'svg.medlead-wheel-svg');
    expect(shadow(view.element).textContent).toContain('Testing a change');
  });
});
