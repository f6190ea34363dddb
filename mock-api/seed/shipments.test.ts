import { describe, expect, it } from 'vitest';
import { fitsCarrier } from '../../src/domain/carriers';
import { STOCK_LEFT_STATUSES } from '../../src/domain/shipments';
import type { OrderStatus, Shipment } from '../../src/domain/types';
import { Findings, groupBy, HOUR_MS, ms, seeded, TESTED_SCALES, TEST_ANCHORS } from './test-fixtures';

const FULLY_SHIPPED: readonly OrderStatus[] = ['shipped', 'delivered', 'partially_returned', 'returned'];
/** Orders whose parcels may still be waiting in the warehouse. */
const BEING_SHIPPED: readonly OrderStatus[] = ['processing', 'partially_shipped'];
const left = (shipment: Shipment) => STOCK_LEFT_STATUSES.includes(shipment.status);

describe.each(TESTED_SCALES)('shipments at %s scale', (scale) => {
  const db = seeded(scale);
  const anchor = TEST_ANCHORS[scale].toISOString();
  const byOrder = groupBy(db.shipments, (shipment) => shipment.orderId);
  const orders = new Map(db.orders.map((order) => [order.id, order]));

  const quantities = (parcels: readonly Pick<Shipment, 'items'>[]) => {
    const totals = new Map<number, number>();
    for (const item of parcels.flatMap((parcel) => parcel.items))
      totals.set(item.productId, (totals.get(item.productId) ?? 0) + item.quantity);
    return [...totals].sort((a, b) => a[0] - b[0]);
  };
  const total = (lines: [number, number][]) => lines.reduce((sum, [, quantity]) => sum + quantity, 0);

  it('carry each ordered line once; what left covers shipped orders fully and partly shipped ones in part', () => {
    const findings = new Findings();
    for (const order of db.orders) {
      const parcels = byOrder.get(order.id) ?? [];
      const ordered = quantities([order]);
      const label = `${order.number} (${order.status})`;
      const all = quantities(parcels);
      const gone = quantities(parcels.filter(left));
      findings.check(
        all.every(([productId, quantity]) => ordered.some(([id, q]) => id === productId && quantity === q)),
        `${label}: parcels carry ${JSON.stringify(all)} of ${JSON.stringify(ordered)}`,
      );
      if (FULLY_SHIPPED.includes(order.status))
        findings.check(JSON.stringify(gone) === JSON.stringify(ordered), `${label}: shipped ≠ ordered`);
      else if (order.status === 'partially_shipped')
        findings.check(total(gone) > 0 && total(gone) < total(ordered), `${label}: not partly shipped`);
      else findings.check(gone.length === 0, `${label}: stock left`);
      if (!BEING_SHIPPED.includes(order.status) && !FULLY_SHIPPED.includes(order.status))
        findings.check(parcels.length === 0, `${label}: has parcels`);
    }
    expect(findings.problems).toEqual([]);
  });

  it('are created after payment at the order warehouse; those that left did so before the anchor', () => {
    const findings = new Findings();
    for (const shipment of db.shipments) {
      const order = orders.get(shipment.orderId);
      const label = `shipment ${shipment.id} (${shipment.status})`;
      findings.check(shipment.warehouseId === order?.warehouseId, `${label}: warehouse`);
      findings.check((order?.paidAt ?? '9') <= shipment.createdAt, `${label}: created before payment`);
      findings.check((shipment.shippedAt !== null) === left(shipment), `${label}: shippedAt`);
      findings.check(
        shipment.createdAt <= (shipment.shippedAt ?? shipment.updatedAt),
        `${label}: left before created`,
      );
      findings.check(shipment.updatedAt <= anchor, `${label}: updated after the anchor`);
      if (shipment.shippedAt !== null)
        findings.check(
          (order?.shippedAt ?? '9') <= shipment.shippedAt,
          `${label}: left before the order's shippedAt`,
        );
    }
    expect(findings.problems).toEqual([]);
  });

  it('wait in the warehouse only for orders being shipped, and are delivered for delivered orders', () => {
    const findings = new Findings();
    for (const order of db.orders) {
      const parcels = byOrder.get(order.id) ?? [];
      if (['delivered', 'returned', 'partially_returned'].includes(order.status)) {
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
      if (order.status === 'shipped')
        findings.check(
          parcels.some((p) => left(p) && p.status !== 'delivered'),
          `${order.number}: none on its way`,
        );
      if (!parcels.every(left))
        findings.check(
          BEING_SHIPPED.includes(order.status),
          `${order.number} (${order.status}): parcel waits`,
        );
    }
    for (const parcel of db.shipments) {
      findings.check(
        (parcel.deliveredAt !== null) === (parcel.status === 'delivered'),
        `shipment ${parcel.id}: deliveredAt`,
      );
      if (parcel.deliveredAt)
        findings.check(
          ms(parcel.deliveredAt) > ms(parcel.shippedAt),
          `shipment ${parcel.id}: delivered before shipped`,
        );
      if (parcel.status === 'in_transit' || parcel.status === 'exception')
        findings.check(
          ms(anchor) - ms(parcel.shippedAt) > 12 * HOUR_MS,
          `shipment ${parcel.id}: ${parcel.status} too soon`,
        );
      if (parcel.status === 'shipped')
        findings.check(
          ms(anchor) - ms(parcel.shippedAt) <= 12 * HOUR_MS,
          `shipment ${parcel.id}: still only shipped`,
        );
    }
    expect(findings.problems).toEqual([]);
    expect(db.shipments.filter((parcel) => parcel.status === 'exception').length).toBeLessThanOrEqual(1);
    if (scale === 'demo')
      expect(new Set(db.shipments.map((parcel) => parcel.status))).toEqual(
        new Set(['pending', 'packed', 'shipped', 'in_transit', 'delivered', 'exception']),
      );
  });

  it('carry unique tracking numbers in each carrier format', () => {
    const malformed = db.shipments.filter((shipment) => {
      const carrier = db.carriers.find((c) => c.name === shipment.carrier);
      return !carrier || !fitsCarrier(carrier, shipment.trackingNumber);
    });
    expect(malformed.map((shipment) => `${shipment.carrier} ${shipment.trackingNumber}`)).toEqual([]);
    expect(new Set(db.shipments.map((shipment) => shipment.trackingNumber)).size).toBe(db.shipments.length);
    if (scale === 'demo')
      expect(new Set(db.shipments.map((shipment) => shipment.carrier))).toEqual(
        new Set(db.carriers.map((c) => c.name)),
      );
  });

  it('split some orders across two parcels and number parcels by creation', () => {
    const split = [...byOrder.values()].filter((parcels) => parcels.length > 1);
    expect(split.filter((parcels) => parcels.length > 2)).toEqual([]);
    if (scale === 'demo') expect(split.length).toBeGreaterThan(10);
    const findings = new Findings();
    db.shipments.forEach((shipment, i) => {
      findings.check(shipment.id === i + 1, `shipment ${i} has id ${shipment.id}`);
      findings.check(
        shipment.createdAt >= (db.shipments[i - 1]?.createdAt ?? ''),
        `shipment ${shipment.id} created earlier`,
      );
    });
    for (const [first, second] of split)
      findings.check(
        second!.createdAt === first!.shippedAt,
        `order ${first!.orderId}: rest not created when the first left`,
      );
    expect(findings.problems).toEqual([]);
  });
});
