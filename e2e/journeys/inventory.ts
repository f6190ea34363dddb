/**
 * A warehouse worker's day: scan a SKU and count it, find the count in the
 * product's history, send goods to the other warehouse and receive them
 * there, and work the low-stock inbox until its first item is restocked.
 */
import assert from 'node:assert/strict';
import type { Page, Response } from 'playwright-core';
import { ApiClient } from '../../scripts/lib/api-client';
import type { Product, StockLevel, StockTransfer, Warehouse } from '../../src/domain/types';
import {
  expectListLoaded,
  horizontalOverflow,
  menuEntry,
  openListFromMenu,
  tableRows,
  waitForTheme,
} from '../harness/console';
import type { JourneyContext } from '../harness/types';

export const name = 'inventory';

interface LowStockRow extends StockLevel {
  suggestedReorderQuantity: number;
}

const isApiCall = (method: string, path: RegExp) => (response: Response) =>
  response.request().method() === method && path.test(new URL(response.url()).pathname);

/** Runs `action` and returns the JSON of the API call it causes, failing on an error status. */
async function apiAnswer<T>(
  page: Page,
  method: string,
  path: RegExp,
  action: () => Promise<unknown>,
): Promise<T> {
  const answer = page.waitForResponse(isApiCall(method, path));
  await action();
  const response = await answer;
  assert.ok(response.ok(), `${method} ${response.url()} answered ${response.status()}`);
  return (await response.json()) as T;
}

/** The low-stock inbox's page request (not the menu badge's one-record count). */
function isInboxPage(response: Response): boolean {
  if (!isApiCall('GET', /^\/api\/stock-levels$/)(response)) return false;
  const params = new URL(response.url()).searchParams;
  return /"lowStock":true/.test(params.get('filter') ?? '') && params.get('range') === '[0,24]';
}

const label = (warehouse: Warehouse) => `${warehouse.code} · ${warehouse.name}`;

export async function run(ctx: JourneyContext): Promise<void> {
  const api = new ApiClient(ctx.apiUrl, await ctx.apiToken('warehouse'));
  const mine = await ctx.step('find the warehouse user’s warehouses', async () => {
    const me = (await (await api.request('GET', '/auth/me')).json()) as { warehouseIds: number[] };
    assert.ok(me.warehouseIds.length >= 2, 'the seeded warehouse user works in two warehouses');
    return me.warehouseIds;
  });
  const [here, there] = await ctx.step('look up their names', async () => {
    const { records } = await api.list<Warehouse>('warehouses', { filter: { id: mine } });
    return mine.slice(0, 2).map((id) => records.find((w) => w.id === id)!) as [Warehouse, Warehouse];
  });
  const { level, product } = await ctx.step('pick a product on the shelf', async () => {
    const { records } = await api.list<StockLevel>('stock-levels', {
      filter: { warehouseId: here.id, onHand_gte: 5, reserved: 0 },
      range: [0, 0],
    });
    const found = records[0]!;
    const item = (await (await api.request('GET', `/products/${found.productId}`)).json()) as Product;
    return { level: found, product: item };
  });

  const page = await ctx.newPage({ width: 1280, height: 800, colorScheme: 'light' });
  await ctx.step('sign in as warehouse', () => ctx.login(page, 'warehouse'));

  await ctx.step('stock levels start with my warehouses', async () => {
    const request = page.waitForRequest(
      (r) => new URL(r.url()).pathname === '/api/stock-levels' && /warehouseId/.test(r.url()),
    );
    await openListFromMenu(page, 'stock-levels');
    const filter = JSON.parse(new URL((await request).url()).searchParams.get('filter') ?? '{}') as Record<
      string,
      unknown
    >;
    assert.deepEqual(filter.warehouseId, mine);
    await waitForTheme(page, 'light');
    await ctx.screenshot(page, 'inventory-stock-levels-light');
  });

  await ctx.step('work in one warehouse only', async () => {
    await page.getByRole('combobox', { name: 'Warehouse' }).click();
    await expectListLoaded(page, 'stock-levels', () =>
      page.getByRole('option', { name: there.code }).click(),
    );
    await page.keyboard.press('Escape');
  });

  await ctx.step('scan the SKU and count it', async () => {
    const search = page.getByRole('textbox', { name: /Scan or type SKU/ });
    await search.click();
    await search.fill(product.sku);
    await search.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Count stock' });
    await dialog.getByText(`${product.sku} · ${product.name}`).waitFor();
    await dialog.getByLabel('Counted quantity').fill(String(level.onHand + 2));
    await ctx.screenshot(page, 'inventory-count-dialog');
    const saved = await apiAnswer<{ movement: { delta: number } }>(
      page,
      'POST',
      /^\/api\/stock-adjustments$/,
      () => dialog.getByRole('button', { name: 'Save' }).click(),
    );
    assert.equal(saved.movement.delta, 2);
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(`Stock saved: ${level.onHand + 2} on hand now.`).waitFor();
  });

  await ctx.step('see the count in the product’s history', async () => {
    await tableRows(page).filter({ hasText: product.sku }).first().click();
    await page.waitForURL(new RegExp(`#/stock-levels/${level.id}/show`));
    const history = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Movements' }) });
    const newest = history.getByRole('row').nth(1);
    await newest.getByText('Stock count').waitFor();
    await newest.getByText('+2').waitFor();
    await page.locator('.recharts-surface').first().waitFor();
    await ctx.screenshot(page, 'inventory-history');
  });

  const transfer = await ctx.step('create a draft transfer', async () => {
    await menuEntry(page, 'stock-transfers').click();
    await page.getByRole('link', { name: 'Create' }).click();
    await page.getByRole('combobox', { name: 'From' }).click();
    await page.getByRole('option', { name: label(here) }).click();
    await page.getByRole('combobox', { name: 'To' }).click();
    await page.getByRole('option', { name: label(there) }).click();
    await page.getByRole('button', { name: 'Add' }).click();
    const productInput = page.getByRole('combobox', { name: 'Product' });
    await productInput.fill(product.sku);
    await page.getByRole('option', { name: new RegExp(product.sku) }).click();
    await page.getByLabel('Sent').fill('1');
    return apiAnswer<StockTransfer>(page, 'POST', /^\/api\/stock-transfers$/, () =>
      page.getByRole('button', { name: 'Save' }).click(),
    );
  });

  await ctx.step('dispatch the transfer', async () => {
    await page.waitForURL(new RegExp(`#/stock-transfers/${transfer.id}/show`));
    await page.getByRole('button', { name: 'Dispatch' }).click();
    const confirm = page.getByRole('dialog', { name: `Dispatch ${transfer.number}?` });
    const sent = await apiAnswer<StockTransfer>(page, 'POST', /\/dispatch$/, () =>
      confirm.getByRole('button', { name: 'Dispatch' }).click(),
    );
    assert.equal(sent.status, 'in_transit');
    await page.getByText('In transit', { exact: true }).first().waitFor();
  });

  await ctx.step('see the goods in transit at the destination', async () => {
    const { records } = await api.list<StockLevel & { inTransitIn: number }>('stock-levels', {
      filter: { productId: product.id, warehouseId: there.id },
    });
    const destination = records[0]!;
    assert.ok(destination.inTransitIn >= 1, 'the API counts the dispatched unit as incoming');
    const showPath = page.url();
    await page.goto(`${ctx.baseUrl}#/stock-levels/${destination.id}/show`);
    await page.getByText(`+${destination.inTransitIn} incoming`).first().waitFor();
    await page.goto(showPath);
  });

  await ctx.step('receive the transfer', async () => {
    await page.getByRole('button', { name: 'Receive' }).click();
    const dialog = page.getByRole('dialog', { name: `Receive ${transfer.number}` });
    const received = await apiAnswer<StockTransfer>(page, 'POST', /\/receive$/, () =>
      dialog.getByRole('button', { name: 'Receive' }).click(),
    );
    assert.equal(received.status, 'received');
    assert.equal(received.items[0]?.receivedQuantity, 1);
    await page.getByText('Received', { exact: true }).first().waitFor();
  });

  await ctx.step('restock the first item of the low-stock inbox', async () => {
    await openListFromMenu(page, 'stock-levels');
    const opened = page.waitForResponse(isInboxPage);
    await page.getByRole('link', { name: /Low stock/ }).click();
    const inbox = (await (await opened).json()) as LowStockRow[];
    const first = inbox[0]!;
    assert.ok(
      first.available <= first.reorderPoint,
      'the inbox lists only stock at or below its reorder point',
    );
    const restocked = (await (await api.request('GET', `/products/${first.productId}`)).json()) as Product;
    const warehouse = [here, there].find((w) => w.id === first.warehouseId)!;
    const row = tableRows(page)
      .filter({ hasText: restocked.sku })
      .filter({ hasText: warehouse.code })
      .first();
    await row.getByRole('button', { name: 'Receive' }).click();
    const dialog = page.getByRole('dialog', { name: 'Adjust stock' });
    const units = dialog.getByLabel('Units in');
    if (first.suggestedReorderQuantity > 0)
      assert.equal(await units.inputValue(), String(first.suggestedReorderQuantity));
    // Enough to rise above the reorder point even when nothing sells (then the suggestion only reaches it).
    await units.fill(
      String(Math.max(first.suggestedReorderQuantity, first.reorderPoint - first.available + 1)),
    );
    const refreshed = page.waitForResponse(isInboxPage);
    await apiAnswer(page, 'POST', /^\/api\/stock-adjustments$/, () =>
      dialog.getByRole('button', { name: 'Save' }).click(),
    );
    const after = (await (await refreshed).json()) as LowStockRow[];
    assert.ok(!after.some((record) => record.id === first.id), 'the restocked item has left the inbox');
    await ctx.screenshot(page, 'inventory-low-stock');
  });

  await ctx.step('the stock levels on a phone, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const phone = await ctx.newPage({ width: 360, height: 740, colorScheme: scheme });
      await expectListLoaded(phone, 'stock-levels', () => phone.goto(`${ctx.baseUrl}#/stock-levels`));
      await phone.getByRole('button', { name: 'Count' }).first().waitFor();
      await waitForTheme(phone, scheme);
      assert.equal(await horizontalOverflow(phone), 0, 'nothing sticks out sideways at 360 px');
      await ctx.screenshot(phone, `inventory-stock-levels-phone-${scheme}`);
      await phone.close();
    }
    const desktop = await ctx.newPage({ width: 1280, height: 800, colorScheme: 'dark' });
    await expectListLoaded(desktop, 'stock-levels', () => desktop.goto(`${ctx.baseUrl}#/stock-levels`));
    await tableRows(desktop).first().waitFor();
    await waitForTheme(desktop, 'dark');
    await ctx.screenshot(desktop, 'inventory-stock-levels-dark');
  });
}
