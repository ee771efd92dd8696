import { configure } from '@testing-library/react';

// findBy… and waitFor wait for a condition and stop as soon as it holds; Testing Library's default
// limit of 1 s is too short on a busy two-core machine. A limit only turns a hang into a failure.
configure({ asyncUtilTimeout: 10_000 });

// jsdom has no ResizeObserver; Radix's positioning asks for one. Browsers have it.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub;

// user-event walks a radio group with the arrow keys through `CSS.escape`, which jsdom lacks.
if (typeof window !== 'undefined' && typeof window.CSS?.escape !== 'function') {
  Object.defineProperty(window, 'CSS', {
    value: { escape: (text: string) => text.replace(/[^\w-]/g, (char) => `\\${char}`) },
  });
}

// jsdom has no canvas, and says "Not implemented: HTMLCanvasElement's getContext()" each time axe
// asks for one (axe does without). Only that message is dropped: every other jsdom error (a
// script error, a failed load, another missing feature) still prints. jsdom's messages go to its
// virtual console, not through Vitest's, so `onConsoleLog` cannot see them.
type Listener = (error: Error & { type?: string }) => void;
type VirtualConsole = {
  listeners(event: 'jsdomError'): Listener[];
  removeAllListeners(event: 'jsdomError'): void;
  on(event: 'jsdomError', listener: Listener): void;
};
const { jsdom } = globalThis as { jsdom?: { virtualConsole: VirtualConsole } };
const virtualConsole = jsdom?.virtualConsole;
if (virtualConsole !== undefined) {
  const forward = virtualConsole.listeners('jsdomError');
  virtualConsole.removeAllListeners('jsdomError');
  virtualConsole.on('jsdomError', (error) => {
    const noCanvas = "Not implemented: HTMLCanvasElement's getContext() method";
    if (error.type === 'not-implemented' && error.message.startsWith(noCanvas)) return;
    for (const listener of forward) listener(error);
  });
}
