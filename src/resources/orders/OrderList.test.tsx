import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { PresentedOrder } from '../../providers/operations/orders';
import { renderWithAdmin } from '../../test/renderWithAdmin';
import { server } from '../../test/server';
import { ORDER_STATUSES } from '../../domain/types';
import { serveCollection, serveStatusCounts, WAIT, WithResources } from '../testing';
import OrderList from './OrderList';
import { CUSTOMER, FIRST_PAINT, presentOrder, SLOW_TESTS, WAREHOUSES } from './orderPageTesting';

const orders: PresentedOrder[] = [
  presentOrder({ id: 1, status: 'paid', total: 4590, paidAt: '2025-03-01T11:00:00.000Z' }, true),
  presentOrder({
    id: 2,
    status: 'shipped',
    items: [
      { productId: 1, sku: 'A-1', name: 'Mug', quantity: 3, unitPrice: 900, discount: 0 },
      { productId: 2, sku: 'B-2', name: 'Plate', quantity: 1, unitPrice: 1500, discount: 100 },
    ],
  }),
  presentOrder({ id: 3, status: 'shipped' }),
];

/** Answers list requests like the API: filtered by status and late, counted in Content-Range. */
function serveOrders() {
  const seen: Record<string, unknown>[] = [];
  server.use(
    http.get('/api/orders', ({ request }) => {
      const url = new URL(request.url);
      const filter = JSON.parse(url.searchParams.get('filter') ?? '{}') as Record<string, unknown>;
      const [start, end] = JSON.parse(url.searchParams.get('range') ?? '[0,24]') as [number, number];
      seen.push(filter);
      const matching = orders.filter(
        (order) =>
          (filter.status === undefined || order.status === filter.status) &&
          (filter.late === undefined || order.late === filter.late),
      );
      const page = matching.slice(start, end + 1);
      return HttpResponse.json(page, {
        headers: {
          'Content-Range': `orders ${start}-${start + Math.max(page.length - 1, 0)}/${matching.length}`,
        },
      });
    }),
  );
  server.use(
    http.get('/api/orders/totals', ({ request }) => {
      const filter = JSON.parse(new URL(request.url).searchParams.get('filter') ?? '{}') as Record<
        string,
        unknown
      >;
      seen.push({ totalsOf: filter });
      const late = filter.late === true;
      return HttpResponse.json({
        orders: late ? 1 : 3,
        grossSales: late ? 4590 : 1234567,
        discounts: 100,
        discountCost: 250,
        refunds: 1000,
        netSales: late ? 3590 : 1233567,
      });
    }),
  );
  const counted = serveStatusCounts(
    'orders',
    orders,
    ORDER_STATUSES,
    (order, filter) => filter.late === undefined || order.late === filter.late,
  );
  serveCollection('customers', [CUSTOMER]);
  serveCollection('warehouses', WAREHOUSES);
  return Object.assign(seen, { counted });
}

const renderList = () =>
  renderWithAdmin(
    <WithResources>
      <OrderList />
    </WithResources>,
    { resource: 'orders' },
  );

describe('OrderList', SLOW_TESTS, () => {
  it('shows the customer (linking to them), the item count, the total and the late flag', async () => {
    serveOrders();
    renderList();

    const row = (await screen.findByText('K-1002', {}, FIRST_PAINT)).closest('tr')!;
    expect(within(row).getByText('4')).toBeInTheDocument();
    expect(within(row).queryByText('Late')).toBeNull();
    const customer = await within(row).findByRole('link', { name: 'Grete Berger' }, WAIT);
    expect(customer.getAttribute('href')).toMatch(/\/customers\/1\/show$/);
    const late = screen.getByText('K-1001').closest('tr')!;
    expect(within(late).getByText('€45.90')).toBeInTheDocument();
    expect(within(late).getByText('Late')).toBeInTheDocument();
  });

  it('has a tab per status with its count, and a tab filters by its status', async () => {
    const seen = serveOrders();
    renderList();
    await screen.findByText('K-1001', {}, FIRST_PAINT);

    const tabs = screen.getByRole('tablist', { name: 'Orders by status' });
    await waitFor(
      () => expect(within(tabs).getByRole('tab', { name: 'Shipped 2' })).toBeInTheDocument(),
      WAIT,
    );
    expect(within(tabs).getByRole('tab', { name: 'All 3' })).toHaveAttribute('aria-selected', 'true');
    expect(within(tabs).getByRole('tab', { name: 'Paid 1' })).toBeInTheDocument();
    expect(within(tabs).getByRole('tab', { name: 'Delivered 0' })).toBeInTheDocument();

    await userEvent.click(within(tabs).getByRole('tab', { name: 'Paid 1' }));
    await waitFor(() => expect(screen.queryByText('K-1002')).toBeNull(), WAIT);
    expect(screen.getByText('K-1001')).toBeInTheDocument();
    expect(within(tabs).getByRole('tab', { name: 'Paid 1' })).toHaveAttribute('aria-selected', 'true');
    expect(seen).toContainEqual({ status: 'paid' });
  });

  it('filters late orders only with the switch, and counts the tabs within that filter', async () => {
    const seen = serveOrders();
    renderList();
    await screen.findByText('K-1002', {}, FIRST_PAINT);

    await userEvent.click(screen.getByRole('switch', { name: 'Late only' }));
    await waitFor(() => expect(screen.queryByText('K-1002')).toBeNull(), WAIT);
    expect(seen).toContainEqual({ late: true });
    const tabs = screen.getByRole('tablist', { name: 'Orders by status' });
    await waitFor(
      () => expect(within(tabs).getByRole('tab', { name: 'Shipped 0' })).toBeInTheDocument(),
      WAIT,
    );
    expect(seen.counted).toContainEqual({ late: true });
  });

  it('sums the money of every matching order below the list, following the filter', async () => {
    const seen = serveOrders();
    renderList();
    const totals = await screen.findByRole('region', { name: 'Totals of all matching orders' }, FIRST_PAINT);
    await waitFor(() => expect(within(totals).getByText('€12,345.67')).toBeInTheDocument(), WAIT);
    expect(within(totals).getByText('3 orders')).toBeInTheDocument();
    expect(within(totals).getByText('€2.50')).toBeInTheDocument();
    expect(within(totals).getByText('€12,335.67')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('switch', { name: 'Late only' }));
    await waitFor(
      () =>
        expect(
          within(screen.getByRole('region', { name: 'Totals of all matching orders' })).getByText('1 order'),
        ).toBeInTheDocument(),
      WAIT,
    );
    expect(seen).toContainEqual({ totalsOf: { late: true } });
  });

  it('exports every matching order, and their lines one per row, from the API in the list’s filter', async () => {
    serveOrders();
    const requested: string[] = [];
    const csv = (name: string) =>
      new HttpResponse('Number\r\nK-1001\r\n', {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="${name}"`,
          'X-Total-Count': '1',
        },
      });
    server.use(
      http.get('/api/orders/export.csv', ({ request }) => {
        requested.push(`orders ${new URL(request.url).searchParams.get('filter')}`);
        return csv('orders.csv');
      }),
      http.get('/api/orders/export-lines.csv', ({ request }) => {
        requested.push(`lines ${new URL(request.url).searchParams.get('filter')}`);
        return csv('order-lines.csv');
      }),
    );
    const names: string[] = [];
    URL.createObjectURL = vi.fn(() => 'blob:export');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    renderList();
    await screen.findByText('K-1002', {}, FIRST_PAINT);
    await userEvent.click(screen.getByRole('switch', { name: 'Late only' }));
    await waitFor(() => expect(screen.queryByText('K-1002')).toBeNull(), WAIT);

    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    await userEvent.click(screen.getByRole('button', { name: 'Export lines' }));

    await waitFor(() => expect(names).toEqual(['orders.csv', 'order-lines.csv']), WAIT);
    expect(requested).toEqual(['orders {"late":true}', 'lines {"late":true}']);
  });
});
