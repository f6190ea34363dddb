/**
 * Access control as people meet it: each demo user sees exactly the menu their
 * role allows, every entry opens without a refusal, a forbidden address shows
 * the access-denied page, and signing out returns to the login page. Then the
 * sign-in refusals (one message for any wrong credential, a lockout after
 * repeated failures) and an administrator deactivating a fresh user, whose
 * open session is sent back to the login page on its next click.
 */
import assert from 'node:assert/strict';
import type { Page, Response } from 'playwright-core';
import { DEMO_PASSWORD } from '../../mock-api/auth/passwords';
import { formatMessage } from '../../src/domain/messages';
import { can, ROLES, type Role } from '../../src/domain/permissions';
import { menuEntry, tableRows, waitForTheme } from '../harness/console';
import type { JourneyContext } from '../harness/types';

export const name = 'access';

/**
 * The issue's table, written out rather than derived, so a wrong permission
 * matrix cannot pass by agreeing with itself.
 */
const WAREHOUSE_MENU = [
  ...['products', 'categories', 'warehouses', 'stock-levels', 'stock-movements', 'stock-transfers'],
  // Returns got their own list with the settings and customer-care work; warehouse staff record them.
  ...['orders', 'shipments', 'returns', 'customers'],
];
const MENU_FROM_THE_ISSUE: Partial<Record<Role, readonly string[]>> = {
  warehouse: WAREHOUSE_MENU,
  merchandiser: [...WAREHOUSE_MENU, 'promotions'],
};

/** One forbidden address per role (an administrator may open every screen). */
const FORBIDDEN: Record<Role, string | null> = {
  admin: null,
  manager: 'users',
  merchandiser: 'audit-log',
  warehouse: 'promotions',
};

const pathOf = (response: Response) => new URL(response.url()).pathname;
const isApi = (response: Response) => pathOf(response).startsWith('/api/');
const SESSION_ENDED = 'Your session has ended, please reconnect.';

/**
 * Any name and password, unlike ctx.login, and without reloading when the login
 * form is already shown (a full load of the console is the slowest step here).
 * Resolves with the API's status once the page has reacted.
 */
async function signInThroughForm(page: Page, baseUrl: string, username: string, password: string) {
  if (!(await page.locator('input[name="username"]').isVisible())) await page.goto(baseUrl);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  const [answer] = await Promise.all([
    page.waitForResponse((response) => pathOf(response) === '/api/auth/login'),
    page.locator('form button[type="submit"]').click(),
  ]);
  const status = answer.status();
  if (status === 200) await page.waitForURL((url) => !url.hash.startsWith('#/login'));
  else await page.getByRole('alert').waitFor();
  return status;
}

interface MenuResource {
  name: string;
  menuAction?: 'list' | 'edit';
  /** One record whose form is also the list route (Settings → Shop). */
  singleRecord: boolean;
}

async function consoleResources(): Promise<MenuResource[]> {
  // Loaded here, not at the top: the screens' icons make it slow, and only this journey needs it.
  const { resources } = await import('../../src/resources/index');
  return resources.map(({ name, menuAction, list, edit }) => ({
    name,
    menuAction,
    singleRecord: list !== undefined && list === edit,
  }));
}

async function shownMenu(page: Page, expected: readonly string[]): Promise<string[]> {
  // Every entry comes from one access check, so once the last expected one is there, all are.
  await menuEntry(page, expected.at(-1) ?? 'products').waitFor();
  const hrefs = await page
    .getByRole('menuitem')
    .evaluateAll((items) => items.map((item) => item.getAttribute('href')));
  return hrefs.filter((href): href is string => !!href && href !== '#/').map((href) => href.slice(2));
}

/** Opens an entry and waits for its list request; fails on any refusal. */
async function openEntry(page: Page, { name: resource, singleRecord }: MenuResource): Promise<void> {
  const entry = menuEntry(page, resource);
  if (singleRecord) {
    // Settings → Shop: the console already holds the record (every screen formats with it), so no request
    // needs to go out; the screen's heading shows it opened, and the response watch catches any refusal.
    await entry.click();
    await page.waitForURL((url) => url.hash === `#/${resource}`);
    await page.getByRole('heading', { level: 1 }).filter({ hasText: /\S/ }).waitFor();
    return;
  }
  const [response] = await Promise.all([
    page.waitForResponse(
      (candidate) => candidate.request().method() === 'GET' && pathOf(candidate) === `/api/${resource}`,
    ),
    entry.click(),
  ]);
  assert.ok(response.ok(), `GET /api/${resource} answered ${response.status()}`);
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Profile' }).click();
  const [revoked] = await Promise.all([
    page.waitForResponse((response) => pathOf(response) === '/api/auth/logout'),
    page.getByRole('menuitem', { name: 'Logout' }).click(),
  ]);
  assert.equal(revoked.status(), 204, 'the token is revoked on the server');
  await page.locator('input[name="username"]').waitFor();
  assert.match(new URL(page.url()).hash, /^#\/login/);
}

async function walkAs(ctx: JourneyContext, page: Page, role: Role, names: readonly MenuResource[]) {
  const refusals: string[] = [];
  const watch = (response: Response) => {
    if (isApi(response) && [401, 403].includes(response.status()))
      refusals.push(`${response.request().method()} ${pathOf(response)} ${response.status()}`);
  };
  // Watching from the sign-in on covers the dashboard too (warehouse staff get only some widgets).
  page.on('response', watch);
  try {
    await ctx.step(`sign in as ${role}`, async () => {
      assert.equal(await signInThroughForm(page, ctx.baseUrl, role, DEMO_PASSWORD), 200);
    });
    // Settings appear in the menu of those who keep them (ResourceDefinition.menuAction).
    const entries = names.filter(({ name, menuAction }) => can(role, menuAction ?? 'list', name));
    const expected = entries.map(({ name }) => name);
    await ctx.step(`${role}: the menu`, async () => {
      const shown = await shownMenu(page, expected);
      assert.deepEqual(shown, expected, 'the menu lists exactly what the matrix lets the role list');
      const fromIssue = MENU_FROM_THE_ISSUE[role];
      if (fromIssue) assert.deepEqual([...shown].sort(), [...fromIssue].sort(), 'and what the issue says');
    });
    for (const entry of entries) {
      const resource = entry.name;
      await ctx.step(`${role}: open ${resource}`, async () => {
        await openEntry(page, entry);
        if (!can(role, 'create', resource)) {
          assert.equal(await page.locator(`a[href="#/${resource}/create"]`).count(), 0, 'no create button');
        }
      });
    }
    assert.deepEqual(refusals, [], `${role}: no screen in the menu is refused by the API`);
  } finally {
    page.off('response', watch);
  }

  const forbidden = FORBIDDEN[role];
  if (forbidden) {
    await ctx.step(`${role}: #/${forbidden} by address`, async () => {
      await page.goto(`${ctx.baseUrl}#/${forbidden}`);
      await page.getByRole('heading', { level: 1, name: 'This page is not open to you' }).waitFor();
      assert.equal(new URL(page.url()).hash, '#/access-denied');
      if (role === 'manager') await ctx.screenshot(page, 'access-denied-desktop');
    });
  }
  await ctx.step(`${role}: sign out`, () => signOut(page));
}

async function signInRefusals(ctx: JourneyContext, page: Page): Promise<void> {
  const wrong = formatMessage('en', 'errors.wrongCredentials');
  await page.setViewportSize({ width: 360, height: 740 });
  await ctx.step('a wrong password gets the generic message', async () => {
    const status = await signInThroughForm(page, ctx.baseUrl, 'admin', 'not-the-password');
    assert.equal(status, 401);
    assert.equal(await page.getByRole('alert').innerText(), wrong);
    await ctx.screenshot(page, 'access-login-refused-phone-light');
  });
  await page.setViewportSize({ width: 1280, height: 800 });
  await ctx.step('an unknown username gets the very same message', async () => {
    assert.equal(await signInThroughForm(page, ctx.baseUrl, 'no-such-user', DEMO_PASSWORD), 401);
    assert.equal(await page.getByRole('alert').innerText(), wrong);
  });
  await ctx.step('repeated failures lock the username, and the message says so', async () => {
    // A name of its own: the lockout must not touch the demo users other journeys sign in with.
    const name = `locked-${Date.now()}`;
    let status = 401;
    for (let attempt = 0; attempt < 10 && status === 401; attempt += 1) {
      status = await signInThroughForm(page, ctx.baseUrl, name, 'still-wrong');
    }
    assert.equal(status, 429, 'the API locks the name');
    assert.match(
      await page.getByRole('alert').innerText(),
      /Too many failed sign-in attempts: .* paused for \d+ min/,
    );
  });
}

async function createUser(ctx: JourneyContext, admin: Page) {
  const user = { username: `e2e.${Date.now()}`, fullName: 'Erika Einweg', password: 'temporary-pass-42' };
  await admin.goto(`${ctx.baseUrl}#/users/create`);
  await admin.locator('input[name="username"]').fill(user.username);
  await admin.locator('input[name="fullName"]').fill(user.fullName);
  await admin.getByRole('combobox', { name: /^Role/ }).click();
  await admin.getByRole('option', { name: 'Manager' }).click();
  await admin.locator('input[name="password"]').fill(user.password);
  const [response] = await Promise.all([
    admin.waitForResponse((r) => pathOf(r) === '/api/users' && r.request().method() === 'POST'),
    admin.getByRole('button', { name: 'Save' }).click(),
  ]);
  assert.equal(response.status(), 201, 'the user is created');
  const { id } = (await response.json()) as { id: number };
  return { ...user, id };
}

/** Opens a user's form, switches Active and saves; resolves with the API's answer. */
async function toggleActiveAndSave(ctx: JourneyContext, admin: Page, user: { id: number; username: string }) {
  await admin.goto(`${ctx.baseUrl}#/users/${user.id}`);
  // Toggled before the record arrives, the switch would be reset by it and Save would send nothing.
  await admin.locator(`input[name="username"][value="${user.username}"]`).waitFor();
  await admin.getByLabel('Active').click();
  const [saved] = await Promise.all([
    admin.waitForResponse((r) => pathOf(r) === `/api/users/${user.id}` && r.request().method() === 'PUT'),
    admin.getByRole('button', { name: 'Save' }).click(),
  ]);
  return saved;
}

async function deactivationEndsSession(ctx: JourneyContext, admin: Page): Promise<void> {
  await ctx.step('sign in as admin', async () => {
    assert.equal(await signInThroughForm(admin, ctx.baseUrl, 'admin', DEMO_PASSWORD), 200);
  });
  const user = await ctx.step('create a user', () => createUser(ctx, admin));
  // The new user works in a browser of their own: separate storage, separate session.
  const theirBrowser = await ctx.browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
  });
  const pageErrors: string[] = [];
  theirBrowser.on('page', (page) => page.on('pageerror', (error) => pageErrors.push(error.message)));
  try {
    const theirs = await theirBrowser.newPage();
    await ctx.step('the new user signs in', async () => {
      assert.equal(await signInThroughForm(theirs, ctx.baseUrl, user.username, user.password), 200);
      await menuEntry(theirs, 'products').waitFor();
    });
    await ctx.step('the admin deactivates them', async () => {
      assert.equal((await toggleActiveAndSave(ctx, admin, user)).status(), 200);
    });
    await ctx.step('their next click lands on the login page', async () => {
      await Promise.all([
        theirs.waitForResponse((r) => isApi(r) && r.status() === 401),
        menuEntry(theirs, 'orders').click(),
      ]);
      await theirs.getByText(SESSION_ENDED).waitFor();
      assert.match(new URL(theirs.url()).hash, /^#\/login/);
    });
  } finally {
    await theirBrowser.close();
  }
  assert.deepEqual(pageErrors, [], 'no uncaught errors in the deactivated user’s page');
  await ctx.step('and they cannot sign in again: the same message as any wrong password', async () => {
    const answer = await fetch(`${ctx.apiUrl}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': 'en' },
      body: JSON.stringify({ username: user.username, password: user.password }),
    });
    assert.equal(answer.status, 401);
    assert.equal(
      ((await answer.json()) as { message: string }).message,
      formatMessage('en', 'errors.wrongCredentials'),
    );
  });

  await ctx.step('the last active administrator cannot be deactivated', async () => {
    const token = await ctx.apiToken('admin');
    const filter = encodeURIComponent(JSON.stringify({ role: 'admin', active: true }));
    const answer = await fetch(`${ctx.apiUrl}/users?filter=${filter}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const admins = (await answer.json()) as { id: number; username: string }[];
    assert.equal(admins.length, 1, 'precondition: the demo data has exactly one active administrator');
    assert.equal((await toggleActiveAndSave(ctx, admin, admins[0]!)).status(), 422);
    const refusal = admin.locator('form').getByRole('alert');
    assert.equal(await refusal.innerText(), formatMessage('en', 'errors.lastAdmin'));
    await ctx.screenshot(admin, 'access-last-admin-desktop');
  });

  await ctx.step('the audit log shows the deactivation', async () => {
    await admin.goto(`${ctx.baseUrl}#/audit-log`);
    await admin.getByRole('combobox', { name: 'Area' }).click();
    await admin.getByRole('option', { name: 'Users' }).click();
    await admin.getByRole('combobox', { name: 'Action' }).click();
    const [filtered] = await Promise.all([
      admin.waitForResponse(
        (r) =>
          pathOf(r) === '/api/audit-log' &&
          (new URL(r.url()).searchParams.get('filter') ?? '').includes('"update"'),
      ),
      admin.getByRole('option', { name: 'Updated' }).click(),
    ]);
    const entries = (await filtered.json()) as {
      resource: string;
      action: string;
      recordId: number;
    }[];
    assert.ok(
      entries.every((e) => e.resource === 'users' && e.action === 'update'),
      'the API applied both filters',
    );
    const row = tableRows(admin).filter({
      has: admin.getByRole('link', { name: String(user.id), exact: true }),
    });
    await row.first().waitFor();
    assert.match(await row.first().innerText(), /Active/);
    await ctx.screenshot(admin, 'access-audit-log-desktop');
  });

  await ctx.step('users and audit log at 360×740, dark', async () => {
    await admin.setViewportSize({ width: 360, height: 740 });
    await admin.emulateMedia({ colorScheme: 'dark' });
    await admin.goto(`${ctx.baseUrl}#/users`);
    await admin.getByText(user.username, { exact: false }).waitFor();
    await waitForTheme(admin, 'dark');
    await ctx.screenshot(admin, 'access-users-phone-dark');
    await admin.goto(`${ctx.baseUrl}#/audit-log`);
    await admin
      .getByText(/admin · Users/)
      .first()
      .waitFor();
    await ctx.screenshot(admin, 'access-audit-log-phone-dark');
  });
}

export async function run(ctx: JourneyContext): Promise<void> {
  const names = await ctx.step('read the console’s resources', consoleResources);
  const page = await ctx.newPage({ width: 1280, height: 800, colorScheme: 'light' });
  for (const role of ROLES) await walkAs(ctx, page, role, names);
  await signInRefusals(ctx, page);
  await deactivationEndsSession(ctx, page);
}
