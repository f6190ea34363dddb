import { describe, expect, it } from 'vitest';
import {
  returnableQuantities,
  statusAfterReturn,
  validateRefundRequest,
  validateReturnRequest,
} from '../../src/domain/orders';
import { can } from '../../src/domain/permissions';
import type { OrderStatus } from '../../src/domain/types';
import { Findings, groupBy, seeded, TESTED_SCALES } from './test-fixtures';

const RETURNED: readonly OrderStatus[] = ['returned', 'partially_returned'];

describe.each(TESTED_SCALES)('returns and refunds at %s scale', (scale) => {
  const db = seeded(scale);
  const orders = new Map(db.orders.map((order) => [order.id, order]));
  const users = new Map(db.users.map((user) => [user.id, user]));
  const returnsByOrder = groupBy(db.returns, (entry) => entry.orderId);
  const refundsByOrder = groupBy(db.refunds, (refund) => refund.orderId);
  const shipmentsByOrder = groupBy(db.shipments, (shipment) => shipment.orderId);

  it('records one return per returned order, as the API would accept it and when and why the order says', () => {
    const findings = new Findings();
    for (const order of db.orders) {
      const returns = returnsByOrder.get(order.id) ?? [];
      const label = `${order.number} (${order.status})`;
      if (!RETURNED.includes(order.status)) {
        findings.check(returns.length === 0, `${label}: has a return`);
        continue;
      }
      const [entry] = returns;
      if (!entry || returns.length > 1) {
        findings.check(false, `${label}: ${returns.length} returns`);
        continue;
      }
      const shipments = shipmentsByOrder.get(order.id) ?? [];
      const { request, problems } = validateReturnRequest(
        { items: entry.items, reason: entry.reason },
        returnableQuantities(shipments, []),
        order.warehouseId,
      );
      findings.check(Object.keys(problems).length === 0, `${label}: API refuses ${JSON.stringify(problems)}`);
      findings.check(
        JSON.stringify(request.items) === JSON.stringify(entry.items),
        `${label}: items as the API reads them`,
      );
      findings.check(
        statusAfterReturn(returnableQuantities(shipments, returns)) === order.status,
        `${label}: status`,
      );
      const event = order.timeline.at(-1);
      findings.check(
        event?.to === order.status && event.at === entry.createdAt && event.reason === entry.reason,
        `${label}: return ≠ last timeline event`,
      );
      const role = users.get(entry.userId ?? 0)?.role;
      findings.check(role !== undefined && can(role, 'create', 'returns'), `${label}: recorded by ${role}`);
    }
    expect(findings.problems).toEqual([]);
    expect(db.returns.length).toBeGreaterThan(0);
    if (scale === 'demo') {
      const restocked = db.returns.flatMap((entry) => entry.items).map((item) => item.restock);
      expect(new Set(restocked)).toEqual(new Set([true, false]));
    }
  });

  it('puts restocked lines back with a return movement as the API books it, and nothing else', () => {
    const expected = db.returns.flatMap((entry) => {
      const note = `${orders.get(entry.orderId)?.number}: ${entry.reason}`;
      return entry.items
        .filter((item) => item.restock)
        .map((item) =>
          [
            entry.orderId,
            item.productId,
            item.warehouseId,
            item.quantity,
            entry.createdAt,
            note,
            entry.userId,
          ].join('|'),
        );
    });
    const booked = db['stock-movements']
      .filter((movement) => movement.reason === 'return')
      .map((m) => {
        expect([m.shipmentId, m.transferId]).toEqual([null, null]);
        return [m.orderId, m.productId, m.warehouseId, m.delta, m.createdAt, m.note, m.userId].join('|');
      });
    expect(booked.sort()).toEqual(expected.sort());
  });

  it('refunds what was paid for the returned lines (and shipping when all came back), within the API’s limits', () => {
    const findings = new Findings();
    for (const order of db.orders) {
      const refunds = refundsByOrder.get(order.id) ?? [];
      const label = `${order.number} (${order.status})`;
      const refunded = refunds.reduce((sum, refund) => sum + refund.amount, 0);
      findings.check(
        refunded === order.refundedTotal,
        `${label}: refunds ${refunded} ≠ ${order.refundedTotal}`,
      );
      const [entry] = returnsByOrder.get(order.id) ?? [];
      if (!entry) continue;
      const returned = new Set(entry.items.map((item) => item.productId));
      const goods = order.items
        .filter((item) => returned.has(item.productId))
        .reduce((sum, item) => sum + item.quantity * item.unitPrice - item.discount, 0);
      const shipping = order.status === 'returned' ? order.shippingTotal : 0;
      findings.check(
        refunded === goods + shipping,
        `${label}: refunded ${refunded}, expected ${goods} + ${shipping}`,
      );
      let soFar = 0;
      for (const refund of refunds) {
        const { amount, reason } = refund;
        const problems = validateRefundRequest({ amount, reason }, { ...order, refundedTotal: soFar });
        findings.check(Object.keys(problems).length === 0, `${label}: API refuses refund ${refund.id}`);
        findings.check(
          refund.createdAt === entry.createdAt,
          `${label}: refund ${refund.id} not issued on return`,
        );
        const role = users.get(refund.userId ?? 0)?.role;
        findings.check(role !== undefined && can(role, 'create', 'refunds'), `${label}: refunded by ${role}`);
        soFar += refund.amount;
      }
    }
    expect(findings.problems).toEqual([]);
  });
});
