import '@testing-library/jest-dom/vitest';

// jsdom lacks what Mantine needs; stub it only where a DOM exists (node-environment tests skip this).
if (typeof window !== 'undefined') {
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia;
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  window.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
  globalThis.ResizeObserver ??= window.ResizeObserver;
  Element.prototype.scrollIntoView ??= () => {};
  Element.prototype.scrollTo ??= () => {};
  // jsdom's own says "not implemented" on the console at every navigation (scroll restoration).
  window.scrollTo = () => {};
  window.HTMLElement.prototype.hasPointerCapture ??= () => false;
}
