import { describe, expect, it } from 'vitest';
import { addOrder, NO_FIGURES } from './customers';

describe('customer figures', () => {
  it('count orders not cancelled, net of refunds, with the latest order date', () => {
    const orders = [
      { status: 'delivered', total: 5000, refundedTotal: 0, placedAt: '2026-01-02T10:00:00Z' },
      { status: 'partially_returned', total: 3000, refundedTotal: 1000, placedAt: '2026-03-01T10:00:00Z' },
      { status: 'cancelled', total: 9900, refundedTotal: 0, placedAt: '2026-04-01T10:00:00Z' },
    ] as const;
    const figures = orders.reduce(addOrder, NO_FIGURES);
    expect(figures).toEqual({
      orderCount: 2,
      lifetimeValue: 7000,
      averageOrderValue: 3500,
      returnedOrders: 1,
      lastOrderAt: '2026-03-01T10:00:00Z',
    });
  });

  it('has no average without orders', () => {
    expect(NO_FIGURES.averageOrderValue).toBeNull();
  });
});
