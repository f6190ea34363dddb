import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { DemoUsername } from '../../scripts/lib/servers';

export type { DemoUsername };

export interface PageOptions {
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
}

/** What a journey gets: a fresh browser context against a freshly seeded API and the built console. */
export interface JourneyContext {
  browser: Browser;
  /** This journey's own context; pages from `newPage` share its storage (login, locale, theme). */
  context: BrowserContext;
  /** The console, e.g. http://127.0.0.1:41234/ (react-admin routes follow as `#/products`). */
  baseUrl: string;
  /** The API root, e.g. http://127.0.0.1:41233/api. */
  apiUrl: string;
  newPage(options?: PageOptions): Promise<Page>;
  /** Signs in through the login form and waits until the console has left the login page. */
  login(page: Page, username: DemoUsername): Promise<void>;
  /** Saves a PNG to e2e/artifacts/<name>.png and returns its path. */
  screenshot(page: Page, name: string): Promise<string>;
  /** A bearer token straight from the API, for journeys that prepare or check data over HTTP. */
  apiToken(username: DemoUsername): Promise<string>;
  /** Names a stage of the journey, so a failure inside it reads "switch to German: …". */
  step<T>(label: string, work: () => Promise<T>): Promise<T>;
}

export interface Journey {
  name: string;
  run(context: JourneyContext): Promise<void>;
}
