import { describe, expect, it } from 'vitest';
import { can } from '../../src/domain/permissions';
import { Findings, ms, seeded, TESTED_SCALES, TEST_ANCHORS } from './test-fixtures';

const TRANSFER_REASONS = new Set(['transfer_out', 'transfer_in']);

describe.each(TESTED_SCALES)('stock transfers at %s scale', (scale) => {
  const db = seeded(scale);
  const anchor = TEST_ANCHORS[scale].toISOString();
  const transfers = db['stock-transfers'];
  const users = new Map(db.users.map((user) => [user.id, user]));
  const levelOf = (productId: number, warehouseId: number) =>
    db['stock-levels'].find((level) => level.productId === productId && level.warehouseId === warehouseId);

  it('has received ones, one on its way and one draft, numbered TR-00001… in the order they were created', () => {
    const statuses = transfers.map((transfer) => transfer.status);
    expect(statuses.filter((status) => status === 'received').length).toBeGreaterThanOrEqual(2);
    expect(statuses.filter((status) => status === 'in_transit')).toHaveLength(1);
    expect(statuses.filter((status) => status === 'draft')).toHaveLength(1);
    expect(transfers.map((transfer) => transfer.number)).toEqual(
      transfers.map((_, i) => `TR-${String(i + 1).padStart(5, '0')}`),
    );
    const created = transfers.map((transfer) => transfer.createdAt);
    expect(created).toEqual([...created].sort());
    expect(transfers.some((transfer) => transfer.shortfallReason !== null)).toBe(true);
  });

  it('holds only what the API accepts: two warehouses, distinct products, sent ≥ received, steps in order', () => {
    const findings = new Findings();
    const productIds = new Set(db.products.map((product) => product.id));
    for (const t of transfers) {
      const label = `${t.number} (${t.status})`;
      findings.check(t.fromWarehouseId !== t.toWarehouseId, `${label}: one warehouse`);
      findings.check(t.items.length > 0, `${label}: no lines`);
      findings.check(
        new Set(t.items.map((item) => item.productId)).size === t.items.length,
        `${label}: repeated product`,
      );
      for (const item of t.items) {
        findings.check(
          productIds.has(item.productId) && item.quantity > 0,
          `${label}: line ${item.productId}`,
        );
        const received = item.receivedQuantity;
        findings.check(
          t.status === 'received'
            ? received !== null && received >= 0 && received <= item.quantity
            : received === null,
          `${label}: received ${received} of ${item.quantity}`,
        );
      }
      const short = t.items.some(
        (item) => item.receivedQuantity !== null && item.receivedQuantity < item.quantity,
      );
      findings.check((t.shortfallReason !== null) === short, `${label}: shortfall reason`);
      findings.check((t.dispatchedAt !== null) === (t.status !== 'draft'), `${label}: dispatchedAt`);
      findings.check((t.receivedAt !== null) === (t.status === 'received'), `${label}: receivedAt`);
      const steps = [t.createdAt, t.dispatchedAt, t.receivedAt].filter(
        (step): step is string => step !== null,
      );
      findings.check(
        JSON.stringify(steps) === JSON.stringify([...steps].sort()),
        `${label}: steps out of order`,
      );
      findings.check(t.updatedAt === steps[steps.length - 1] && t.updatedAt <= anchor, `${label}: updatedAt`);
      const role = users.get(t.createdBy ?? 0)?.role;
      findings.check(
        role !== undefined && can(role, 'create', 'stock-transfers'),
        `${label}: created by ${role}`,
      );
    }
    expect(findings.problems).toEqual([]);
  });

  it('books each step as the API does: out of the source, into the destination, a shortfall as loss there', () => {
    const expected = transfers.flatMap((t) =>
      t.items.flatMap((item) => {
        const line = (
          warehouseId: number,
          delta: number,
          reason: string,
          at: string | null,
          note = t.number,
        ) => [t.id, warehouseId, item.productId, delta, reason, at, note].join('|');
        const missing = item.quantity - (item.receivedQuantity ?? item.quantity);
        return [
          ...(t.dispatchedAt
            ? [line(t.fromWarehouseId, -item.quantity, 'transfer_out', t.dispatchedAt)]
            : []),
          ...(t.receivedAt ? [line(t.toWarehouseId, item.quantity, 'transfer_in', t.receivedAt)] : []),
          ...(missing > 0
            ? [line(t.toWarehouseId, -missing, 'loss', t.receivedAt, `${t.number}: ${t.shortfallReason}`)]
            : []),
        ];
      }),
    );
    const booked = db['stock-movements']
      .filter((m) => m.transferId !== null || TRANSFER_REASONS.has(m.reason))
      .map((m) =>
        [m.transferId, m.warehouseId, m.productId, m.delta, m.reason, m.createdAt, m.note].join('|'),
      );
    expect(booked.sort()).toEqual(expected.sort());
  });

  it('moves stock a product still sells from, and plans a draft the source can dispatch as it stands', () => {
    const findings = new Findings();
    const products = new Map(db.products.map((product) => [product.id, product]));
    for (const t of transfers) {
      for (const item of t.items) {
        const product = products.get(item.productId);
        findings.check(product?.status !== 'draft', `${t.number}: moves draft product ${item.productId}`);
        findings.check(
          (product?.createdAt ?? '9') <= t.createdAt,
          `${t.number}: product ${item.productId} not yet there`,
        );
        if (t.status === 'draft') {
          const available = levelOf(item.productId, t.fromWarehouseId)?.available ?? 0;
          findings.check(
            item.quantity <= available,
            `${t.number}: ${item.quantity} of ${available} available`,
          );
        }
      }
    }
    expect(findings.problems).toEqual([]);
    expect(ms(transfers.find((t) => t.status === 'in_transit')?.dispatchedAt ?? null)).toBeGreaterThan(
      ms(anchor) - 3 * 24 * 3_600_000,
    );
  });
});
