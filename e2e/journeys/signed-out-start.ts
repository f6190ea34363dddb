/**
 * Opening the console signed out: the root URL shows the login form after one
 * redirect and no later than the login page opened directly (react-admin's
 * requireAuth used to redirect about 1,500 times over 14 s first); a stale
 * session lands on the login page with its "session has ended" notice; and
 * after signing in from a deep link the console opens there, on its data.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../mock-api/auth/passwords';
import { instrumentation } from '../../scripts/bench/page-load';
import { expectListLoaded, tableRows } from '../harness/console';
import type { JourneyContext } from '../harness/types';

export const name = 'signed-out-start';

/** "A handful": one redirect to #/login, and room for a router's own replace. */
const MAX_NAVIGATIONS = 3;
/** Both loads do the same work; this much is run-to-run noise on a busy machine, a loop is seconds. */
const NOISE = { ratio: 1.25, ms: 250 };
const PAIRS = 3;
const SESSION_ENDED = 'Your session has ended, please reconnect.';

interface Opening {
  ms: number;
  navigations: number;
}

/** Opens `hash` in a fresh page of the journey's (signed-out) context; times it until the login form shows. */
async function openLogin(ctx: JourneyContext, hash: string): Promise<Opening> {
  const page = await ctx.newPage();
  try {
    await page.addInitScript({ content: instrumentation('loginForm') });
    await page.goto(`${ctx.baseUrl}${hash}`);
    await page.locator('input[name="username"]').waitFor();
    const state = await page.waitForFunction(() => {
      const bench = (
        window as unknown as { __kontorBench?: { visibleAt: number | null; navigations: number } }
      ).__kontorBench;
      return bench?.visibleAt != null ? { ms: bench.visibleAt, navigations: bench.navigations } : null;
    });
    assert.match(new URL(page.url()).hash, /^#\/login/, `${hash || 'the root URL'} ends on the login page`);
    return (await state.jsonValue()) as Opening;
  } finally {
    await page.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function signIn(page: Page, username: string): Promise<void> {
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('form button[type="submit"]').click();
}

export async function run(ctx: JourneyContext): Promise<void> {
  await ctx.step('root URL and #/login, signed out, side by side', async () => {
    // The first load fills the browser cache for both; it is not counted.
    await openLogin(ctx, '#/login');
    const direct: Opening[] = [];
    const root: Opening[] = [];
    for (let pair = 0; pair < PAIRS; pair += 1) {
      direct.push(await openLogin(ctx, '#/login'));
      root.push(await openLogin(ctx, ''));
    }
    const worst = Math.max(...root.map((opening) => opening.navigations));
    assert.ok(worst <= MAX_NAVIGATIONS, `the root URL navigated ${worst} times before the login form showed`);
    const [rootMs, directMs] = [median(root.map((o) => o.ms)), median(direct.map((o) => o.ms))];
    assert.ok(
      rootMs <= directMs * NOISE.ratio + NOISE.ms,
      `the root URL took ${Math.round(rootMs)} ms to show the login form, #/login ${Math.round(directMs)} ms`,
    );
  });

  await ctx.step('a stale session lands on the login page with the session-ended notice', async () => {
    // A session the browser still holds but the server no longer knows (signed out elsewhere, or revoked).
    const token = await ctx.apiToken('manager');
    const revoked = await fetch(`${ctx.apiUrl}/auth/logout`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
    });
    assert.ok(revoked.ok, `revoking the token answered ${revoked.status}`);
    const user = { id: 2, username: 'manager', fullName: 'Max Manager', role: 'manager', warehouseIds: [] };
    const page = await ctx.newPage();
    // Stored before the console's first load, as a browser reopened the next day would have it.
    await page.addInitScript(
      ([session]) => {
        if (sessionStorage.getItem('journey.seeded')) return;
        localStorage.setItem('kontor.session', session);
        sessionStorage.setItem('journey.seeded', '1');
      },
      [JSON.stringify({ token, user })] as const,
    );
    await page.addInitScript({ content: instrumentation('loginForm') });
    await page.goto(`${ctx.baseUrl}#/orders`);
    await page.getByText(SESSION_ENDED).waitFor();
    await page.locator('input[name="username"]').waitFor();
    const navigations = await page.evaluate(
      () => (window as unknown as { __kontorBench: { navigations: number } }).__kontorBench.navigations,
    );
    assert.ok(navigations <= MAX_NAVIGATIONS + 1, `a stale session navigated ${navigations} times`);
    await ctx.screenshot(page, 'signed-out-start-session-ended');
    await page.close();
  });

  await ctx.step('signing in from a deep link opens the console there', async () => {
    const page = await ctx.newPage();
    await page.goto(`${ctx.baseUrl}#/orders`);
    await page.waitForURL((url) => url.hash.startsWith('#/login'));
    const orders = await expectListLoaded(page, 'orders', () => signIn(page, 'warehouse'));
    await page.waitForURL((url) => url.hash.split('?')[0] === '#/orders');
    await tableRows(page)
      .nth(orders.records.length - 1)
      .waitFor();
    await page.close();
  });
}
