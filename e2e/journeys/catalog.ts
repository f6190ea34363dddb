/**
 * The catalog workbench as a merchandiser: find a product by scanning its
 * barcode, change its price, archive three products at once, export the
 * catalog as CSV and import an edited copy after a dry run.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Response } from 'playwright-core';
import { ApiClient } from '../../scripts/lib/api-client';
import { csvLine, parseCsv } from '../../src/domain/csv';
import type { Product } from '../../src/domain/types';
import { expectListLoaded, horizontalOverflow, tableRows, waitForTheme } from '../harness/console';
import type { JourneyContext } from '../harness/types';

export const name = 'catalog';

const euros = (cents: number) =>
  new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(cents / 100);

function apiAnswer(page: Page, method: string, path: string | RegExp): Promise<Response> {
  return page.waitForResponse((response) => {
    const { pathname } = new URL(response.url());
    const matches = typeof path === 'string' ? pathname === path : path.test(pathname);
    return response.request().method() === method && matches;
  });
}

async function okJson<T>(answer: Promise<Response>): Promise<T> {
  const response = await answer;
  assert.ok(response.ok(), `${response.request().method()} ${response.url()} answered ${response.status()}`);
  return (await response.json()) as T;
}

/** The products list URL with an explicit filter, so the one remembered from earlier steps does not apply. */
const productsUrl = (ctx: JourneyContext, filter: object = {}) =>
  `${ctx.baseUrl}#/products?filter=${encodeURIComponent(JSON.stringify(filter))}`;

async function openProducts(ctx: JourneyContext, page: Page, filter?: object) {
  const list = await expectListLoaded<Product>(page, 'products', () => page.goto(productsUrl(ctx, filter)));
  await tableRows(page).filter({ hasText: list.records[0]!.sku }).first().waitFor();
  return list;
}

export async function run(ctx: JourneyContext): Promise<void> {
  const api = new ApiClient(ctx.apiUrl, await ctx.apiToken('merchandiser'));
  const page = await ctx.newPage({ width: 1280, height: 800, colorScheme: 'light' });
  await ctx.step('sign in as merchandiser', () => ctx.login(page, 'merchandiser'));

  const scanned = await ctx.step('scan a barcode into the search', async () => {
    const { records } = await api.list<Product>('products', { filter: { status: 'active' }, range: [0, 49] });
    const product = records.find((candidate) => candidate.barcode);
    assert.ok(product, 'the seed has active products with barcodes');
    await openProducts(ctx, page);
    const search = page.getByPlaceholder('Search', { exact: true });
    await search.fill(product.barcode!);
    await search.press('Enter');
    await page.waitForURL((url) => url.hash === `#/products/${product.id}/show`);
    await page.getByRole('heading', { name: 'Stock per warehouse' }).waitFor();
    await page.getByText(product.name).first().waitFor();
    return product;
  });

  await ctx.step('edit the price and save', async () => {
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('tab', { name: 'Pricing' }).click();
    const newPrice = scanned.price + 100;
    await page.getByLabel('Price', { exact: true }).fill((newPrice / 100).toFixed(2));
    const saved = apiAnswer(page, 'PUT', `/api/products/${scanned.id}`);
    await page.getByRole('button', { name: 'Save' }).click();
    const body = await okJson<Product>(saved);
    assert.equal(body.price, newPrice);
    await page.waitForURL((url) => url.hash === `#/products/${scanned.id}/show`);
    await page.getByText(euros(newPrice), { exact: true }).first().waitFor();
  });

  await ctx.step('bulk-archive three products after a preview', async () => {
    const { records } = await openProducts(ctx, page, { status: 'active' });
    const chosen = records.slice(0, 3);
    const checkboxes = page.getByLabel('Select this row');
    for (let index = 0; index < chosen.length; index += 1) await checkboxes.nth(index).click();
    const preview = apiAnswer(page, 'POST', '/api/products/bulk');
    await page.getByRole('button', { name: 'Archive' }).click();
    const dialog = page.getByRole('dialog', { name: 'Archive 3 products' });
    await okJson(preview);
    const changes = dialog.getByRole('list', { name: 'Changes, old → new' });
    for (const product of chosen) await changes.getByText(`${product.sku} · ${product.name}`).waitFor();
    await ctx.screenshot(page, 'catalog-bulk-preview');
    const applied = apiAnswer(page, 'POST', '/api/products/bulk');
    await dialog.getByRole('button', { name: 'Apply to 3 products' }).click();
    assert.equal((await okJson<{ applied: boolean }>(applied)).applied, true);
    await page.getByText('3 products changed.').waitFor();
    for (const product of chosen) {
      const stored = (await (await api.request('GET', `/products/${product.id}`)).json()) as Product;
      assert.equal(stored.status, 'archived', `${product.sku} is archived`);
    }
  });

  const exported = await ctx.step('export every product as CSV', async () => {
    const { total } = await openProducts(ctx, page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export' }).click(),
    ]);
    const text = readFileSync(await download.path(), 'utf8');
    const csv = parseCsv(text);
    for (const column of ['sku', 'name', 'price', 'cost', 'status'])
      assert.ok(csv.header.includes(column), column);
    assert.equal(csv.rows.length, total, 'one row per product matching the (empty) filter');
    assert.ok(csv.rows.some((row) => row.values.sku === scanned.sku));
    return csv;
  });

  await ctx.step('import an edited CSV after a dry run', async () => {
    const renamed = `${exported.rows[0]!.values.name} (Frühjahr)`;
    const edited = exported.rows.map(({ values }, index) =>
      exported.header.map((column) => (index === 0 && column === 'name' ? renamed : values[column])),
    );
    const dir = mkdtempSync(join(tmpdir(), 'kontor-catalog-'));
    try {
      const file = join(dir, 'products-edited.csv');
      writeFileSync(file, [csvLine(exported.header), ...edited.map((row) => csvLine(row))].join('\n'));
      await page.goto(`${ctx.baseUrl}#/products/import`);
      const dryRun = apiAnswer(page, 'POST', '/api/products/import');
      await page.getByLabel('Choose CSV file').setInputFiles(file);
      const report = await okJson<{ updated: number; rejected: unknown[] }>(dryRun);
      assert.deepEqual(
        { updated: report.updated, rejected: report.rejected.length },
        { updated: 1, rejected: 0 },
      );
      await page.getByText('Check result (nothing changed yet)').waitFor();
      await ctx.screenshot(page, 'catalog-import-dry-run');
      await page.getByRole('radio', { name: /All or nothing/ }).check();
      const applied = apiAnswer(page, 'POST', '/api/products/import');
      await page.getByRole('button', { name: 'Apply import' }).click();
      assert.equal((await okJson<{ applied: boolean }>(applied)).applied, true);
      await page.getByText('Import applied', { exact: true }).waitFor();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await openProducts(ctx, page);
    const found = expectListLoaded(page, 'products', () =>
      page.getByPlaceholder('Search', { exact: true }).fill(renamed),
    );
    await found;
    await tableRows(page).filter({ hasText: renamed }).first().waitFor();
  });

  await ctx.step('products at 1280×800 and 360×740, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const [width, height, size] of [
        [1280, 800, 'desktop'],
        [360, 740, 'mobile'],
      ] as const) {
        const view = await ctx.newPage({ width, height, colorScheme });
        const list = await expectListLoaded<Product>(view, 'products', () => view.goto(productsUrl(ctx)));
        await view.getByText(list.records[0]!.name).first().waitFor();
        await waitForTheme(view, colorScheme);
        assert.equal(await horizontalOverflow(view), 0, `nothing sticks out sideways at ${width} px`);
        await ctx.screenshot(view, `catalog-products-${size}-${colorScheme}`);
        await view.close();
      }
    }
  });
}
