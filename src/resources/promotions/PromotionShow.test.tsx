import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../domain/permissions';
import type { PromotionPerformance, PromotionRecord } from '../../providers/operations/promotions';
import { renderWithAdmin } from '../../test/renderWithAdmin';
import { server } from '../../test/server';
import { enterText, makeOrder, serveCollection, WAIT, WithResources } from '../testing';
import { makePromotion } from './fixtures';
import PromotionShow from './PromotionShow';

const performance: PromotionPerformance = {
  promotionId: 5,
  status: 'active',
  uses: 40,
  discountGiven: 30000,
  budget: 40000,
  budgetLeft: 10000,
  orders: 3,
  sales: 100000,
  salesWithout: 120000,
  shipping: 0,
  shippingWithout: 1485,
  cost: 60000,
  margin: 40000,
  marginWithout: 60000,
};

/** Serves promotion 5 as `current` says, and everything its page asks for; returns what was posted. */
function servePage(initial: PromotionRecord) {
  let current = initial;
  const posted: { path: string; body: unknown }[] = [];
  server.use(
    http.get('/api/promotions/5', () => HttpResponse.json(current)),
    http.get('/api/promotions/5/performance', () => HttpResponse.json(performance)),
    http.get('/api/promotions/5/overlaps', () => HttpResponse.json([])),
    http.post('/api/promotions/5/pause', async ({ request }) => {
      posted.push({ path: 'pause', body: await request.json() });
      current = { ...current, paused: true, status: 'paused', version: current.version + 1 };
      return HttpResponse.json(current);
    }),
    http.post('/api/promotions/5/codes', async ({ request }) => {
      const body = (await request.json()) as { count: number; prefix: string };
      posted.push({ path: 'codes', body });
      const codes = Array.from({ length: body.count }, (_, n) => `VIP-CODE${n}`);
      return HttpResponse.json({ promotionId: 5, count: body.count, prefix: 'VIP', codes }, { status: 201 });
    }),
  );
  serveCollection('orders', [makeOrder({ id: 1 }), makeOrder({ id: 2 }), makeOrder({ id: 3 })]);
  serveCollection('promotion-codes', [
    { id: 1, promotionId: 5, code: 'VIP-AAAA2222', usedAt: null },
    { id: 2, promotionId: 5, code: 'VIP-BBBB3333', usedAt: null },
  ]);
  return posted;
}

function renderPage(role: Role = 'merchandiser') {
  renderWithAdmin(
    <WithResources>
      <PromotionShow id={5} />
    </WithResources>,
    { resource: 'promotions', role },
  );
}

const vip = makePromotion({
  id: 5,
  name: 'VIP 10 €',
  code: 'VIP10',
  usageCount: 40,
  budget: 40000,
  discountGiven: 30000,
});

describe('PromotionShow', { timeout: 60_000 }, () => {
  it('shows uses, the discount against the budget, the orders that used it, and sales with and without it', async () => {
    servePage(vip);
    renderPage();

    expect(await screen.findByText('Used 40 times', {}, WAIT)).toBeInTheDocument();
    expect(screen.getByText('€300.00 of €400.00 budget given (75%)')).toBeInTheDocument();
    expect(
      screen.getByRole('progressbar', { name: '€300.00 of €400.00 budget given (75%)' }),
    ).toHaveAttribute('aria-valuenow', '75');
    const orders = await screen.findByRole('link', { name: '3 orders used it' }, WAIT);
    expect(orders.getAttribute('href')).toContain(
      `/orders?filter=${encodeURIComponent('{"promotionIds":5}')}`,
    );

    const table = await screen.findByRole(
      'table',
      { name: 'Sales and margin with and without the promotion' },
      WAIT,
    );
    const sales = within(table).getByRole('rowheader', { name: 'Sales' }).closest('tr')!;
    expect(
      within(sales)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['€1,000.00', '€1,200.00', '-€200.00']);
    expect(screen.getByText('Active: it applies to matching orders now.')).toBeInTheDocument();
  });

  it('pauses an active promotion once the server confirms, and then offers to resume it', async () => {
    const posted = servePage(vip);
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Pause' }, WAIT));

    expect(
      await screen.findByText('Paused: it does not apply until it is resumed.', {}, WAIT),
    ).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Resume' }, WAIT)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Pause' })).not.toBeInTheDocument();
    expect(posted).toEqual([{ path: 'pause', body: { version: 1 } }]);
  });

  it('offers neither pause nor resume for an expired promotion', async () => {
    servePage({ ...vip, status: 'expired' });
    renderPage();
    await screen.findByText(/^Expired: it ended on/, {}, WAIT);
    expect(screen.queryByRole('button', { name: 'Pause' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Resume' })).not.toBeInTheDocument();
  });

  it('counts the generated codes and generates more with a prefix', async () => {
    const posted = servePage(vip);
    renderPage();
    expect(await screen.findByText('2 generated codes', {}, WAIT)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeEnabled();

    await enterText(screen.getByRole('spinbutton', { name: 'How many' }), '5');
    await enterText(screen.getByRole('textbox', { name: 'Prefix' }), 'vip');
    await userEvent.click(screen.getByRole('button', { name: 'Generate codes' }));

    expect(await screen.findByText('Generated 5 codes', {}, WAIT)).toBeInTheDocument();
    await waitFor(() => expect(posted).toEqual([{ path: 'codes', body: { count: 5, prefix: 'vip' } }]));
  });
});
