// Test setup: jest-dom matchers; in jsdom, the browser APIs Recharts expects and cleanup between tests.
import '@testing-library/jest-dom/vitest';
import { setLocale } from '../src/i18n';
import { en } from '../src/i18n/en';

setLocale('en', en);

if (typeof window !== 'undefined') {
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => cleanup());
  // jsdom does no layout: Recharts' responsive charts need a ResizeObserver to exist.
  // jsdom has no scrolling.
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
