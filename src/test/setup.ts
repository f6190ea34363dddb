/**
 * Setup for the component ("ui") test projects: jest-dom matchers, the shared msw
 * server (an unhandled request fails the test), a clean localStorage per test, and what MUI needs from a
 * browser that the test DOM (happy-dom) may not implement.
 *
 * The "ui" project does not isolate files (see vitest.config.ts): one DOM serves every file a
 * worker runs, so whatever a test changes in the window is put back after it, here.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { setCurrentLocale } from '../i18n/currentLocale';
import { server } from './server';
import { dropTestStyles } from './styleCache';

function polyfillBrowserApis(): void {
  if (!window.matchMedia) {
    // Reports "no match" for every query, i.e. a wide desktop screen for MUI's breakpoints.
    window.matchMedia = (query: string): MediaQueryList => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    });
  }
  if (typeof globalThis.ResizeObserver === 'undefined') {
    globalThis.ResizeObserver = class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    };
  }
  window.scrollTo = () => undefined;
  Element.prototype.scrollTo = () => undefined;
  Element.prototype.scrollIntoView = () => undefined;
}

polyfillBrowserApis();

// msw's 'error' strategy only makes the request fail, which react-admin may swallow; the
// list below makes the test itself fail, so a request nobody expected never goes unnoticed.
const unhandledRequests: string[] = [];

beforeAll(() =>
  server.listen({
    onUnhandledRequest(request, print) {
      unhandledRequests.push(`${request.method} ${request.url}`);
      print.error();
    },
  }),
);
afterEach(() => {
  cleanup();
  server.resetHandlers();
  localStorage.clear();
  sessionStorage.clear();
  // Tests that render the whole app route by the URL's hash.
  window.history.replaceState(null, '', '/');
  // A test rendered in German leaves the console's current language at German for the module,
  // and the next file in this worker that renders the whole App would start in it.
  setCurrentLocale('en', { persist: false });
  const unexpected = unhandledRequests.splice(0);
  if (unexpected.length > 0) throw new Error(`Requests without an msw handler: ${unexpected.join(', ')}`);
});
afterAll(() => {
  server.close();
  dropTestStyles();
});
