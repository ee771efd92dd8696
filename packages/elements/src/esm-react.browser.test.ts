// The ESM build's code (src/index.ts, the elements on React 19 rather than Preact) in real
// Chromium: the tooltip in the shadow root, the form by keyboard, axe.
import type { Assessment } from '@medlead/core';
import axe from 'axe-core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { defineMedleadElements } from './index';

beforeAll(() => defineMedleadElements());
afterEach(() => document.body.replaceChildren());

function place(html: string): Element {
  const main = document.createElement('main');
  main.innerHTML = `<h1>Course</h1><button>before</button>${html}`;
  document.body.append(main);
  const element = main.lastElementChild;
  if (element === null) throw new Error('nothing placed');
  return element;
}

const inShadow = (element: Element, selector: string) =>
  vi.waitFor(
    () => {
      const found = element.shadowRoot?.querySelector(selector);
      if (found === null || found === undefined) throw new Error(`no ${selector} yet`);
      return found;
    },
    { timeout: 5000, interval: 20 },
  );

describe('the elements on React (the ESM build’s code)', () => {
  it('opens the wheel’s tooltip inside the shadow root and sends medlead-select', async () => {
    const wheel = place(
      `<medlead-wheel framework="hlm" scores='{"hlm:leading-with-care":3}'></medlead-wheel>`,
    );
    await inShadow(wheel, 'svg');
    const selected: string[] = [];
    wheel.addEventListener('medlead-select', (event) =>
      selected.push((event as CustomEvent<{ nodeId: string }>).detail.nodeId),
    );
    document.querySelector('button')?.focus();
    await userEvent.keyboard('{Tab}');
    const tooltip = await inShadow(wheel, '.medlead-element-tooltips .medlead-tooltip');
    expect(tooltip.textContent).toContain('Inspiring shared purpose');
    expect(document.body.querySelector(':scope > [data-radix-popper-content-wrapper]')).toBeNull();
    await userEvent.keyboard('{End}{Enter}');
    expect(selected).toEqual(['hlm:influencing-for-results']);
  });

  it('lets a learner complete the form by keyboard, and sends medlead-submit', async () => {
    const form = place(
      `<medlead-self-assessment framework="ama" subject="learner-2" theme="dark"></medlead-self-assessment>`,
    );
    await inShadow(form, 'input[type="radio"]');
    const submitted: Assessment[] = [];
    form.addEventListener('medlead-submit', (event) =>
      submitted.push((event as CustomEvent<Assessment>).detail),
    );
    document.querySelector('button')?.focus();
    const root = form.shadowRoot as ShadowRoot;
    for (let step = 0; step < 40 && submitted.length === 0; step++) {
      await userEvent.keyboard('{Tab}');
      const focused = root.activeElement;
      if (focused instanceof HTMLInputElement && focused.type === 'radio') {
        await userEvent.keyboard(' ');
      } else if (focused instanceof HTMLButtonElement && focused.type === 'submit') {
        await userEvent.keyboard('{Enter}');
      }
    }
    await vi.waitFor(() => expect(submitted).toHaveLength(1));
    expect(submitted[0]?.ratings).toHaveLength(6);
    const result = await axe.run(document, { resultTypes: ['violations'] });
    expect(result.violations.map((violation) => violation.id)).toEqual([]);
  });
});
