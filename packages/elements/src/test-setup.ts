// jsdom has no ResizeObserver; Radix's positioning asks for one. Browsers have it.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub;
