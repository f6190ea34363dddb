import { describe, expect, it } from 'vitest';
import {
  allowedTransitions,
  checkTransition,
  formatCents,
  manualTransitions,
  paymentSummary,
  returnableQuantities,
  statusAfterReturn,
  statusFromShipments,
  transitionPatch,
  validateRefundRequest,
  validateReturnRequest,
  WORKFLOW_STATUSES,
} from './orders';
import { ROLES } from './permissions';
import { ORDER_STATUSES, type OrderStatus, type Shipment, type ShipmentStatus } from './types';

type State = { status: OrderStatus; holdFrom: OrderStatus | null };
const states: State[] = ORDER_STATUSES.flatMap((status): State[] =>
  status === 'on_hold'
    ? (['paid', 'processing'] as const).map((holdFrom) => ({ status, holdFrom }))
    : [{ status, holdFrom: null }],
);
const targets = (list: readonly { to: OrderStatus }[]) => list.map((t) => t.to).sort();

describe('allowedTransitions', () => {
  it('gives managers and merchandisers nothing, and admins every manual transition', () => {
    for (const state of states) {
      expect(allowedTransitions(state, 'manager')).toEqual([]);
      expect(allowedTransitions(state, 'merchandiser')).toEqual([]);
      expect(targets(allowedTransitions(state, 'admin'))).toEqual(targets(manualTransitions(state)));
    }
  });

  it('gives warehouse staff fulfilment only: processing, hold and release, never paid by payment or cancel', () => {
    const warehouse = (status: OrderStatus, holdFrom: OrderStatus | null = null) =>
      targets(allowedTransitions({ status, holdFrom }, 'warehouse'));
    expect(warehouse('pending')).toEqual([]);
    expect(warehouse('paid')).toEqual(['on_hold', 'processing']);
    expect(warehouse('processing')).toEqual(['on_hold']);
    expect(warehouse('on_hold', 'paid')).toEqual(['paid']);
    expect(warehouse('on_hold', 'processing')).toEqual(['processing']);
  });

  it('cancels only before anything shipped, and never offers shipping, delivery or return statuses', () => {
    for (const state of states) {
      const offered = targets(manualTransitions(state));
      expect(offered.includes('cancelled')).toBe(
        ['pending', 'paid', 'processing', 'on_hold'].includes(state.status),
      );
      for (const status of WORKFLOW_STATUSES) expect(offered).not.toContain(status);
    }
  });

  it('requires a reason exactly for hold and cancel', () => {
    for (const state of states) {
      for (const t of manualTransitions(state))
        expect(t.reasonRequired, `${state.status} → ${t.to}`).toBe(
          t.to === 'on_hold' || t.to === 'cancelled',
        );
    }
  });
});

describe('checkTransition', () => {
  const paid = { status: 'paid' as const, holdFrom: null };

  it('409 for an illegal target, naming what this role may do next', () => {
    const result = checkTransition(paid, 'delivered', '', 'warehouse');
    expect(result).toMatchObject({
      ok: false,
      status: 409,
      problem: {
        key: 'errors.orderStatusByWorkflow',
        params: { allowed: [{ t: 'label.order.processing' }, { t: 'label.order.on_hold' }] },
      },
    });
    expect(checkTransition(paid, 'nonsense', '', 'admin')).toMatchObject({
      status: 409,
      problem: { key: 'errors.orderTransition' },
    });
    expect(checkTransition({ status: 'delivered', holdFrom: null }, 'paid', '', 'admin')).toMatchObject({
      problem: { params: { allowed: { t: 'orders.noneAllowed' } } },
    });
  });

  it('403 when the transition exists but the role lacks it; 422 when the reason is missing', () => {
    expect(checkTransition(paid, 'cancelled', 'Why', 'warehouse')).toMatchObject({ ok: false, status: 403 });
    expect(checkTransition(paid, 'cancelled', '  ', 'admin')).toMatchObject({
      ok: false,
      status: 422,
      fields: { reason: { key: 'errors.required' } },
    });
    expect(checkTransition(paid, 'cancelled', 'Customer asked', 'admin')).toMatchObject({
      ok: true,
      transition: { to: 'cancelled' },
    });
  });

  it('lets every role that may fulfil release a hold back to where it started, and nowhere else', () => {
    for (const role of ROLES) {
      const released = checkTransition({ status: 'on_hold', holdFrom: 'processing' }, 'processing', '', role);
      expect(released.ok, role).toBe(role === 'admin' || role === 'warehouse');
    }
    expect(checkTransition({ status: 'on_hold', holdFrom: 'processing' }, 'paid', '', 'admin')).toMatchObject(
      { status: 409 },
    );
  });
});

describe('transitionPatch', () => {
  const at = '2026-06-01T10:00:00.000Z';
  it('stamps payment once, remembers and forgets where a hold began, stamps cancellation', () => {
    expect(transitionPatch({ status: 'pending', paidAt: null }, 'paid', at)).toEqual({ paidAt: at });
    expect(transitionPatch({ status: 'on_hold', paidAt: '2026-05-01T00:00:00.000Z' }, 'paid', at)).toEqual({
      holdFrom: null,
    });
    expect(transitionPatch({ status: 'processing', paidAt: at }, 'on_hold', at)).toEqual({
      holdFrom: 'processing',
    });
    expect(transitionPatch({ status: 'on_hold', paidAt: at }, 'processing', at)).toEqual({ holdFrom: null });
    expect(transitionPatch({ status: 'paid', paidAt: at }, 'cancelled', at)).toEqual({
      cancelledAt: at,
      holdFrom: null,
    });
  });
});

const shipment = (status: ShipmentStatus, items: [number, number][]): Pick<Shipment, 'status' | 'items'> => ({
  status,
  items: items.map(([productId, quantity]) => ({ productId, quantity })),
});
const order = (status: OrderStatus) => ({
  status,
  items: [
    { productId: 1, sku: 'A', name: 'A', quantity: 2, unitPrice: 100, discount: 0 },
    { productId: 2, sku: 'B', name: 'B', quantity: 1, unitPrice: 100, discount: 0 },
  ],
});

describe('statusFromShipments', () => {
  it('follows the parcels: nothing left → partially shipped → shipped → delivered', () => {
    expect(
      statusFromShipments(order('processing'), [
        shipment('packed', [
          [1, 2],
          [2, 1],
        ]),
      ]),
    ).toBeNull();
    expect(statusFromShipments(order('processing'), [shipment('shipped', [[1, 1]])])).toBe(
      'partially_shipped',
    );
    expect(
      statusFromShipments(order('partially_shipped'), [
        shipment('in_transit', [[1, 1]]),
        shipment('shipped', [
          [1, 1],
          [2, 1],
        ]),
      ]),
    ).toBe('shipped');
    expect(
      statusFromShipments(order('shipped'), [
        shipment('delivered', [[1, 2]]),
        shipment('exception', [[2, 1]]),
      ]),
    ).toBeNull();
    expect(
      statusFromShipments(order('shipped'), [
        shipment('delivered', [[1, 2]]),
        shipment('delivered', [[2, 1]]),
        shipment('cancelled', [[2, 1]]),
      ]),
    ).toBe('delivered');
  });
});

describe('returns and refunds', () => {
  it('returnable is delivered minus already returned', () => {
    const returnable = returnableQuantities(
      [shipment('delivered', [[1, 2]]), shipment('in_transit', [[2, 1]])],
      [{ items: [{ productId: 1, quantity: 1, restock: true, warehouseId: 1 }] }],
    );
    expect([...returnable]).toEqual([[1, 1]]);
    expect(statusAfterReturn(new Map([[1, 0]]))).toBe('returned');
    expect(statusAfterReturn(new Map([[1, 1]]))).toBe('partially_returned');
  });

  it('restocks into the order’s warehouse unless told otherwise; written-off lines have no warehouse', () => {
    const { request, problems } = validateReturnRequest(
      {
        reason: ' Broken ',
        items: [
          { productId: 1, quantity: 1, restock: true },
          { productId: 2, quantity: 1, restock: false, warehouseId: 3 },
        ],
      },
      new Map([
        [1, 2],
        [2, 1],
      ]),
      7,
    );
    expect(problems).toEqual({});
    expect(request).toEqual({
      reason: 'Broken',
      items: [
        { productId: 1, quantity: 1, restock: true, warehouseId: 7 },
        { productId: 2, quantity: 1, restock: false, warehouseId: null },
      ],
    });
  });

  it('refuses more than is returnable, with the limit', () => {
    const { problems } = validateReturnRequest(
      { reason: 'x', items: [{ productId: 1, quantity: 3, restock: false }] },
      new Map([[1, 2]]),
      1,
    );
    expect(problems['items.0.quantity']).toEqual({
      key: 'errors.overReturn',
      params: { productId: 1, requested: 3, limit: 2 },
    });
  });

  it('refunds at most what was paid and not yet refunded; nothing when unpaid', () => {
    const paid = { total: 5000, paidAt: '2026-06-01T00:00:00.000Z', refundedTotal: 1999 };
    expect(paymentSummary(paid)).toEqual({ paidTotal: 5000, refundedTotal: 1999, balance: 3001 });
    expect(validateRefundRequest({ amount: 3001, reason: 'x' }, paid)).toEqual({});
    expect(validateRefundRequest({ amount: 3002, reason: 'x' }, paid).amount).toEqual({
      key: 'errors.overRefund',
      params: { requested: '30.02 EUR', max: '30.01 EUR', paid: '50.00 EUR', refunded: '19.99 EUR' },
    });
    expect(paymentSummary({ total: 5000, paidAt: null, refundedTotal: 0 }).balance).toBe(0);
    expect(Object.keys(validateRefundRequest({ amount: 0 }, paid)).sort()).toEqual(['amount', 'reason']);
  });

  it('formats cents for messages', () => {
    expect([formatCents(5), formatCents(123456), formatCents(-250)]).toEqual([
      '0.05 EUR',
      '1234.56 EUR',
      '-2.50 EUR',
    ]);
  });
});
