/**
 * Page helpers for journeys through the react-admin console. They rely on the
 * console's stable contract (menu links to `#/<resource>`, the list request to
 * `/api/<resource>`), not on labels, which change with the locale.
 */
import assert from 'node:assert/strict';
import type { Locator, Page, Response } from 'playwright-core';
import { totalFromContentRange } from '../../scripts/lib/api-client';
import type { DemoUsername, JourneyContext } from './types';

export interface LoadedList<T> {
  /** The page of records the API returned. */
  records: T[];
  /** The Content-Range total. */
  total: number | undefined;
}

/**
 * Whether `url` fetches a page of `resource`, as a list does. Counts the console
 * makes elsewhere (menu badges, dashboard figures) ask for one record: `range=[0,0]`.
 */
function isPageRequest(url: URL, resource: string): boolean {
  if (url.pathname !== `/api/${resource}`) return false;
  const range: unknown = JSON.parse(url.searchParams.get('range') ?? 'null');
  return !Array.isArray(range) || Number(range[1]) > Number(range[0]);
}

/**
 * Runs `trigger` and waits for the GET of `/api/<resource>` it causes; fails
 * on an error status or an empty page (every seeded collection has records).
 */
export async function expectListLoaded<T = Record<string, unknown>>(
  page: Page,
  resource: string,
  trigger: () => Promise<unknown>,
): Promise<LoadedList<T>> {
  const answer = page.waitForResponse(
    (candidate) =>
      candidate.request().method() === 'GET' && isPageRequest(new URL(candidate.url()), resource),
  );
  await trigger();
  const response = await answer;
  if (!response.ok()) throw new Error(`GET /api/${resource} answered ${response.status()}`);
  const records: unknown = await response.json();
  if (!Array.isArray(records)) throw new Error(`GET /api/${resource} did not return an array`);
  if (records.length === 0)
    throw new Error(`GET /api/${resource} returned no records; the seed should have some`);
  return {
    records: records as T[],
    total: totalFromContentRange(await response.headerValue('content-range')),
  };
}

export function menuEntry(page: Page, resource: string): Locator {
  return page.getByRole('menuitem').and(page.locator(`[href="#/${resource}"]`));
}

/** Table rows with a non-empty cell: records, not the header or loading skeletons. */
export function tableRows(page: Page): Locator {
  return page
    .getByRole('row')
    .filter({ has: page.getByRole('cell') })
    .filter({ hasText: /\w/ });
}

/** Opens a list through its sidebar entry; resolves once the API's records are rows on screen. */
export async function openListFromMenu<T = Record<string, unknown>>(
  page: Page,
  resource: string,
): Promise<LoadedList<T> & { rows: number }> {
  // Clicking the entry of the list already shown fetches nothing (e.g. the list react-admin opened
  // after login), so that case reloads instead.
  const alreadyThere = new URL(page.url()).hash.split('?')[0] === `#/${resource}`;
  const list = await expectListLoaded<T>(page, resource, () =>
    alreadyThere ? page.reload() : menuEntry(page, resource).click(),
  );
  await page.waitForURL((url) => url.hash.split('?')[0] === `#/${resource}`);
  // Rows render progressively: wait for as many as the API sent, then count (more would be wrong too).
  await tableRows(page)
    .nth(list.records.length - 1)
    .waitFor({ state: 'visible' });
  return { ...list, rows: await tableRows(page).count() };
}

/** Waits until the page background is clearly dark or clearly light (relative luminance). */
export async function waitForTheme(page: Page, mode: 'light' | 'dark'): Promise<void> {
  await page.waitForFunction((wanted) => {
    const match = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/.exec(
      getComputedStyle(document.body).backgroundColor,
    );
    // A transparent body (before the theme's baseline styles apply) tells nothing yet.
    if (!match || match[4] === '0') return false;
    const [r, g, b] = match.slice(1, 4).map((value) => {
      const c = Number(value) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    return wanted === 'dark' ? luminance < 0.2 : luminance > 0.5;
  }, mode);
}

/** How far the page overflows the viewport sideways (0 when it fits). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Runs `act` and waits for its API answer (method, path and optionally query), failing on another status. */
export async function expectAnswer(
  page: Page,
  method: string,
  path: RegExp,
  status: number,
  act: () => Promise<unknown>,
  query: (search: URLSearchParams) => boolean = () => true,
): Promise<Response> {
  const answer = page.waitForResponse((r) => {
    const url = new URL(r.url());
    return r.request().method() === method && path.test(url.pathname) && query(url.searchParams);
  });
  await act();
  const response = await answer;
  assert.equal(
    response.status(),
    status,
    `${method} ${path} answered ${response.status()}: ${await response.text()}`,
  );
  return response;
}

/** On an order's page: marks a shipment packed, then shipped, each step answered 200 by the API. */
export async function packAndShip(page: Page, shipmentId: number): Promise<void> {
  const card = page.getByRole('article', { name: `Shipment ${shipmentId}` });
  for (const step of ['Mark packed', 'Mark shipped']) {
    await expectAnswer(page, 'POST', new RegExp(`/shipments/${shipmentId}/transitions$`), 200, () =>
      card.getByRole('button', { name: step }).click(),
    );
  }
  await card.getByText('Shipped', { exact: true }).waitFor();
}

/** Signs in as `username`, signing whoever is signed in out first. */
export async function signInAs(
  ctx: JourneyContext,
  page: Page,
  username: DemoUsername,
  signedIn: boolean,
): Promise<void> {
  if (signedIn) {
    // The app bar hides while scrolled down; the dashboard opens at the top.
    await page.goto(`${ctx.baseUrl}#/`);
    await page.getByRole('button', { name: 'Profile' }).click();
    await page.getByRole('menuitem', { name: 'Logout' }).click();
  }
  await ctx.login(page, username);
}

/**
 * The headings of cards whose table is wider than the card: a card clips what
 * is too wide for it, which leaves the page's own width (horizontalOverflow) unchanged.
 */
export function clippedTables(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.MuiCard-root')]
      .filter((card) =>
        [...card.querySelectorAll('table')].some(
          (table) => table.getBoundingClientRect().right > card.getBoundingClientRect().right + 1,
        ),
      )
      .map((card) => card.querySelector('h3')?.textContent ?? '?'),
  );
}
