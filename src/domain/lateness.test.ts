import { describe, expect, it } from 'vitest';
import { isLate, lateRule } from './lateness';

describe('isLate', () => {
  const now = new Date('2026-06-15T12:00:00.000Z');
  const paidHoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString();

  it('is late once paid longer ago than the service level and not fully shipped', () => {
    expect(isLate({ status: 'processing', paidAt: paidHoursAgo(48.01) }, now, 48)).toBe(true);
    expect(isLate({ status: 'processing', paidAt: paidHoursAgo(48) }, now, 48)).toBe(false);
    expect(isLate({ status: 'partially_shipped', paidAt: paidHoursAgo(72) }, now, 48)).toBe(true);
    expect(isLate({ status: 'on_hold', paidAt: paidHoursAgo(72) }, now, 48)).toBe(true);
    expect(isLate({ status: 'processing', paidAt: paidHoursAgo(30) }, now, 24)).toBe(true);
  });

  it('is never late when unpaid, fully shipped or cancelled', () => {
    expect(isLate({ status: 'pending', paidAt: null }, now, 48)).toBe(false);
    for (const status of ['shipped', 'delivered', 'cancelled', 'returned'] as const) {
      expect(isLate({ status, paidAt: paidHoursAgo(500) }, now, 48)).toBe(false);
    }
  });
});

describe('lateRule', () => {
  const now = new Date('2026-06-15T12:00:00Z');
  const rule = lateRule(now, 48, new Map([[2, 24]]));
  const paid = (hoursAgo: number, shippingMethodId: number | null) => ({
    status: 'paid' as const,
    paidAt: new Date(now.getTime() - hoursAgo * 3_600_000).toISOString(),
    shippingMethodId,
  });

  it('holds each order to its shipping method’s promise, and the shop’s default without one', () => {
    expect(rule.isLate(paid(30, 2))).toBe(true);
    expect(rule.isLate(paid(30, 1))).toBe(false);
    expect(rule.isLate(paid(30, null))).toBe(false);
    expect(rule.isLate(paid(50, null))).toBe(true);
    expect(rule.hoursFor({ shippingMethodId: 2 })).toBe(24);
    expect(rule.hoursFor({ shippingMethodId: 99 })).toBe(48);
  });

  it('never calls a shipped or cancelled order late', () => {
    expect(rule.isLate({ ...paid(100, 2), status: 'shipped' })).toBe(false);
    expect(rule.isLate({ ...paid(100, 2), status: 'cancelled' })).toBe(false);
  });
});
