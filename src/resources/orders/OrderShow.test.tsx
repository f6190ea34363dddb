import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../domain/permissions';
import type { Order, Shipment } from '../../domain/types';
import { enterText, WAIT } from '../testing';
import {
  FIRST_PAINT,
  makeShipment,
  presentOrder,
  renderOrderPage,
  serveOrderPage,
  SLOW_TESTS,
} from './orderPageTesting';

/** Every action the order page can offer, by its English label. */
const ALL_ACTIONS = [
  'Pick list',
  'Create shipment',
  'Mark as paid',
  'Start processing',
  'Release',
  'Hold',
  'Cancel order',
  'Record return',
  'Refund',
] as const;
type ActionLabel = (typeof ALL_ACTIONS)[number];

function offeredActions(): ActionLabel[] {
  return ALL_ACTIONS.filter(
    (name) =>
      screen.queryByRole('button', { name }) !== null || screen.queryByRole('link', { name }) !== null,
  );
}

const PAID_AT = '2025-03-01T11:00:00.000Z';

interface Scenario {
  title: string;
  order: Partial<Order>;
  shipments?: (orderId: number) => Shipment[];
  /**
   * Written out from the issue: manual transitions per status and role (admin all, warehouse
   * processing/hold/release), shipments by admin and warehouse for paid or processing orders with
   * open lines, returns by admin and warehouse once delivered, refunds by admin while money is held;
   * the pick list (read-only) for any role while there is something to pick.
   */
  expected: Record<Role, ActionLabel[]>;
}

const delivered = (orderId: number) => [
  makeShipment({
    id: 31,
    orderId,
    status: 'delivered',
    items: [{ productId: 1, quantity: 2 }],
    shippedAt: PAID_AT,
    deliveredAt: PAID_AT,
  }),
];

const SCENARIOS: Scenario[] = [
  {
    title: 'a pending order',
    order: { status: 'pending' },
    expected: {
      admin: ['Mark as paid', 'Cancel order'],
      manager: [],
      merchandiser: [],
      warehouse: [],
    },
  },
  {
    title: 'a paid order',
    order: { status: 'paid', paidAt: PAID_AT },
    expected: {
      admin: ['Pick list', 'Create shipment', 'Start processing', 'Hold', 'Cancel order', 'Refund'],
      manager: ['Pick list'],
      merchandiser: ['Pick list'],
      warehouse: ['Pick list', 'Create shipment', 'Start processing', 'Hold'],
    },
  },
  {
    title: 'an order held while processing',
    order: { status: 'on_hold', holdFrom: 'processing', paidAt: PAID_AT },
    expected: {
      admin: ['Release', 'Cancel order', 'Refund'],
      manager: [],
      merchandiser: [],
      warehouse: ['Release'],
    },
  },
  {
    title: 'a delivered order',
    order: { status: 'delivered', paidAt: PAID_AT, deliveredAt: PAID_AT },
    shipments: delivered,
    expected: {
      admin: ['Record return', 'Refund'],
      manager: [],
      merchandiser: [],
      warehouse: ['Record return'],
    },
  },
];

describe('OrderPage actions', SLOW_TESTS, () => {
  describe.each(SCENARIOS)('for $title', ({ order: fields, shipments, expected }) => {
    it.each(['admin', 'manager', 'merchandiser', 'warehouse'] as const)('as %s', async (role) => {
      const order = presentOrder({ id: 7, ...fields });
      const parcels = shipments?.(order.id) ?? [];
      serveOrderPage(order, { shipments: parcels });
      renderOrderPage(order, role);

      // The shipments section appears once the role and the order's shipments are known.
      if (parcels.length > 0) await screen.findByRole('article', { name: 'Shipment 31' }, FIRST_PAINT);
      else await screen.findByText('No shipments yet.', {}, FIRST_PAINT);
      await waitFor(() => expect(offeredActions()).toEqual(expected[role]), WAIT);
    });
  });
});

describe('OrderPage actions and the warehouse scope', SLOW_TESTS, () => {
  it('offers warehouse staff nothing but the pick list on another warehouse’s order, as the API would refuse', async () => {
    const order = presentOrder({ id: 7, status: 'paid', paidAt: PAID_AT, warehouseId: 1 });
    serveOrderPage(order);
    renderOrderPage(order, 'warehouse', { warehouseIds: [2] });
    await screen.findByText('No shipments yet.', {}, FIRST_PAINT);
    await waitFor(() => expect(offeredActions()).toEqual(['Pick list']), WAIT);
  });
});

describe('OrderPage shipment steps', SLOW_TESTS, () => {
  it('offers a parcel of an order on hold no packing, only cancelling, as the API would refuse the rest', async () => {
    const order = presentOrder({ id: 8, status: 'on_hold', holdFrom: 'processing', paidAt: PAID_AT });
    const parcel = makeShipment({
      id: 41,
      orderId: 8,
      status: 'pending',
      items: [{ productId: 1, quantity: 1 }],
    });
    serveOrderPage(order, { shipments: [parcel] });
    renderOrderPage(order, 'admin');
    await screen.findByRole('button', { name: 'Cancel shipment' }, FIRST_PAINT);
    expect(screen.queryByRole('button', { name: 'Mark packed' })).toBeNull();
  });

  it('offers packing once the order may ship', async () => {
    const order = presentOrder({ id: 9, status: 'processing', paidAt: PAID_AT });
    const parcel = makeShipment({
      id: 42,
      orderId: 9,
      status: 'pending',
      items: [{ productId: 1, quantity: 1 }],
    });
    serveOrderPage(order, { shipments: [parcel] });
    renderOrderPage(order, 'admin');
    expect(await screen.findByRole('button', { name: 'Mark packed' }, FIRST_PAINT)).toBeEnabled();
  });
});

describe('OrderPage status changes', SLOW_TESTS, () => {
  const paid = presentOrder({ id: 7, status: 'paid', paidAt: PAID_AT, version: 4 });

  async function openHoldDialog() {
    renderOrderPage(paid, 'admin');
    await userEvent.click(await screen.findByRole('button', { name: 'Hold' }, FIRST_PAINT));
    return screen.findByRole('dialog', { name: 'Put the order on hold' }, WAIT);
  }

  it('asks for the reason a hold needs before sending anything', async () => {
    const posts = serveOrderPage(paid);
    const dialog = await openHoldDialog();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Hold' }));
    expect(await within(dialog).findByText('This field is required.', {}, WAIT)).toBeInTheDocument();
    expect(posts).toEqual([]);
  });

  it('shows the server’s 409 message when the order can no longer make that step', async () => {
    const message = 'An order that is "cancelled" cannot become "on_hold". Allowed next: none.';
    const posts = serveOrderPage(paid, {}, () => HttpResponse.json({ message }, { status: 409 }));
    const dialog = await openHoldDialog();
    await enterText(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Address check');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Hold' }));

    expect(await screen.findByText(message, {}, WAIT)).toBeInTheDocument();
    expect(posts).toEqual([
      { path: '/api/orders/7/transitions', body: { to: 'on_hold', reason: 'Address check', version: 4 } },
    ]);
  });
});
