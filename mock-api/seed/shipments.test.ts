import { describe, expect, it } from 'vitest';
import { isValidTrackingNumber } from '../../src/domain/carriers';
import { CARRIERS, type OrderStatus } from '../../src/domain/types';
import { Findings, groupBy, ms, seeded, TESTED_SCALES, TEST_ANCHORS } from './test-fixtures';

const FULLY_SHIPPED: readonly OrderStatus[] = ['shipped', 'delivered', 'partially_returned', 'returned'];

describe.each(TESTED_SCALES)('shipments at %s scale', (scale) => {
  const db = seeded(scale);
  const anchor = TEST_ANCHORS[scale].toISOString();
  const byOrder = groupBy(db.shipments, (shipment) => shipment.orderId);
  const orders = new Map(db.orders.map((order) => [order.id, order]));

  const shippedQuantities = (orderId: number) => {
    const quantities = new Map<number, number>();
    for (const shipment of byOrder.get(orderId) ?? []) {
      for (const item of shipment.items)
        quantities.set(item.productId, (quantities.get(item.productId) ?? 0) + item.quantity);
    }
    return quantities;
  };

  it('cover the shipped quantities of every order that has shipped, and nothing else', () => {
    const findings = new Findings();
    const total = (map: Map<number, number>) => [...map.values()].reduce((a, b) => a + b, 0);
    for (const order of db.orders) {
      const shipped = shippedQuantities(order.id);
      const ordered = new Map(order.items.map((item) => [item.productId, item.quantity]));
      const label = `${order.number} (${order.status})`;
      for (const [productId, quantity] of shipped) {
        findings.check(
          quantity <= (ordered.get(productId) ?? 0),
          `${label}: ships ${quantity} × ${productId}`,
        );
      }
      if (FULLY_SHIPPED.includes(order.status)) {
        findings.check(
          JSON.stringify([...shipped].sort()) === JSON.stringify([...ordered].sort()),
          `${label}: shipped ≠ ordered`,
        );
      } else if (order.status === 'partially_shipped') {
        findings.check(total(shipped) > 0 && total(shipped) < total(ordered), `${label}: not partly shipped`);
      } else {
        findings.check(shipped.size === 0, `${label}: has parcels`);
      }
    }
    expect(findings.problems).toEqual([]);
  });

  it('leave from the order warehouse between payment and the anchor', () => {
    const findings = new Findings();
    for (const shipment of db.shipments) {
      const order = orders.get(shipment.orderId);
      const label = `shipment ${shipment.id}`;
      findings.check(shipment.warehouseId === order?.warehouseId, `${label}: warehouse`);
      findings.check(shipment.shippedAt !== null && shipment.shippedAt <= anchor, `${label}: shippedAt`);
      findings.check((order?.paidAt ?? '9') <= shipment.createdAt, `${label}: packed before payment`);
      findings.check(shipment.createdAt <= (shipment.shippedAt ?? ''), `${label}: created after it left`);
      findings.check(shipment.updatedAt <= anchor, `${label}: updated after the anchor`);
      findings.check(
        (order?.shippedAt ?? '9') <= (shipment.shippedAt ?? ''),
        `${label}: left before the order's shippedAt`,
      );
    }
    expect(findings.problems).toEqual([]);
  });

  it('are delivered for delivered orders and shipped or in transit for recent shipped ones', () => {
    const findings = new Findings();
    for (const order of db.orders) {
      const parcels = byOrder.get(order.id) ?? [];
      if (
        order.status === 'delivered' ||
        order.status === 'returned' ||
        order.status === 'partially_returned'
      ) {
        for (const parcel of parcels) {
          findings.check(
            parcel.status === 'delivered',
            `${order.number}: parcel ${parcel.id} is ${parcel.status}`,
          );
          findings.check(
            parcel.deliveredAt !== null && parcel.deliveredAt <= (order.deliveredAt ?? ''),
            `${order.number}: parcel ${parcel.id} delivered later`,
          );
        }
        findings.check(
          parcels.some((parcel) => parcel.deliveredAt === order.deliveredAt),
          `${order.number}: deliveredAt matches no parcel`,
        );
      }
      if (order.status === 'shipped') {
        findings.check(
          parcels.some((parcel) => parcel.status === 'shipped' || parcel.status === 'in_transit'),
          `${order.number}: no parcel on its way`,
        );
      }
    }
    for (const parcel of db.shipments) {
      findings.check(
        (parcel.deliveredAt !== null) === (parcel.status === 'delivered'),
        `shipment ${parcel.id}: deliveredAt vs ${parcel.status}`,
      );
      findings.check(
        ['shipped', 'in_transit', 'delivered'].includes(parcel.status),
        `shipment ${parcel.id}: ${parcel.status}`,
      );
      if (parcel.deliveredAt)
        findings.check(
          ms(parcel.deliveredAt) > ms(parcel.shippedAt),
          `shipment ${parcel.id}: delivered before shipped`,
        );
    }
    expect(findings.problems).toEqual([]);
    if (scale === 'demo')
      expect(new Set(db.shipments.map((parcel) => parcel.status))).toEqual(
        new Set(['shipped', 'in_transit', 'delivered']),
      );
  });

  it('carry unique tracking numbers in each carrier format', () => {
    const malformed = db.shipments.filter(
      (shipment) => !isValidTrackingNumber(shipment.carrier, shipment.trackingNumber),
    );
    expect(malformed.map((shipment) => `${shipment.carrier} ${shipment.trackingNumber}`)).toEqual([]);
    expect(new Set(db.shipments.map((shipment) => shipment.trackingNumber)).size).toBe(db.shipments.length);
    if (scale === 'demo')
      expect(new Set(db.shipments.map((shipment) => shipment.carrier))).toEqual(new Set(CARRIERS));
  });

  it('split some orders across two parcels and number parcels by departure', () => {
    const split = [...byOrder.values()].filter((parcels) => parcels.length > 1);
    expect(split.filter((parcels) => parcels.length > 2)).toEqual([]);
    if (scale === 'demo') expect(split.length).toBeGreaterThan(10);
    const findings = new Findings();
    db.shipments.forEach((shipment, i) => {
      findings.check(shipment.id === i + 1, `shipment ${i} has id ${shipment.id}`);
      findings.check(
        (shipment.shippedAt ?? '') >= (db.shipments[i - 1]?.shippedAt ?? ''),
        `shipment ${shipment.id} left earlier`,
      );
    });
    expect(findings.problems).toEqual([]);
  });
});
