import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KpiReport } from '../domain/kpis/types';
import type { Warehouse } from '../domain/types';
import { addDaysToKey, shopDateKey } from '../domain/time';
import { serveCollection, WAIT } from '../resources/testing';
import { renderWithAdmin, type RenderWithAdminOptions } from '../test/renderWithAdmin';
import { server } from '../test/server';
import { ShopSettingsProvider, useShopTimeZone } from '../components/ShopSettingsContext';
import { DEFAULT_SHOP_SETTINGS } from '../domain/shop';
import Dashboard from './Dashboard';
import { makeQuietReport, makeReport, makeWarehouseReport } from './testing';

const warehouses: Warehouse[] = [
  {
    id: 1,
    code: 'BER',
    name: 'Berlin',
    city: 'Berlin',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    version: 1,
  },
  {
    id: 2,
    code: 'HAM',
    name: 'Hamburg',
    city: 'Hamburg',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    version: 1,
  },
];

const SETTINGS = {
  ...DEFAULT_SHOP_SETTINGS,
  id: 1,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  version: 1,
};

/** Serves the report (or an error) and records each request's query. */
function serveKpis(answer: KpiReport | { status: number; message: string }): URLSearchParams[] {
  const seen: URLSearchParams[] = [];
  server.use(
    http.get('/api/kpis', ({ request }) => {
      seen.push(new URL(request.url).searchParams);
      return 'status' in answer
        ? HttpResponse.json({ message: answer.message }, { status: answer.status })
        : HttpResponse.json(answer);
    }),
  );
  serveCollection('warehouses', warehouses);
  return seen;
}

function renderDashboard(options: RenderWithAdminOptions = {}) {
  return renderWithAdmin(<Dashboard />, { role: 'manager', ...options });
}

/** The card showing a figure, found by its name (by text: role queries over the whole dashboard are slow in a test DOM). */
async function card(name: string): Promise<HTMLElement> {
  const label = await screen.findByText(name, { selector: 'h3' }, WAIT);
  return label.closest<HTMLElement>('[data-kpi]')!;
}

const filterOf = (link: HTMLElement) =>
  JSON.parse(new URLSearchParams(link.getAttribute('href')!.split('?')[1]).get('filter')!) as Record<
    string,
    unknown
  >;

// The charts are loaded lazily; load them up front, so the first test does not pay for recharts.
beforeAll(
  () =>
    Promise.all([
      import('./charts/SalesChart'),
      import('./charts/RankedBarChart'),
      import('./charts/LeadTimeChart'),
    ]),
  60_000,
);

describe('Dashboard', () => {
  it('shows each figure formatted, with its change against the comparison period', async () => {
    serveKpis(makeReport());
    renderDashboard();

    const gross = await card('Gross sales');
    expect(within(gross).getByText('€11,000.00')).toBeInTheDocument();
    expect(within(gross).getByRole('img', { name: 'up 10% on the comparison period' })).toHaveAttribute(
      'data-good',
      'true',
    );

    const orders = await card('Orders');
    expect(within(orders).getByText('80')).toBeInTheDocument();
    expect(within(orders).getByRole('img', { name: 'down 20% on the comparison period' })).toHaveAttribute(
      'data-good',
      'false',
    );

    // More refunds is bad news, so a rise is coloured as such.
    const refunds = await card('Refunds');
    expect(within(refunds).getByText('€120.00')).toBeInTheDocument();
    expect(within(refunds).getByRole('img', { name: 'up 50% on the comparison period' })).toHaveAttribute(
      'data-good',
      'false',
    );

    expect(
      within(await card('Units sold')).getByRole('img', { name: 'unchanged on the comparison period' }),
    ).not.toHaveAttribute('data-good');

    // A shorter time to ship is good news.
    const median = await card('Median time to ship');
    expect(within(median).getByText('19.5 h')).toBeInTheDocument();
    expect(within(median).getByRole('img', { name: 'down 25% on the comparison period' })).toHaveAttribute(
      'data-good',
      'true',
    );

    expect(within(await card('Days of cover')).getByText('51.2 days')).toBeInTheDocument();
    expect(within(await card('Sell-through')).getByText('31%')).toBeInTheDocument();
  });

  it('links every count to the list that has exactly those records', async () => {
    const report = makeReport();
    serveKpis(report);
    renderDashboard();
    const period = { placedAt_gte: report.range.from, placedAt_lte: report.range.to };

    expect(filterOf(within(await card('Orders')).getByRole('link'))).toEqual({
      ...period,
      status_neq: 'cancelled',
    });
    const paid = (await screen.findByText('Paid: 10', {}, WAIT)).closest('a')!;
    expect(paid.getAttribute('href')).toMatch(/^\/orders\?/);
    expect(filterOf(paid)).toEqual({ ...period, status: 'paid' });
    expect(filterOf(within(await card('Out of stock')).getByRole('link'))).toEqual({ outOfStock: true });
    expect(filterOf(within(await card('At or below reorder point')).getByRole('link'))).toEqual({
      lowStock: true,
    });
    expect(filterOf(within(await card('Late open orders')).getByRole('link'))).toEqual({ late: true });
    expect(screen.getByText('Wok Gusseisen 30 cm').closest('a')).toHaveAttribute('href', '/products/23/show');
  });

  it('breaks sales down by shipping and payment method, each figure linking to its orders', async () => {
    const report = makeReport();
    serveKpis(report);
    renderDashboard();
    const counted = {
      placedAt_gte: report.range.from,
      placedAt_lte: report.range.to,
      status_neq: 'cancelled',
    };
    const shipping = (await screen.findByText('Sales by shipping method', { selector: 'h3' }, WAIT)).closest(
      '.MuiCard-root',
    ) as HTMLElement;
    const express = within(shipping).getByText('DHL Express').closest('tr')!;
    const net = within(express).getByRole('link', { name: '€2,970.00' });
    expect(filterOf(net)).toEqual({ ...counted, shippingMethodId: 2 });
    expect(filterOf(within(express).getByRole('link', { name: '20' }))).toEqual({
      ...counted,
      shippingMethodId: 2,
    });
    // A method nothing was sold with is left out.
    expect(within(shipping).queryByText('DPD Classic')).toBeNull();

    // Late orders are now, not the period's: they have their own table in fulfilment, the late flag with the method.
    // Fulfilment is below the first section, so it follows once that has painted.
    const late = (
      await screen.findByText('Late orders by shipping method', { selector: 'h3' }, WAIT)
    ).closest('.MuiCard-root') as HTMLElement;
    const lateExpress = within(late).getByText('DHL Express').closest('tr')!;
    expect(filterOf(within(lateExpress).getByRole('link', { name: '2' }))).toEqual({
      late: true,
      shippingMethodId: 2,
    });
    expect(within(late).queryByText('DPD Classic')).toBeNull();

    const payment = screen
      .getByText('Sales by payment method', { selector: 'h3' })
      .closest('.MuiCard-root') as HTMLElement;
    const invoice = within(payment).getByText('Rechnung').closest('tr')!;
    expect(filterOf(within(invoice).getByRole('link', { name: '€3,950.00' }))).toEqual({
      ...counted,
      paymentMethodId: 2,
    });
  });

  it('shows warehouse staff late orders by shipping method in fulfilment', async () => {
    serveKpis(makeWarehouseReport());
    renderDashboard({ role: 'warehouse', locale: 'de' });
    const panel = (
      await screen.findByText('Verspätete Bestellungen nach Versandart', { selector: 'h3' }, WAIT)
    ).closest('.MuiCard-root') as HTMLElement;
    const express = within(panel).getByText('DHL Express').closest('tr')!;
    expect(filterOf(within(express).getByRole('link', { name: '2' }))).toEqual({
      late: true,
      shippingMethodId: 2,
    });
    expect(within(panel).queryByText('DPD Classic')).toBeNull();
  });

  it('asks for the last 30 shop days against the previous period by default', async () => {
    const seen = serveKpis(makeReport());
    renderDashboard();
    await waitFor(() => expect(seen).toHaveLength(1), WAIT);
    const today = shopDateKey(new Date(), 'Europe/Berlin');
    expect(Object.fromEntries(seen[0]!)).toEqual({
      from: addDaysToKey(today, -29),
      to: today,
      compare: 'previous',
      sections: 'sales,stock,fulfilment,promotions',
    });
  });

  it("asks for the shop's own days from the first request, when the shop is far from Berlin", async () => {
    // Of two zones 25 hours apart, at least one is on another date than Berlin right now.
    const berlin = shopDateKey(new Date(), 'Europe/Berlin');
    const zone = ['Pacific/Kiritimati', 'Pacific/Pago_Pago'].find(
      (candidate) => shopDateKey(new Date(), candidate) !== berlin,
    )!;
    server.use(http.get('/api/shop-settings/1', () => HttpResponse.json({ ...SETTINGS, timeZone: zone })));
    const seen = serveKpis(makeReport());
    // As the console opens a screen: the shop's settings are in hand before the dashboard renders.
    function OnceSettingsArrived() {
      return useShopTimeZone() === zone ? <Dashboard /> : null;
    }
    renderWithAdmin(
      <ShopSettingsProvider>
        <OnceSettingsArrived />
      </ShopSettingsProvider>,
      { role: 'manager' },
    );
    await waitFor(() => expect(seen.length).toBeGreaterThan(0), WAIT);
    expect(seen[0]!.get('to')).toBe(shopDateKey(new Date(), zone));
  });

  it('reads the period, comparison and warehouse from the URL, and writes changes back', async () => {
    const seen = serveKpis(makeReport());
    const visited: string[] = [];
    renderDashboard({
      initialEntries: ['/?range=90d&compare=last_year&warehouse=2'],
      onLocationChange: (location) => visited.push(location.search),
    });
    await waitFor(() => expect(seen).toHaveLength(1), WAIT);
    const today = shopDateKey(new Date(), 'Europe/Berlin');
    expect(Object.fromEntries(seen[0]!)).toMatchObject({
      from: addDaysToKey(today, -89),
      to: today,
      compare: 'last_year',
      warehouseId: '2',
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Previous period' }, WAIT));
    await waitFor(() => expect(seen.at(-1)?.get('compare')).toBe('previous'), WAIT);
    expect(visited.at(-1)).toBe('?range=90d&warehouse=2');
  });

  it('shows warehouse staff the stock and fulfilment widgets only', async () => {
    const seen = serveKpis(makeWarehouseReport());
    renderDashboard({ role: 'warehouse' });
    expect(await screen.findByText('Stock health', { selector: 'h2' }, WAIT)).toBeInTheDocument();
    // The sections below the first follow once it is on screen.
    expect(await screen.findByText('Fulfilment', { selector: 'h2' }, WAIT)).toBeInTheDocument();
    expect(screen.queryByText('Sales', { selector: 'h2' })).toBeNull();
    expect(screen.queryByText('Promotions', { selector: 'h2' })).toBeNull();
    expect(seen[0]?.get('sections')).toBe('stock,fulfilment');
  });

  it('writes figures the German way for a German reader', async () => {
    serveKpis(makeReport());
    renderDashboard({ locale: 'de' });
    const gross = await card('Bruttoumsatz');
    expect(within(gross).getByText(/^11\.000,00\s€$/)).toBeInTheDocument();
    // German puts a no-break space before the percent sign.
    expect(
      within(gross).getByRole('img', { name: /^10\s%\smehr als im Vergleichszeitraum$/ }),
    ).toBeInTheDocument();
  });

  it('says so when nothing happened in the period', async () => {
    serveKpis(makeQuietReport());
    renderDashboard();
    expect(await screen.findByText(/Nothing happened in this period/, {}, WAIT)).toBeInTheDocument();
    expect(screen.getAllByText('No orders were placed in this period.').length).toBeGreaterThan(0);
    expect(await screen.findByText('No promotion was used in this period.', {}, WAIT)).toBeInTheDocument();
    expect(within(await card('Average order value')).getByText('–')).toBeInTheDocument();
  });

  it('shows the server’s reason when the figures cannot be loaded, and tries again on request', async () => {
    const seen = serveKpis({ status: 500, message: 'The database is being restored.' });
    renderDashboard();
    expect(await screen.findByText(/The database is being restored\./, {}, WAIT)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(seen.length).toBeGreaterThan(1), WAIT);
  });
});
