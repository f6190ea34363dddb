/**
 * A merchandiser's promotion: create a 20 % category promotion with a coupon
 * code as a draft, watch the dry run price a cart before and after, confirm
 * the overlap warning, activate it (uncheck Draft, start now), then pause it;
 * the list's status tabs count it along the way (checked against the API's status-counts).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page, Response } from 'playwright-core';
import type { PromotionStatus } from '../../src/domain/promotions';
import type { Category, Product } from '../../src/domain/types';
import { ApiClient } from '../../scripts/lib/api-client';
import { expectListLoaded, horizontalOverflow, menuEntry, waitForTheme } from '../harness/console';
import type { JourneyContext } from '../harness/types';

export const name = 'promotions';

type Counts = Record<PromotionStatus, number>;

const isApi = (method: string, path: RegExp) => (response: Response) =>
  response.request().method() === method && path.test(new URL(response.url()).pathname);

/** Runs `trigger` and returns the API's answer to the request it causes; fails on an error status. */
async function answerTo(page: Page, method: string, path: RegExp, trigger: () => Promise<unknown>) {
  const answer = page.waitForResponse(isApi(method, path));
  await trigger();
  const response = await answer;
  assert.ok(response.ok(), `${method} ${response.url()} answered ${response.status()}`);
  return response;
}

/** A subcategory with an active product in it, so a category promotion has something to discount. */
async function pickTarget(api: ApiClient): Promise<{ category: Category; product: Product }> {
  const { records: categories } = await api.list<Category>('categories', { range: [0, 99] });
  for (const category of categories.filter((c) => c.parentId !== null)) {
    const { records } = await api.list<Product>('products', {
      filter: { categoryId: category.id, status: 'active' },
      sort: ['price', 'DESC'],
      range: [0, 0],
    });
    if (records[0]) return { category, product: records[0] };
  }
  throw new Error('the seed has no subcategory with an active product');
}

async function statusCounts(api: ApiClient): Promise<Counts> {
  const answer = (await (await api.request('GET', '/promotions/status-counts')).json()) as {
    byStatus: Counts;
  };
  return answer.byStatus;
}

function tab(page: Page, label: string, count: number) {
  return page.getByRole('tab', { name: `${label} ${count}`, exact: true });
}

/** The sample cart's total row: [label, without, with]. */
async function totals(page: Page): Promise<[string, string]> {
  const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Total', exact: true }) });
  const cells = await row.getByRole('cell').allInnerTexts();
  return [cells[1]!.trim(), cells[2]!.trim()];
}

/** Saves the form, sees the overlap warning, and confirms it; resolves with the write's answer. */
async function saveThroughOverlapWarning(page: Page, write: 'POST' | 'PUT') {
  await answerTo(page, 'POST', /^\/api\/promotions\/overlaps$/, () =>
    page.getByRole('button', { name: 'Save', exact: true }).click(),
  );
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('heading', { name: /^It overlaps \d+ other promotions?$/ }).waitFor();
  // The dialog fades in; wait until it is fully shown, so a screenshot shows it.
  await page.waitForFunction(() => {
    const container = document.querySelector('.MuiDialog-container');
    return container !== null && getComputedStyle(container).opacity === '1';
  });
  const listed = await dialog.getByRole('listitem').count();
  assert.ok(listed > 0, 'the warning lists the promotions it overlaps');
  return {
    listed,
    save: () =>
      answerTo(page, write, /^\/api\/promotions(\/\d+)?$/, () =>
        dialog.getByRole('button', { name: 'Save anyway' }).click(),
      ),
  };
}

async function expectStatus(page: Page, status: string) {
  await page
    .getByRole('alert')
    .filter({ hasText: new RegExp(`^${status}:`) })
    .waitFor();
}

export async function run(ctx: JourneyContext): Promise<void> {
  const api = new ApiClient(ctx.apiUrl, await ctx.apiToken('merchandiser'));
  const { category, product } = await pickTarget(api);
  const before = await statusCounts(api);
  // Unique per run, so the journey also passes against a database it has run on before.
  const suffix = Date.now().toString(36).toUpperCase();
  const code = `E2E20${suffix}`;
  const promotionName = `${category.name} 20 % (${suffix})`;

  const page = await ctx.newPage({ width: 1280, height: 800, colorScheme: 'light' });
  await ctx.step('sign in as merchandiser', () => ctx.login(page, 'merchandiser'));

  await ctx.step('the list counts promotions per status', async () => {
    await expectListLoaded(page, 'promotions', () => menuEntry(page, 'promotions').click());
    await tab(page, 'Draft', before.draft).waitFor();
    await tab(page, 'Paused', before.paused).waitFor();
    await ctx.screenshot(page, 'promotions-list-light');
  });

  await ctx.step('create a 20 % category promotion with a code', async () => {
    await page.getByRole('link', { name: 'Create' }).click();
    await page.getByRole('textbox', { name: /^Name/ }).fill(promotionName);
    await page.getByRole('spinbutton', { name: 'Percentage off' }).fill('20');
    await page.getByRole('radio', { name: 'Selected categories' }).check();
    const categories = page.getByRole('combobox', { name: 'Categories' });
    await categories.fill(category.name);
    await page.getByRole('option', { name: category.name, exact: true }).click();
    await page.getByRole('textbox', { name: 'Coupon code', exact: true }).fill(code);
  });

  await ctx.step('the dry run prices a cart with and without it', async () => {
    const picker = page.getByRole('combobox', { name: 'Add a product' });
    await picker.fill(product.name);
    await answerTo(page, 'POST', /^\/api\/promotions\/simulate$/, () =>
      page.getByRole('option', { name: `${product.sku} · ${product.name}` }).click(),
    );
    await page.getByText(/^This promotion applies:/).waitFor();
    const [without, withIt] = await totals(page);
    assert.notEqual(without, withIt, 'the total changes with the promotion');
    assert.match(without, /€/);
    await page.getByText(/^This promotion: [-−]/).waitFor();
    await ctx.screenshot(page, 'promotions-dry-run');
  });

  const created = await ctx.step('saving warns of the overlaps first', async () => {
    const warning = await saveThroughOverlapWarning(page, 'POST');
    await ctx.screenshot(page, 'promotions-overlap-warning');
    const response = await warning.save();
    const record = (await response.json()) as { id: number; status: PromotionStatus };
    assert.equal(record.status, 'draft', 'a new promotion starts as a draft');
    await expectStatus(page, 'Draft');
    return record;
  });

  await ctx.step('activate it: uncheck Draft and start now', async () => {
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByLabel('Draft', { exact: true }).uncheck();
    await page.getByRole('button', { name: 'Start now' }).click();
    await page.getByText('It applies to matching orders as soon as it is saved.').waitFor();
    const warning = await saveThroughOverlapWarning(page, 'PUT');
    const response = await warning.save();
    assert.equal(((await response.json()) as { status: string }).status, 'active');
    await expectStatus(page, 'Active');
  });

  await ctx.step('pause it', async () => {
    await answerTo(page, 'POST', new RegExp(`^/api/promotions/${created.id}/pause$`), () =>
      page.getByRole('button', { name: 'Pause' }).click(),
    );
    await expectStatus(page, 'Paused');
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    await ctx.screenshot(page, 'promotions-show-light');
  });

  await ctx.step('generate coupon codes and download them as CSV', async () => {
    await page.getByRole('spinbutton', { name: 'How many' }).fill('3');
    await page.getByRole('textbox', { name: 'Prefix' }).fill('e2e');
    await answerTo(page, 'POST', new RegExp(`^/api/promotions/${created.id}/codes$`), () =>
      page.getByRole('button', { name: 'Generate codes' }).click(),
    );
    await page.getByText('3 generated codes').waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const saved = await download;
    assert.equal(saved.suggestedFilename(), `promotion-${created.id}-codes.csv`);
    const csv = readFileSync(await saved.path(), 'utf8');
    assert.ok(csv.startsWith('\uFEFF'), 'spreadsheet programs are told the file is UTF-8');
    const [header, ...rows] = csv.slice(1).trimEnd().split('\r\n');
    assert.equal(header, 'code,used at');
    assert.equal(rows.length, 3);
    for (const row of rows) assert.match(row, /^E2E-[A-Z2-9]{8},$/);
  });

  await ctx.step('the Paused tab counts it', async () => {
    await menuEntry(page, 'promotions').click();
    await tab(page, 'Paused', before.paused + 1).click();
    await page.getByRole('cell', { name: promotionName }).waitFor();
  });

  await ctx.step('the timeline shows it among the others', async () => {
    await page.getByRole('link', { name: 'Timeline' }).click();
    const timeline = page.getByRole('region', { name: 'Promotions timeline' });
    await timeline.getByRole('link', { name: promotionName }).first().waitFor();
    assert.ok((await timeline.getByRole('link').count()) > 2, 'other promotions share the weeks');
    await ctx.screenshot(page, 'promotions-timeline-light');
  });

  await ctx.step('timeline, list and page at 360×740 in the dark', async () => {
    const phone = await ctx.newPage({ width: 360, height: 740, colorScheme: 'dark' });
    await phone.goto(`${ctx.baseUrl}#/promotions`);
    await waitForTheme(phone, 'dark');
    await tab(phone, 'Paused', before.paused + 1).waitFor();
    assert.equal(await horizontalOverflow(phone), 0, 'the list fits 360 px');
    await ctx.screenshot(phone, 'promotions-list-mobile-dark');
    await phone.goto(`${ctx.baseUrl}#/promotions/timeline`);
    await phone.getByRole('link', { name: promotionName }).first().waitFor();
    assert.equal(await horizontalOverflow(phone), 0, 'the timeline scrolls inside its card, not the page');
    await ctx.screenshot(phone, 'promotions-timeline-mobile-dark');
    await phone.goto(`${ctx.baseUrl}#/promotions/${created.id}/show`);
    await expectStatus(phone, 'Paused');
    assert.equal(await horizontalOverflow(phone), 0, 'the page fits 360 px');
    await ctx.screenshot(phone, 'promotions-show-mobile-dark');
  });
}
