/**
 * Every screen finished: visits each screen of each resource (list, show, edit,
 * create and the custom pages) and the dashboard as every role, and checks it
 * with e2e/harness/screen-audit.ts. Each role works in its own language and
 * theme at 1280 px; the administrator also sees every screen in German and dark
 * at 360 px. A screen a role may not open must show the access-denied page
 * without asking the API and without an error toast. One login per role, two
 * pages at a time; every screen is screenshotted into e2e/artifacts/screens/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ApiClient } from '../../scripts/lib/api-client';
import { can, type Role } from '../../src/domain/permissions';
import { resetToasts, screenFacts, screenProblems, watchToasts } from '../harness/screen-audit';
import type { JourneyContext } from '../harness/types';

export const name = 'screens';

const ARTIFACTS = join(import.meta.dirname, '../artifacts/screens');
const SETTLE_QUIET_MS = 300;
const SETTLE_LIMIT_MS = 20_000;

interface Screen {
  path: string;
  /** Who may open it. */
  allowed(role: Role): boolean;
  /** The API collection a forbidden visit must not touch. */
  resource?: string;
}

interface Setup {
  role: Role;
  locale: 'en' | 'de';
  colorScheme: 'light' | 'dark';
  width: number;
}

/** Each role in a language and theme of its own, so together they cover both of each. */
const SETUPS: Setup[] = [
  { role: 'admin', locale: 'en', colorScheme: 'light', width: 1280 },
  { role: 'manager', locale: 'de', colorScheme: 'light', width: 1280 },
  { role: 'merchandiser', locale: 'en', colorScheme: 'dark', width: 1280 },
  { role: 'warehouse', locale: 'de', colorScheme: 'dark', width: 1280 },
  { role: 'admin', locale: 'de', colorScheme: 'dark', width: 360 },
];

const allow = (resource: string, ...actions: Parameters<typeof can>[1][]) => ({
  resource,
  allowed: (role: Role) => actions.every((action) => can(role, action, resource)),
});

/** The first record of each collection the screens need, straight from the API. */
async function firstIds(ctx: JourneyContext): Promise<Record<string, string>> {
  const api = new ApiClient(ctx.apiUrl, await ctx.apiToken('admin'));
  const names = ['products', 'categories', 'warehouses', 'stock-levels', 'stock-transfers'];
  names.push('orders', 'shipments', 'customers', 'promotions', 'users');
  names.push('carriers', 'shipping-methods', 'payment-methods');
  const ids: Record<string, string> = {};
  for (const resource of names) {
    const { records } = await api.list<{ id: string | number }>(resource, { range: [0, 0] });
    if (!records[0]) throw new Error(`the seed has no ${resource}`);
    ids[resource] = String(records[0].id);
  }
  return ids;
}

function allScreens(ids: Record<string, string>): Screen[] {
  const crud = (resource: string, views: ('list' | 'show' | 'edit' | 'create')[]): Screen[] =>
    views.map((view) => ({
      path:
        { list: resource, create: `${resource}/create` }[view as 'list'] ??
        `${resource}/${ids[resource]}${view === 'show' ? '/show' : ''}`,
      ...allow(resource, view),
    }));
  return [
    { path: '', allowed: () => true },
    ...crud('products', ['list', 'show', 'edit', 'create']),
    { path: 'products/import', ...allow('products', 'create', 'edit') },
    ...crud('categories', ['list', 'edit', 'create']),
    ...crud('warehouses', ['list', 'edit', 'create']),
    ...crud('stock-levels', ['list', 'show']),
    { path: 'stock-levels/receive', ...allow('stock-adjustments', 'create') },
    { path: 'stock-levels/low-stock', ...allow('stock-levels', 'list') },
    ...crud('stock-movements', ['list']),
    ...crud('stock-transfers', ['list', 'show', 'edit', 'create']),
    ...crud('orders', ['list', 'show']),
    { path: 'orders/pick-list', ...allow('orders', 'list') },
    ...crud('shipments', ['list']),
    { path: `shipments/${ids.shipments}/packing-slip`, ...allow('shipments', 'show') },
    ...crud('returns', ['list']),
    ...crud('refunds', ['list']),
    ...crud('customers', ['list', 'show', 'edit']),
    ...crud('promotions', ['list', 'show', 'edit', 'create']),
    { path: 'promotions/timeline', ...allow('promotions', 'list') },
    // Every role reads the shop's settings (the layout does, for money and dates), so no API check.
    { path: 'shop-settings', allowed: (role) => can(role, 'edit', 'shop-settings') },
    ...crud('carriers', ['list', 'edit', 'create']),
    ...crud('shipping-methods', ['list', 'edit', 'create']),
    ...crud('payment-methods', ['list', 'edit', 'create']),
    ...crud('users', ['list', 'edit', 'create']),
    ...crud('audit-log', ['list']),
  ];
}

/** Resolves once no API request has been open for a moment and nothing shows a spinner or skeleton. */
async function settle(page: Page, openRequests: () => number): Promise<boolean> {
  const deadline = Date.now() + SETTLE_LIMIT_MS;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    await page.waitForTimeout(100);
    // Loading shows as a spinner, a skeleton or react-admin's placeholders; every screen ends with an h1.
    const busy =
      openRequests() > 0 ||
      (await page
        .locator('[role="progressbar"]:visible, .MuiSkeleton-root:visible, .RaPlaceholder-root:visible')
        .count()) > 0 ||
      (await page.locator('h1:visible').filter({ hasText: /\S/ }).count()) === 0;
    if (busy) quietSince = Date.now();
    else if (Date.now() - quietSince >= SETTLE_QUIET_MS) return true;
  }
  return false;
}

const slug = (setup: Setup, path: string) =>
  `${setup.role}-${setup.locale}-${setup.colorScheme}-${setup.width}-${path.replaceAll('/', '_') || 'dashboard'}`;

/**
 * axe-core is the slow part of a visit, and what it checks hardly depends on the role or the
 * language: it runs once per screen, theme and width.
 */
const axeDone = new Set<string>();

async function visitAll(ctx: JourneyContext, setup: Setup, screens: Screen[], report: string[]) {
  const context = await ctx.browser.newContext({
    viewport: { width: setup.width, height: 800 },
    locale: setup.locale === 'de' ? 'de-DE' : 'en-GB',
    colorScheme: setup.colorScheme,
  });
  context.setDefaultTimeout(30_000);
  try {
    const open = async () => {
      const page = await context.newPage();
      await watchToasts(page);
      const apiCalls: string[] = [];
      let inFlight = 0;
      page.on('pageerror', (error) => report.push(`${slug(setup, '?')}: uncaught error ${error.message}`));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!url.pathname.startsWith('/api/')) return;
        inFlight += 1;
        apiCalls.push(url.pathname);
      });
      const done = (request: { url(): string }) => {
        if (new URL(request.url()).pathname.startsWith('/api/')) inFlight -= 1;
      };
      page.on('requestfinished', done);
      page.on('requestfailed', done);
      return { page, apiCalls, openRequests: () => inFlight };
    };
    const first = await open();
    await ctx.login(first.page, setup.role);
    const second = await open();
    await second.page.goto(ctx.baseUrl);
    const queue = [...screens];
    const work = async (worker: Awaited<ReturnType<typeof open>>) => {
      for (let screen = queue.shift(); screen; screen = queue.shift()) {
        const label = slug(setup, screen.path);
        const allowed = screen.allowed(setup.role);
        await resetToasts(worker.page);
        worker.apiCalls.length = 0;
        await worker.page.evaluate((hash) => (window.location.hash = hash), `#/${screen.path}`);
        if (!(await settle(worker.page, worker.openRequests)))
          report.push(`${label}: still loading after 20 s`);
        const axeKey = `${screen.path}|${setup.colorScheme}|${setup.width}`;
        const axe = allowed && !axeDone.has(axeKey);
        if (axe) axeDone.add(axeKey);
        const facts = await screenFacts(worker.page, { axe });
        const problems = screenProblems(facts, setup.locale);
        if (!allowed) {
          const touched = worker.apiCalls.filter((path) => path.startsWith(`/api/${screen.resource}`));
          if (touched.length > 0)
            problems.push(`forbidden, yet asked the API: ${[...new Set(touched)].join(', ')}`);
        }
        // JPEG: a third of the time PNG takes to encode, and plenty to see what was on screen.
        await worker.page.screenshot({ path: join(ARTIFACTS, `${label}.jpg`), type: 'jpeg', quality: 70 });
        for (const problem of problems) report.push(`${label}: ${problem}`);
      }
    };
    await Promise.all([work(first), work(second)]);
  } finally {
    await context.close();
  }
}

export async function run(ctx: JourneyContext): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const screens = allScreens(await ctx.step('find a record of each kind', () => firstIds(ctx)));
  const report: string[] = [];
  const started = performance.now();
  for (const setup of SETUPS) {
    const forRole = setup.width === 1280 ? screens : screens.filter((screen) => screen.allowed(setup.role));
    await ctx.step(`${setup.role} ${setup.locale} ${setup.colorScheme} ${setup.width}`, () =>
      visitAll(ctx, setup, forRole, report),
    );
  }
  const seconds = Math.round((performance.now() - started) / 1000);
  writeFileSync(join(ARTIFACTS, 'report.txt'), `${report.join('\n')}\n(${seconds} s)\n`);
  if (report.length > 0)
    throw new Error(
      `${report.length} problems on screen, see e2e/artifacts/screens/report.txt:\n${report.join('\n')}`,
    );
}
