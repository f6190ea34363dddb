import { describe, expect, it } from 'vitest';
import { OPEN_STATUSES } from '../../src/domain/orders';
import { STOCK_LEFT_STATUSES } from '../../src/domain/shipments';
import { Store } from '../store/store';
import { ledgerViolations, reservationViolations } from '../test/invariants';
import { Findings, groupBy, seeded, TESTED_SCALES } from './test-fixtures';

describe.each(TESTED_SCALES)('stock at %s scale', (scale) => {
  const db = seeded(scale);
  const shipped = db.shipments.filter((shipment) => STOCK_LEFT_STATUSES.includes(shipment.status));

  it('passes the API tests’ ledger and reservation invariants', async () => {
    const store = new Store(db);
    expect(await ledgerViolations(store)).toEqual([]);
    expect(await reservationViolations(store)).toEqual([]);
  });
  const levelKey = (row: { productId: number; warehouseId: number }) => `${row.productId}@${row.warehouseId}`;
  const movementsByLevel = groupBy(db['stock-movements'], levelKey);

  it('has exactly one stock level per product and warehouse', () => {
    const keys = new Set(db['stock-levels'].map(levelKey));
    const expected = db.products.flatMap((product) =>
      db.warehouses.map((warehouse) => `${product.id}@${warehouse.id}`),
    );
    expect(db['stock-levels']).toHaveLength(expected.length);
    expect(expected.filter((key) => !keys.has(key))).toEqual([]);
  });

  it("keeps each level's onHand equal to the sum of its movements, ending on the last balanceAfter", () => {
    const findings = new Findings();
    for (const level of db['stock-levels']) {
      const movements = movementsByLevel.get(levelKey(level)) ?? [];
      const sum = movements.reduce((total, movement) => total + movement.delta, 0);
      findings.check(sum === level.onHand, `${levelKey(level)}: onHand ${level.onHand} ≠ Σ deltas ${sum}`);
      findings.check(
        movements[movements.length - 1]?.balanceAfter === level.onHand,
        `${levelKey(level)}: last balanceAfter`,
      );
    }
    expect(findings.problems).toEqual([]);
  });

  it('opens every level with a receipt and keeps a running balance that never goes below zero', () => {
    const findings = new Findings();
    for (const [key, movements] of movementsByLevel) {
      findings.check(movements[0]?.reason === 'receipt', `${key}: opens with ${movements[0]?.reason}`);
      let balance = 0;
      for (const movement of movements) {
        balance += movement.delta;
        findings.check(movement.delta !== 0, `${key}: zero movement #${movement.id}`);
        findings.check(
          movement.balanceAfter === balance,
          `${key}: #${movement.id} balanceAfter ${movement.balanceAfter} ≠ ${balance}`,
        );
        findings.check(balance >= 0, `${key}: negative after #${movement.id}`);
      }
    }
    expect(findings.problems).toEqual([]);
    expect(db['stock-levels'].filter((level) => level.onHand < 0)).toEqual([]);
  });

  it('generates movements in time order with sequential ids', () => {
    const findings = new Findings();
    db['stock-movements'].forEach((movement, i) => {
      findings.check(movement.id === i + 1, `movement ${i} has id ${movement.id}`);
      findings.check(
        movement.createdAt >= (db['stock-movements'][i - 1]?.createdAt ?? ''),
        `#${movement.id} is earlier than the one before`,
      );
    });
    expect(findings.problems).toEqual([]);
  });

  it('has one shipment movement per line of each parcel that left, with order and shipment ids', () => {
    const lines = shipped.flatMap((shipment) =>
      shipment.items.map(
        (item) =>
          `${shipment.id}/${shipment.orderId}/${shipment.warehouseId}/${item.productId}/${-item.quantity}/${shipment.shippedAt}`,
      ),
    );
    const moved = db['stock-movements']
      .filter((movement) => movement.reason === 'shipment')
      .map(
        (movement) =>
          `${movement.shipmentId}/${movement.orderId}/${movement.warehouseId}/${movement.productId}/${movement.delta}/${movement.createdAt}`,
      );
    expect(moved.sort()).toEqual(lines.sort());
  });

  it('restocks over time and records some damage, stocktake, correction and return movements', () => {
    const reasons = groupBy(db['stock-movements'], (movement) => movement.reason);
    const purchases = (reasons.get('receipt') ?? []).filter((movement) => movement.note !== 'Opening stock');
    expect(purchases.length).toBeGreaterThan(0);
    expect(purchases.some((movement) => movement.note.startsWith('Purchase order PO-'))).toBe(true);
    if (scale === 'demo') {
      expect(purchases.length).toBeGreaterThan(db['stock-levels'].length / 2);
      for (const reason of ['damage', 'count', 'correction', 'return'] as const)
        expect(reasons.get(reason)?.length ?? 0, reason).toBeGreaterThan(0);
    }
    expect((reasons.get('damage') ?? []).filter((movement) => movement.delta >= 0)).toEqual([]);
    expect(
      (reasons.get('return') ?? []).filter((movement) => movement.delta <= 0 || movement.orderId === null),
    ).toEqual([]);
  });

  it("reserves exactly the quantities open orders have not shipped at the order's warehouse", () => {
    const expected = new Map<string, number>();
    const shipmentsByOrder = groupBy(shipped, (shipment) => shipment.orderId);
    for (const order of db.orders) {
      if (!OPEN_STATUSES.includes(order.status)) continue;
      const parcels = (shipmentsByOrder.get(order.id) ?? []).flatMap((shipment) => shipment.items);
      for (const item of order.items) {
        const shipped = parcels
          .filter((line) => line.productId === item.productId)
          .reduce((sum, line) => sum + line.quantity, 0);
        const key = `${item.productId}@${order.warehouseId}`;
        expected.set(key, (expected.get(key) ?? 0) + item.quantity - shipped);
      }
    }
    const findings = new Findings();
    for (const level of db['stock-levels']) {
      const key = levelKey(level);
      findings.check(
        level.reserved === (expected.get(key) ?? 0),
        `${key}: reserved ${level.reserved} ≠ ${expected.get(key) ?? 0}`,
      );
      findings.check(level.available === level.onHand - level.reserved, `${key}: available`);
    }
    expect(findings.problems).toEqual([]);
    expect([...expected.values()].some((quantity) => quantity > 0)).toBe(true);
  });

  it('gives levels sensible reorder points and distinct bin locations per warehouse', () => {
    expect(
      db['stock-levels'].filter(
        (level) => level.reorderPoint < 2 || !/^[A-Z]{1,2}-\d{2}-[1-5]$/.test(level.binLocation),
      ),
    ).toEqual([]);
    for (const levels of groupBy(db['stock-levels'], (level) => level.warehouseId).values()) {
      expect(new Set(levels.map((level) => level.binLocation)).size).toBe(levels.length);
    }
    if (scale === 'demo') {
      // Fast movers get higher reorder points than slow ones.
      const points = db['stock-levels'].map((level) => level.reorderPoint);
      expect(Math.max(...points)).toBeGreaterThan(Math.min(...points));
    }
  });

  it('refers only to products and users that exist', () => {
    const productIds = new Set(db.products.map((product) => product.id));
    const userIds = new Set(db.users.map((user) => user.id));
    const strays = db['stock-movements'].filter(
      (movement) =>
        !productIds.has(movement.productId) || (movement.userId !== null && !userIds.has(movement.userId)),
    );
    expect(strays).toEqual([]);
  });
});
