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
