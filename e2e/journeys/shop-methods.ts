/**
 * Shipping and payment methods at work (issue 14): an admin adds a carrier and
 * a shipping method in Settings; warehouse staff ship an order with the new
 * carrier (a number off its pattern is refused) and follow the tracking link
 * built from its template; a manager reads sales by shipping method on the
 * dashboard and drills into the orders behind a figure, whose totals match;
 * an admin exports and erases a customer, and the dashboard's figures stay as
 * they were. Runs after the screens journey (file order), so the carrier and
 * method it adds show up on no other journey's screens.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { ApiClient } from '../../scripts/lib/api-client';
import { trackingLink } from '../../src/domain/carriers';
import type { OrderListTotals } from '../../src/domain/kpis/listTotals';
import type { KpiReport } from '../../src/domain/kpis/types';
import type { Carrier, Customer, Order, Product, Shipment, StockLevel, User } from '../../src/domain/types';
import {
  clippedTables,
  expectAnswer,
  horizontalOverflow,
  packAndShip,
  signInAs,
  waitForTheme,
} from '../harness/console';
import { screenFacts, screenProblems, watchToasts } from '../harness/screen-audit';
import type { JourneyContext } from '../harness/types';

export const name = 'shop-methods';

/** A salt that differs between runs, so names and tracking numbers are new each time. */
const SALT = String(Date.now()).slice(-6);
const CARRIER = { name: `Blitzkurier ${SALT}`, pattern: 'BK\\d{8}', host: 'https://track.blitzkurier.test' };
const METHOD = { name: `Blitzkurier Same Day ${SALT}`, price: '7.90', dispatchHours: '12' };

/** An open order of the worker's warehouses, not yet shipped, whose warehouse has every unit on hand. */
async function orderToShip(api: ApiClient, worker: User): Promise<Order> {
  const filter: Record<string, unknown> = { status: ['paid', 'processing'] };
  if (worker.warehouseIds.length > 0) filter.warehouseId = worker.warehouseIds;
  const open = (await api.list<Order>('orders', { filter, range: [0, 99] })).records;
  for (const order of open) {
    const shipments = (await api.list<Shipment>('shipments', { filter: { orderId: order.id } })).records;
    if (shipments.some((s) => s.status !== 'cancelled')) continue;
    const levels = (
      await api.list<StockLevel>('stock-levels', {
        filter: { productId: order.items.map((i) => i.productId), warehouseId: order.warehouseId },
        range: [0, 99],
      })
    ).records;
    const onHand = (productId: number) => levels.find((l) => l.productId === productId)?.onHand ?? 0;
    if (order.items.every((item) => onHand(item.productId) >= item.quantity)) return order;
  }
  throw new Error(`none of ${open.length} open orders can be shipped whole from its warehouse`);
}

async function addCarrierAndMethod(
  ctx: JourneyContext,
  page: Page,
): Promise<{ carrier: Carrier; methodId: number }> {
  const carrier = await ctx.step('add a carrier in Settings', async () => {
    await page.goto(`${ctx.baseUrl}#/carriers`);
    await page.getByRole('link', { name: 'Create' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill(CARRIER.name);
    await page.getByRole('textbox', { name: 'Tracking number pattern' }).fill(CARRIER.pattern);
    await page.getByRole('textbox', { name: 'Tracking link' }).fill(`${CARRIER.host}/?n={number}`);
    const created = await expectAnswer(page, 'POST', /\/api\/carriers$/, 201, () =>
      page.getByRole('button', { name: 'Save' }).click(),
    );
    return (await created.json()) as Carrier;
  });
  const methodId = await ctx.step('add a shipping method on it', async () => {
    await page.goto(`${ctx.baseUrl}#/shipping-methods`);
    await page.getByRole('link', { name: 'Create' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill(METHOD.name);
    await page.getByRole('combobox', { name: 'Carrier' }).click();
    await page.getByRole('option', { name: CARRIER.name, exact: true }).click();
    await page.getByRole('textbox', { name: 'Price' }).fill(METHOD.price);
    await page.getByRole('spinbutton', { name: 'Dispatch within (hours)' }).fill(METHOD.dispatchHours);
    const created = await expectAnswer(page, 'POST', /\/api\/shipping-methods$/, 201, () =>
      page.getByRole('button', { name: 'Save' }).click(),
    );
    const method = (await created.json()) as {
      id: number;
      carrierId: number;
      price: number;
      dispatchHours: number;
    };
    assert.deepEqual(
      [method.carrierId, method.price, method.dispatchHours],
      [carrier.id, 790, Number(METHOD.dispatchHours)],
    );
    await page.getByRole('cell', { name: METHOD.name }).waitFor();
    return method.id;
  });
  return { carrier, methodId };
}

/** A promotion's dry run ships its cart with the method picked: the new one's price, never free. */
async function dryRunWithNewMethod(ctx: JourneyContext, page: Page, api: ApiClient, methodId: number) {
  const [product] = (
    await api.list<Product>('products', {
      filter: { status: 'active' },
      sort: ['price', 'DESC'],
      range: [0, 0],
    })
  ).records;
  assert.ok(product, 'the catalogue has an active product');
  await ctx.step('the dry run ships with the new method', async () => {
    await page.goto(`${ctx.baseUrl}#/promotions/create`);
    await page.getByRole('textbox', { name: /^Name/ }).fill(`Versandtest ${SALT}`);
    await page.getByRole('spinbutton', { name: 'Percentage off' }).fill('10');
    await page.getByRole('combobox', { name: 'Add a product' }).fill(product.name);
    await expectAnswer(page, 'POST', /\/api\/promotions\/simulate$/, 200, () =>
      page.getByRole('option', { name: `${product.sku} · ${product.name}` }).click(),
    );
    const picker = page.getByRole('combobox', { name: 'Shipping method' });
    await picker.click();
    const answer = await expectAnswer(page, 'POST', /\/api\/promotions\/simulate$/, 200, () =>
      page.getByRole('option', { name: new RegExp(`^${METHOD.name} · €7\\.90$`) }).click(),
    );
    const priced = (await answer.json()) as { shipping: number; shippingMethodId: number };
    // The dearest product is well over any free-shipping threshold; this method has none.
    assert.ok(product.price >= 7500, 'the dearest product is over every seeded threshold');
    assert.deepEqual([priced.shippingMethodId, priced.shipping], [methodId, 790]);
    assert.match((await picker.innerText()).trim(), new RegExp(`^${METHOD.name}`));
  });
}

async function shipWithNewCarrier(ctx: JourneyContext, page: Page, order: Order, carrier: Carrier) {
  const trackingNumber = `BK${SALT}${String(order.id % 100).padStart(2, '0')}`;
  await ctx.step('ship the order with the new carrier', async () => {
    await page.goto(`${ctx.baseUrl}#/orders/${order.id}/show`);
    await page.getByRole('button', { name: 'Create shipment' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create a shipment' });
    await dialog.getByRole('combobox', { name: 'Carrier' }).click();
    await page.getByRole('option', { name: carrier.name, exact: true }).click();
    for (const item of order.items) {
      const input = dialog.getByRole('spinbutton', { name: `Quantity of ${item.sku}` });
      if ((await input.count()) > 0) await input.fill(String(item.quantity));
    }
    // A DHL-style number is not this carrier's: the form refuses it with the carrier's pattern.
    await dialog.getByRole('textbox', { name: 'Tracking number' }).fill('123456789012');
    await dialog.getByRole('button', { name: 'Create shipment' }).click();
    await dialog.getByText(`This is not a valid ${carrier.name} tracking number.`).waitFor();
    await dialog.getByRole('textbox', { name: 'Tracking number' }).fill(trackingNumber);
    const created = await expectAnswer(page, 'POST', /\/shipments$/, 201, () =>
      dialog.getByRole('button', { name: 'Create shipment' }).click(),
    );
    const { shipment } = (await created.json()) as { shipment: Shipment };
    await packAndShip(page, shipment.id);
  });
  await ctx.step('follow the tracking link built from the carrier’s template', async () => {
    const expected = trackingLink(carrier, trackingNumber);
    assert.equal(expected, `${CARRIER.host}/?n=${trackingNumber}`);
    const link = page.getByRole('link', {
      name: `Track ${trackingNumber} with ${carrier.name} (opens in a new tab)`,
    });
    assert.equal(await link.getAttribute('href'), expected);
    // The carrier's site is off this machine: answer for it, so following the link lands somewhere.
    await page.context().route(`${CARRIER.host}/**`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<title>Sendungsverfolgung</title><h1>Blitzkurier</h1>',
      }),
    );
    const [tab] = await Promise.all([page.waitForEvent('popup'), link.click()]);
    await tab.waitForLoadState();
    assert.equal(tab.url(), expected);
    await tab.close();
  });
}

/** The manager's dashboard: the breakdown by shipping method as the report has it, drilling into its orders. */
async function readBreakdown(ctx: JourneyContext, page: Page): Promise<KpiReport> {
  const answer = await expectAnswer(page, 'GET', /\/api\/kpis$/, 200, () => page.goto(`${ctx.baseUrl}#/`));
  const report = (await answer.json()) as KpiReport;
  const panel = page.locator('.MuiCard-root', {
    has: page.getByRole('heading', { name: 'Sales by shipping method' }),
  });
  await panel.waitFor();
  const sold = report.sales!.byShippingMethod.filter((row) => row.orders > 0);
  assert.ok(sold.length >= 3, 'the demo shop sells with several shipping methods');
  assert.equal(await panel.getByRole('row').count(), 1 + sold.length);
  for (const row of sold) await panel.getByRole('row', { name: new RegExp(`^${row.name}`) }).waitFor();
  const late = report.fulfilment!.lateByShippingMethod.filter((row) => row.lateOpenOrders > 0);
  const latePanel = page.locator('.MuiCard-root', {
    has: page.getByRole('heading', { name: 'Late orders by shipping method' }),
  });
  if (late.length > 0) assert.equal(await latePanel.getByRole('row').count(), 1 + late.length);
  return report;
}

async function drillIntoTopMethod(ctx: JourneyContext, page: Page, report: KpiReport) {
  await ctx.step('a method’s net sales open its orders, whose totals are that figure', async () => {
    const top = report.sales!.byShippingMethod[0]!;
    const row = page.getByRole('row', { name: new RegExp(`^${top.name}`) }).first();
    const totals = await expectAnswer(page, 'GET', /\/api\/orders\/totals$/, 200, () =>
      row.getByRole('link').first().click(),
    );
    const sums = (await totals.json()) as OrderListTotals;
    assert.deepEqual(
      [sums.orders, sums.netSales],
      [top.orders, top.netSales],
      'the list behind the figure sums to it',
    );
    const filter = JSON.parse(new URL(page.url().replace('#/', '')).searchParams.get('filter')!) as object;
    assert.equal((filter as { shippingMethodId?: number }).shippingMethodId, top.methodId);
  });
}

/** What the dashboard shows: its sales and promotion figures, and the text of both method tables. */
async function dashboardFigures(ctx: JourneyContext, page: Page) {
  const answer = await expectAnswer(page, 'GET', /\/api\/kpis$/, 200, () => page.goto(`${ctx.baseUrl}#/`));
  const report = (await answer.json()) as KpiReport;
  const table = (heading: string) =>
    page
      .locator('.MuiCard-root', { has: page.getByRole('heading', { name: heading }) })
      .locator('tbody tr td:nth-child(-n+3)')
      .allInnerTexts();
  await page.getByRole('heading', { name: 'Sales by payment method' }).waitFor();
  return {
    sales: report.sales,
    promotions: report.promotions,
    byShipping: await table('Sales by shipping method'),
    byPayment: await table('Sales by payment method'),
  };
}

async function exportAndErase(ctx: JourneyContext, page: Page, api: ApiClient) {
  const since = new Date(Date.now() - 20 * 86_400_000).toISOString();
  const [recent] = (
    await api.list<Order>('orders', {
      filter: { placedAt_gte: since, status_neq: 'cancelled' },
      range: [0, 0],
    })
  ).records;
  assert.ok(recent, 'an order was placed in the dashboard’s period');
  const customer = (await (await api.request('GET', `/customers/${recent.customerId}`)).json()) as Customer;
  const before = await ctx.step('read the dashboard', () => dashboardFigures(ctx, page));
  await ctx.step('export the customer’s personal data', async () => {
    await page.goto(`${ctx.baseUrl}#/customers/${customer.id}/show`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export personal data' }).click(),
    ]);
    const bundle = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      customer: Customer;
      orders: Order[];
    };
    assert.equal(bundle.customer.email, customer.email);
    assert.ok(bundle.orders.some((order) => order.id === recent.id));
  });
  await ctx.step('erase the customer, confirmed with their e-mail address', async () => {
    await page.getByRole('button', { name: 'Erase personal data' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /Type the customer’s e-mail address/ }).fill(customer.email);
    await expectAnswer(page, 'POST', new RegExp(`/customers/${customer.id}/erase$`), 200, () =>
      dialog.getByRole('button', { name: 'Erase for good' }).click(),
    );
    await page.getByText('Personal data erased.').waitFor();
    const erased = (await (await api.request('GET', `/customers/${customer.id}`)).json()) as Customer;
    assert.notEqual(erased.email, customer.email);
  });
  await ctx.step('the dashboard’s figures are the same', async () => {
    const after = await dashboardFigures(ctx, page);
    assert.deepEqual(after, before);
  });
}

/** The manager's dashboard on a phone, in German and dark: the breakdowns fit and the screen audit passes. */
async function dashboardOnAPhone(ctx: JourneyContext) {
  await ctx.step('the dashboard with its breakdowns at 360 px, German, dark', async () => {
    // A context of its own: the console takes its language from the browser's on first sign-in.
    const context = await ctx.browser.newContext({
      viewport: { width: 360, height: 740 },
      locale: 'de-DE',
      colorScheme: 'dark',
    });
    context.setDefaultTimeout(30_000);
    try {
      const page = await context.newPage();
      await watchToasts(page);
      await ctx.login(page, 'manager');
      await page.goto(`${ctx.baseUrl}#/`);
      await waitForTheme(page, 'dark');
      await page.getByRole('heading', { name: 'Umsatz nach Zahlungsart' }).waitFor();
      await page.getByRole('heading', { name: 'Umsatz nach Versandart' }).waitFor();
      await page.getByRole('heading', { name: 'Umsatz nach Zahlungsart' }).scrollIntoViewIfNeeded();
      await ctx.screenshot(page, 'shop-methods-dashboard-360-de-dark');
      await page.evaluate(() => window.scrollTo(0, 0));
      assert.equal(await horizontalOverflow(page), 0, 'nothing sticks out sideways at 360 px');
      // A card clips what is too wide for it, which the page's own width does not show.
      assert.deepEqual(await clippedTables(page), [], 'every table fits its card');
      // Audited at the top: scrolled down, the app bar (and the page's h1 in it) hides.
      assert.deepEqual(screenProblems(await screenFacts(page), 'de'), []);
    } finally {
      await context.close();
    }
  });
}

export async function run(ctx: JourneyContext): Promise<void> {
  const api = new ApiClient(ctx.apiUrl, await ctx.apiToken('admin'));
  const [worker] = (await api.list<User>('users', { filter: { username: 'warehouse' } })).records;
  assert.ok(worker, 'the demo warehouse user exists');
  const order = await ctx.step('choose an order to ship', () => orderToShip(api, worker));
  const page = await ctx.newPage({ width: 1280, height: 800, colorScheme: 'light' });

  await ctx.step('sign in as admin', () => signInAs(ctx, page, 'admin', false));
  const { carrier, methodId } = await addCarrierAndMethod(ctx, page);
  await dryRunWithNewMethod(ctx, page, api, methodId);

  await ctx.step('sign in as warehouse staff', () => signInAs(ctx, page, 'warehouse', true));
  await shipWithNewCarrier(ctx, page, order, carrier);

  await ctx.step('sign in as manager', () => signInAs(ctx, page, 'manager', true));
  const report = await ctx.step('the dashboard breaks sales down by shipping method', () =>
    readBreakdown(ctx, page),
  );
  await ctx.screenshot(page, 'shop-methods-dashboard-light');
  await drillIntoTopMethod(ctx, page, report);
  await dashboardOnAPhone(ctx);

  await ctx.step('sign in as admin again', () => signInAs(ctx, page, 'admin', true));
  await exportAndErase(ctx, page, api);
}
