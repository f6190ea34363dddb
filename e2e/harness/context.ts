/**
 * Builds the JourneyContext for one journey and keeps an eye on its pages:
 * uncaught page errors and 5xx answers from the API fail the journey even when
 * its own checks pass; on failure every open page is screenshotted.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../mock-api/auth/passwords';
import { loginToApi } from '../../scripts/lib/api-client';
import { describeError } from '../../scripts/lib/terminal';
import type { DemoUsername, JourneyContext, PageOptions } from './types';

// Generous: on a busy 2-core machine parsing the bundle alone can take several seconds.
const ACTION_TIMEOUT_MS = 30_000;
const NAVIGATION_TIMEOUT_MS = 60_000;
/** The first paint of the login page includes loading and running the whole entry bundle. */
const FIRST_PAINT_TIMEOUT_MS = 60_000;
const DEFAULT_VIEWPORT = { width: 1280, height: 800 };
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export interface JourneySession {
  context: JourneyContext;
  /** Problems the pages reported on their own (uncaught errors, 5xx from /api). */
  problems(): string[];
  /** Worth knowing but not failing for, such as blocked requests to other hosts. */
  warnings(): string[];
  /** Screenshots every open page as <journey>-failure-<n>.png; returns the paths. */
  captureFailure(): Promise<string[]>;
  close(): Promise<void>;
}

export async function openJourneySession(options: {
  journeyName: string;
  browser: Browser;
  baseUrl: string;
  apiUrl: string;
  artifactsDir: string;
}): Promise<JourneySession> {
  const { journeyName, browser, baseUrl, apiUrl, artifactsDir } = options;
  mkdirSync(artifactsDir, { recursive: true });
  const browserContext = await browser.newContext({ viewport: DEFAULT_VIEWPORT, locale: 'en-GB' });
  browserContext.setDefaultTimeout(ACTION_TIMEOUT_MS);
  browserContext.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);

  const problems: string[] = [];
  const warnings = new Set<string>();
  const consoleLines: string[] = [];
  // Journeys stay on loopback: anything else is blocked and reported (the console should not phone home).
  await browserContext.route(
    (url) => !LOOPBACK_HOSTS.has(url.hostname) && url.protocol !== 'data:' && url.protocol !== 'blob:',
    (route) => {
      warnings.add(`blocked a request off this machine: ${route.request().url().split('?')[0]}`);
      return route.abort('blockedbyclient');
    },
  );
  browserContext.on('page', (page) => {
    page.on('pageerror', (error) => problems.push(`uncaught error in page: ${error.message}`));
    page.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`));
    page.on('requestfailed', (request) =>
      consoleLines.push(`[request failed] ${request.url()}: ${request.failure()?.errorText ?? ''}`),
    );
    page.on('response', (response) => {
      const answer = `${response.request().method()} ${response.url()} answered ${response.status()}`;
      if (response.status() >= 400) consoleLines.push(`[response] ${answer}`);
      if (response.status() >= 500 && new URL(response.url()).pathname.startsWith('/api/'))
        problems.push(answer);
    });
  });

  const screenshot = async (page: Page, name: string) => {
    const path = join(artifactsDir, `${name}.png`);
    await page.screenshot({ path });
    return path;
  };

  const context: JourneyContext = {
    browser,
    context: browserContext,
    baseUrl,
    apiUrl,
    async newPage({ width, height, colorScheme }: PageOptions = {}) {
      const page = await browserContext.newPage();
      await page.setViewportSize({
        width: width ?? DEFAULT_VIEWPORT.width,
        height: height ?? DEFAULT_VIEWPORT.height,
      });
      if (colorScheme) await page.emulateMedia({ colorScheme });
      return page;
    },
    login: (page, username) => loginThroughForm(page, baseUrl, username),
    screenshot,
    apiToken: (username) => loginToApi(apiUrl, username),
    async step(label, work) {
      try {
        return await work();
      } catch (error) {
        const message = describeError(error);
        throw new Error(`${label}: ${message}`, { cause: error });
      }
    },
  };

  return {
    context,
    problems: () => [...problems],
    warnings: () => [...warnings],
    async captureFailure() {
      const pages = browserContext.pages().filter((page) => !page.isClosed());
      return Promise.all(pages.map((page, index) => screenshot(page, `${journeyName}-failure-${index + 1}`)));
    },
    async close() {
      if (consoleLines.length > 0) {
        writeFileSync(join(artifactsDir, `${journeyName}-console.log`), `${consoleLines.join('\n')}\n`);
      }
      await browserContext.close();
    },
  };
}

async function loginThroughForm(page: Page, baseUrl: string, username: DemoUsername): Promise<void> {
  await page.goto(baseUrl);
  // The inputs' names are part of the login page's contract; their labels change with the locale.
  const usernameInput = page.locator('input[name="username"]');
  await usernameInput.waitFor({ timeout: FIRST_PAINT_TIMEOUT_MS });
  await usernameInput.fill(username);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  const answer = page.waitForResponse(
    (response) =>
      new URL(response.url()).pathname === '/api/auth/login' && response.request().method() === 'POST',
  );
  await page.locator('form button[type="submit"]').click();
  const response = await answer;
  if (response.status() !== 200) throw new Error(`login as ${username} answered ${response.status()}`);
  await page.waitForURL((url) => !url.hash.startsWith('#/login'));
}
