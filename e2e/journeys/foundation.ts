/**
 * The console's foundation: sign in, browse the main lists, switch to German
 * and to the dark theme, and stay usable on a phone.
 */
import assert from 'node:assert/strict';
import type { Product } from '../../src/domain/types';
import {
  expectListLoaded,
  horizontalOverflow,
  menuEntry,
  openListFromMenu,
  tableRows,
  waitForTheme,
} from '../harness/console';
import type { JourneyContext } from '../harness/types';

export const name = 'foundation';

export async function run(ctx: JourneyContext): Promise<void> {
  const page = await ctx.newPage({ width: 1280, height: 800, colorScheme: 'light' });
  await ctx.step('sign in as admin', () => ctx.login(page, 'admin'));

  const firstProduct = await ctx.step('products list', async () => {
    const products = await openListFromMenu<Product>(page, 'products');
    assert.equal(products.rows, products.records.length, 'every product the API sent is a row');
    assert.ok((products.total ?? 0) >= products.records.length, 'Content-Range counts at least the page');
    await tableRows(page).filter({ hasText: products.records[0]!.name }).first().waitFor();
    await ctx.screenshot(page, 'foundation-products-light');
    return products.records[0]!;
  });

  for (const resource of ['orders', 'customers', 'stock-levels']) {
    await ctx.step(`${resource} list`, async () => {
      const list = await openListFromMenu(page, resource);
      assert.equal(list.rows, list.records.length, `every ${resource} record the API sent is a row`);
    });
  }

  await ctx.step('switch to the dark theme', async () => {
    await waitForTheme(page, 'light');
    await page.getByRole('button', { name: 'Toggle light/dark mode' }).click();
    await waitForTheme(page, 'dark');
  });

  await ctx.step('switch to German', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Deutsch' }).click();
    await menuEntry(page, 'products').filter({ hasText: 'Produkte' }).waitFor();
    await page.waitForFunction(() => document.documentElement.lang === 'de', undefined, { timeout: 5000 });
    const englishToggles = await page.getByRole('button', { name: 'Toggle light/dark mode' }).count();
    assert.equal(englishToggles, 0, 'the theme toggle is labelled in German too');
  });

  await ctx.step('products in German and dark at 1280×800', async () => {
    await menuEntry(page, 'products').click();
    // The previous list's rows linger for a moment; wait for a product's.
    await tableRows(page).filter({ hasText: firstProduct.name }).first().waitFor();
    await ctx.screenshot(page, 'foundation-desktop');
  });

  // A second page in the same context: still signed in, still German and dark.
  await ctx.step('products at 360×740', async () => {
    const phone = await ctx.newPage({ width: 360, height: 740, colorScheme: 'dark' });
    const url = `${ctx.baseUrl}#/products`;
    const products = await expectListLoaded<Product>(phone, 'products', () => phone.goto(url));
    await phone.getByText(products.records[0]!.name).first().waitFor();
    await waitForTheme(phone, 'dark');
    assert.equal(await horizontalOverflow(phone), 0, 'nothing sticks out sideways at 360 px');
    await ctx.screenshot(phone, 'foundation-mobile');
  });
}
