/**
 * Settings → Shop in real Chromium: the admin opens it from the menu, an unknown
 * time zone is refused next to the field, showing amounts by code changes the
 * orders list's money, and the screen passes the screen audit (axe, no overflow,
 * no English on the German screen) in English light at 1280 px and in German dark
 * at 360 px. The journey puts the money display back, as other journeys read amounts.
 */
import type { Page } from 'playwright-core';
import { ApiClient } from '../../scripts/lib/api-client';
import { menuEntry, openListFromMenu } from '../harness/console';
import { screenFacts, screenProblems, watchToasts } from '../harness/screen-audit';
import type { JourneyContext } from '../harness/types';

export const name = 'shop-settings';

async function audit(page: Page, locale: 'en' | 'de'): Promise<void> {
  await page.getByRole('heading', { level: 1 }).filter({ hasText: /\S/ }).waitFor();
  const problems = screenProblems(await screenFacts(page), locale);
  if (problems.length > 0) throw new Error(`the Shop screen (${locale}): ${problems.join('; ')}`);
}

export async function run(ctx: JourneyContext): Promise<void> {
  const page = await ctx.newPage({ width: 1280, height: 900 });
  await watchToasts(page);
  await ctx.login(page, 'admin');

  await ctx.step('open Settings → Shop from the menu', async () => {
    await menuEntry(page, 'shop-settings').click();
    await page.getByRole('combobox', { name: 'Time zone' }).waitFor();
    if ((await page.getByRole('combobox', { name: 'Time zone' }).inputValue()) !== 'Europe/Berlin')
      throw new Error('the seeded time zone is not Europe/Berlin');
    await audit(page, 'en');
    // The one record is never deleted (the API answers 405), so the screen offers no Delete.
    if ((await page.getByRole('button', { name: 'Delete' }).count()) > 0)
      throw new Error('the Shop screen offers to delete the shop');
    await ctx.screenshot(page, 'shop-settings-en-light-1280');
  });

  await ctx.step('an unknown time zone is refused next to the field', async () => {
    await page.getByRole('combobox', { name: 'Time zone' }).fill('Europe/Atlantis');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('"Europe/Atlantis" is not a time zone Kontor knows.', { exact: false }).waitFor();
    await ctx.screenshot(page, 'shop-settings-en-refused');
    await page.getByRole('combobox', { name: 'Time zone' }).fill('Europe/Berlin');
  });

  await ctx.step('amounts shown by code appear so on the orders list', async () => {
    await page.getByRole('radio', { name: /^Code/ }).check();
    const saved = page.waitForResponse(
      (response) => response.url().includes('/api/shop-settings/1') && response.request().method() === 'PUT',
    );
    await page.getByRole('button', { name: 'Save' }).click();
    if ((await saved).status() !== 200) throw new Error(`saving answered ${(await saved).status()}`);
    await openListFromMenu(page, 'orders');
    await page.getByRole('cell', { name: /EUR/ }).first().waitFor();
    await ctx.screenshot(page, 'shop-settings-orders-by-code');
  });

  await ctx.step('the Shop screen in German, dark, at 360 px', async () => {
    const context = await ctx.browser.newContext({
      viewport: { width: 360, height: 800 },
      locale: 'de-DE',
      colorScheme: 'dark',
    });
    try {
      const german = await context.newPage();
      await watchToasts(german);
      await ctx.login(german, 'admin');
      await german.evaluate(() => (window.location.hash = '#/shop-settings'));
      await german.getByRole('combobox', { name: 'Zeitzone' }).waitFor();
      await audit(german, 'de');
      await ctx.screenshot(german, 'shop-settings-de-dark-360');
    } finally {
      await context.close();
    }
  });

  await ctx.step('put the money display back', async () => {
    const api = new ApiClient(ctx.apiUrl, await ctx.apiToken('admin'));
    const current = (await (await api.request('GET', '/shop-settings/1')).json()) as { version: number };
    const put = await api.request('PUT', '/shop-settings/1', {
      version: current.version,
      currencyDisplay: 'symbol',
    });
    if (put.status !== 200) throw new Error(`putting the money display back answered ${put.status}`);
  });
}
