/**
 * What a person waits for when opening the console: cold page loads of the
 * production build in Chromium, each in a fresh browser context (empty cache
 * and storage), timed in the page from navigation start until the screen's
 * first useful content is on screen. Also counts the JavaScript files (and
 * their gzipped bytes) requested before that moment, and how often the URL
 * changed on the way.
 */
import type { Browser, Page } from 'playwright-core';
import type { Session } from '../../src/providers/session';
import { SESSION_KEY } from '../../src/providers/session';

/** What marks a screen as shown; the checks run in the page on every animation frame. */
export type Milestone = 'loginForm' | 'ordersRow' | 'dashboardChart';

export interface PageLoadCase {
  name: string;
  label: string;
  /** The URL hash opened, e.g. `#/orders`; '' opens the root URL. */
  hash: string;
  signedIn: boolean;
  milestone: Milestone;
}

export const PAGE_LOAD_CASES = [
  {
    name: 'login',
    label: 'login page opened directly (#/login)',
    hash: '#/login',
    signedIn: false,
    milestone: 'loginForm',
  },
  {
    name: 'root',
    label: 'root URL signed out → login form',
    hash: '',
    signedIn: false,
    milestone: 'loginForm',
  },
  {
    name: 'orders',
    label: 'orders list, first row (signed in)',
    hash: '#/orders',
    signedIn: true,
    milestone: 'ordersRow',
  },
  {
    name: 'dashboard',
    label: 'dashboard, sales chart (signed in)',
    hash: '#/',
    signedIn: true,
    milestone: 'dashboardChart',
  },
] as const satisfies readonly PageLoadCase[];

export type PageLoadCaseName = (typeof PAGE_LOAD_CASES)[number]['name'];

export interface PageLoadSample {
  /** Milliseconds from navigation start until the milestone was on screen. */
  visibleMs: number;
  /** JavaScript files the page requested before then. */
  scripts: number;
  /** Their bodies as sent (gzip), in bytes. */
  scriptBytes: number;
  /** Navigations: history entries pushed or replaced with a URL (even the same one), hash changes. */
  navigations: number;
}

interface BenchState {
  navigations: number;
  visibleAt: number | null;
}

/**
 * Runs in the page before its own scripts: counts URL changes and stamps the
 * milestone's first frame. Plain JavaScript text, because a function would be
 * serialised with the helpers tsx compiles into it, which the page lacks.
 */
export function instrumentation(milestone: Milestone): string {
  return `(() => {
  const state = { navigations: 0, visibleAt: null };
  window.__kontorBench = state;
  for (const method of ['pushState', 'replaceState']) {
    const original = history[method];
    // A call with a URL is a navigation, even to the URL already shown (a redirect loop does that).
    history[method] = function (...args) {
      if (args[2] != null) state.navigations += 1;
      return original.apply(this, args);
    };
  }
  addEventListener('hashchange', () => { state.navigations += 1; });
  const shown = (element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const any = (selector, test) =>
    Array.from(document.querySelectorAll(selector)).some((element) => (!test || test(element)) && shown(element));
  const reached = {
    loginForm: () => any('input[name="username"]'),
    // A record's row has text; the loading skeleton's rows have none.
    ordersRow: () => any('tbody tr', (row) => /\\w/.test(row.textContent || '')),
    dashboardChart: () => any('.recharts-bar-rectangle'),
  }[${JSON.stringify(milestone)}];
  const poll = () => {
    if (reached()) state.visibleAt = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;
}

async function readSample(page: Page): Promise<PageLoadSample> {
  return page.evaluate(() => {
    const state = (window as unknown as { __kontorBench: BenchState }).__kontorBench;
    const visibleAt = state.visibleAt ?? Infinity;
    const scripts = performance
      .getEntriesByType('resource')
      .filter(
        (entry): entry is PerformanceResourceTiming =>
          new URL(entry.name).pathname.endsWith('.js') && entry.startTime <= visibleAt,
      );
    return {
      visibleMs: visibleAt,
      scripts: scripts.length,
      scriptBytes: scripts.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
      navigations: state.navigations,
    };
  });
}

const MILESTONE_TIMEOUT_MS = 90_000;

/** One cold load of `pageCase` in a fresh context; a signed-in case starts with `session` stored. */
export async function measureOnce(
  browser: Browser,
  baseUrl: string,
  pageCase: PageLoadCase,
  session: Session,
): Promise<PageLoadSample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  try {
    if (pageCase.signedIn) {
      await context.addInitScript(
        ([key, value]) => {
          if (!sessionStorage.getItem('kontor.bench.seeded')) {
            localStorage.setItem(key, value);
            sessionStorage.setItem('kontor.bench.seeded', '1');
          }
        },
        [SESSION_KEY, JSON.stringify(session)] as const,
      );
    }
    await context.addInitScript({ content: instrumentation(pageCase.milestone) });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/${pageCase.hash}`, { waitUntil: 'commit' });
    await page
      .waitForFunction(
        () => (window as unknown as { __kontorBench?: BenchState }).__kontorBench?.visibleAt != null,
        undefined,
        { timeout: MILESTONE_TIMEOUT_MS, polling: 50 },
      )
      .catch((error: unknown) => {
        throw new Error(`${pageCase.label}: not shown at ${page.url()}`, { cause: error });
      });
    return await readSample(page);
  } finally {
    await context.close();
  }
}

/**
 * `rounds` rounds of every case, the order rotating each round so no case
 * always runs first (or right after another), after one warm-up round that is
 * not counted (the servers' first answers and the disk cache).
 */
export async function measurePageLoads(options: {
  browser: Browser;
  baseUrl: string;
  session: Session;
  rounds: number;
  onSample?: (name: PageLoadCaseName, sample: PageLoadSample) => void;
}): Promise<Record<PageLoadCaseName, PageLoadSample[]>> {
  const { browser, baseUrl, session, rounds, onSample } = options;
  const samples = Object.fromEntries(PAGE_LOAD_CASES.map(({ name }) => [name, []])) as unknown as Record<
    PageLoadCaseName,
    PageLoadSample[]
  >;
  for (const pageCase of PAGE_LOAD_CASES) await measureOnce(browser, baseUrl, pageCase, session);
  for (let round = 0; round < rounds; round += 1) {
    const order = PAGE_LOAD_CASES.map(
      (_, index) => PAGE_LOAD_CASES[(index + round) % PAGE_LOAD_CASES.length]!,
    );
    for (const pageCase of order) {
      const sample = await measureOnce(browser, baseUrl, pageCase, session);
      samples[pageCase.name].push(sample);
      onSample?.(pageCase.name, sample);
    }
  }
  return samples;
}
