import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../test/server';
import { renderWithAdmin } from '../../test/renderWithAdmin';
import {
  CARRIERS,
  FIRST_PAINT,
  makeShipment,
  presentOrder,
  SLOW_TESTS,
  WAREHOUSES,
} from '../orders/orderPageTesting';
import { serveCollection, WAIT, WithResources } from '../testing';
import ShipmentList from './ShipmentList';

const orders = [
  presentOrder({ id: 1, status: 'processing' }, true),
  presentOrder({ id: 2, status: 'processing' }),
];
const shipments = [
  makeShipment({ id: 11, orderId: 1, status: 'pending', trackingNumber: '100000000011' }),
  makeShipment({ id: 12, orderId: 2, status: 'shipped', trackingNumber: '100000000012' }),
];

function serveList() {
  serveCollection('shipments', shipments);
  serveCollection('orders', orders);
  serveCollection('warehouses', WAREHOUSES);
  serveCollection('carriers', CARRIERS);
  const posts: unknown[] = [];
  const refusal =
    'A shipment that is "shipped" cannot become "packed". Allowed next: in_transit, delivered, exception.';
  server.use(
    http.post('/api/shipments/bulk-transition', async ({ request }) => {
      posts.push(await request.json());
      return HttpResponse.json(
        {
          message: '1 of 2 shipments cannot become "packed", so none was changed.',
          errors: { '12': refusal },
        },
        { status: 409 },
      );
    }),
  );
  return { posts, refusal };
}

const render = (role: 'warehouse' | 'manager') =>
  renderWithAdmin(
    <WithResources>
      <ShipmentList />
    </WithResources>,
    { role, resource: 'shipments' },
  );

const rowOf = async (tracking: string) => (await screen.findByText(tracking, {}, FIRST_PAINT)).closest('tr')!;

describe('ShipmentList', SLOW_TESTS, () => {
  it('flags shipments of late orders', async () => {
    serveList();
    render('manager');
    expect(await within(await rowOf('100000000011')).findByText('Late', {}, WAIT)).toBeInTheDocument();
    await within(await rowOf('100000000012')).findByText(orders[1]!.number, {}, WAIT);
    expect(within(await rowOf('100000000012')).queryByText('Late')).toBeNull();
  });

  it('marks the selected shipments packed in one request and lists why each refused one was refused', async () => {
    const { posts, refusal } = serveList();
    render('warehouse');
    for (const tracking of ['100000000011', '100000000012']) {
      await userEvent.click(within(await rowOf(tracking)).getByRole('checkbox'));
    }
    await userEvent.click(await screen.findByRole('button', { name: 'Mark packed' }, WAIT));

    const dialog = await screen.findByRole('dialog', { name: 'Nothing was changed' }, WAIT);
    const refused = within(dialog).getByRole('list');
    expect(within(refused).getAllByRole('listitem')).toHaveLength(1);
    expect(within(refused).getByText('Shipment 12 · DHL 100000000012')).toBeInTheDocument();
    expect(within(refused).getByText(refusal)).toBeInTheDocument();
    expect(posts).toEqual([{ ids: [11, 12], to: 'packed' }]);
  });

  it('offers no bulk status change to a role that may only read shipments', async () => {
    serveList();
    render('manager');
    // By the time the referenced order is shown, the access check has long answered.
    await within(await rowOf('100000000011')).findByText('Late', {}, WAIT);
    await waitFor(() => expect(screen.queryAllByRole('checkbox')).toHaveLength(0), WAIT);
  });
});
