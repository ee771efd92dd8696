import { vi } from 'vitest';
import type { MedleadElement } from './index';

/**
 * Puts a test's own fixed markup into the page and gives its first element (jsdom has no other
 * way to make custom elements from markup; no value from outside a test reaches it).
 */
export function place<T extends Element = MedleadElement>(html: string): T {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  document.body.append(holder);
  const element = holder.firstElementChild;
  if (element === null) throw new Error('nothing placed');
  return element as T;
}

export function shadow(element: Element): ShadowRoot {
  if (element.shadowRoot === null) throw new Error('no shadow root');
  return element.shadowRoot;
}

/** Waits for the element's shadow root to hold `selector`, and gives what it found. */
export const waitForShadow = (element: Element, selector: string) =>
  vi.waitFor(() => {
    const found = shadow(element).querySelector(selector);
    if (found === null) throw new Error(`no ${selector} yet`);
    return found;
  });

/** The text of the problem the element shows, once shown. */
export const problemText = async (element: Element) =>
  (await waitForShadow(element, '.medlead-element-problem')).textContent ?? '';
