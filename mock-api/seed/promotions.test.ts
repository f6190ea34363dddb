import { describe, expect, it } from 'vitest';
import { applyRedemptions, priceCart, shippingCharge } from '../../src/domain/pricing';
import { byPrecedence } from '../../src/domain/promotions';
import { PROMOTION_TYPES, type Order, type Promotion } from '../../src/domain/types';
import { vatIncluded } from './pricing';
import { Findings, groupBy, ms, seeded, TESTED_SCALES, TEST_ANCHORS } from './test-fixtures';

describe('vatIncluded', () => {
  it('is the 19 % VAT contained in a gross amount, rounded to the cent', () => {
    expect(vatIncluded(11900)).toBe(1900);
    expect(vatIncluded(495)).toBe(79);
    expect(vatIncluded(0)).toBe(0);
  });
});

describe.each(TESTED_SCALES)('promotions at %s scale', (scale) => {
  const db = seeded(scale);
  const anchor = TEST_ANCHORS[scale].getTime();
  const products = new Map(db.products.map((product) => [product.id, product]));
  const promotions = new Map(db.promotions.map((promotion) => [promotion.id, promotion]));
  const usedBy = groupBy(
    db.orders.flatMap((order) => order.promotionIds.map((promotionId) => ({ promotionId, order }))),
    (use) => use.promotionId,
  );
  const applied = (order: Order) => order.promotionIds.map((id) => promotions.get(id) as Promotion);
  const methods = new Map(db['shipping-methods'].map((method) => [method.id, method]));
  const charge = (order: Order) => shippingCharge(methods.get(order.shippingMethodId!)!, order.subtotal);
  const waived = (order: Order) => charge(order) - order.shippingTotal;

  it('prices every order as the engine does when history is replayed, and books exactly that usage', () => {
    // Each order sees the usage of the orders before it; a paused promotion's updatedAt is when it was paused.
    let state = db.promotions.map((promotion) => ({ ...promotion, usageCount: 0, discountGiven: 0 }));
    const uses = new Map<string, number>();
    const findings = new Findings();
    for (const order of db.orders) {
      const code = applied(order).find((promotion) => promotion.code !== null)?.code ?? null;
      const customerUses = Object.fromEntries(
        state.map((p) => [p.id, uses.get(`${order.customerId}:${p.id}`) ?? 0]),
      );
      const result = priceCart({
        lines: order.items.map((item) => ({
          ...item,
          categoryId: products.get(item.productId)?.categoryId ?? null,
        })),
        shipping: charge(order),
        promotions: state.map((p) => ({ ...p, paused: p.paused && order.placedAt >= p.updatedAt })),
        categories: db.categories,
        at: order.placedAt,
        code,
        customerUses,
      });
      const expected = {
        discounts: result.lines.map((line) => line.discount),
        charged: result.shipping,
        shipping: result.shipping - result.shippingDiscount,
        total: result.total,
        ids: result.applied.map((a) => a.promotionId).sort((a, b) => a - b),
      };
      const actual = {
        discounts: order.items.map((item) => item.discount),
        charged: order.shippingCharge,
        shipping: order.shippingTotal,
        total: order.total,
        ids: order.promotionIds,
      };
      findings.check(
        JSON.stringify(actual) === JSON.stringify(expected),
        `${order.number}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`,
      );
      state = applyRedemptions(state, result);
      for (const { promotionId } of result.applied) {
        const key = `${order.customerId}:${promotionId}`;
        uses.set(key, (uses.get(key) ?? 0) + 1);
      }
    }
    expect(findings.problems).toEqual([]);
    expect(state.map((p) => [p.id, p.usageCount, p.discountGiven])).toEqual(
      db.promotions.map((p) => [p.id, p.usageCount, p.discountGiven]),
    );
  });

  it('counts each use and gives away exactly what the promoted orders were discounted, within limits', () => {
    for (const promotion of db.promotions) {
      const orders = (usedBy.get(promotion.id) ?? []).map(({ order }) => order);
      expect(promotion.usageCount, promotion.name).toBe(orders.length);
      if (promotion.usageLimit !== null)
        expect(promotion.usageCount).toBeLessThanOrEqual(promotion.usageLimit);
      if (promotion.budget !== null) expect(promotion.discountGiven).toBeLessThanOrEqual(promotion.budget);
      if (promotion.perCustomerLimit !== null) {
        const perCustomer = groupBy(orders, (order) => order.customerId);
        const most = Math.max(0, ...[...perCustomer.values()].map((list) => list.length));
        expect(most, promotion.name).toBeLessThanOrEqual(promotion.perCustomerLimit);
      }
    }
    const promoted = db.orders.filter((order) => order.promotionIds.length > 0);
    const given = db.promotions.reduce((sum, promotion) => sum + promotion.discountGiven, 0);
    expect(given).toBe(promoted.reduce((sum, order) => sum + order.discountTotal + waived(order), 0));
    const unpromoted = db.orders.filter((order) => order.promotionIds.length === 0);
    expect(unpromoted.filter((order) => order.discountTotal > 0 || waived(order) > 0)).toEqual([]);
  });

  it('stacks combinable promotions, stops after a non-combinable one, and takes at most one code', () => {
    const findings = new Findings();
    for (const order of db.orders) {
      const inOrder = applied(order).sort(byPrecedence);
      const blocker = inOrder.findIndex((promotion) => !promotion.combinable);
      findings.check(
        blocker === -1 || blocker === inOrder.length - 1,
        `${order.number}: applied after a non-combinable one`,
      );
      findings.check(inOrder.filter((p) => p.code !== null).length <= 1, `${order.number}: two codes`);
      if (inOrder.some((promotion) => promotion.type === 'free_shipping'))
        findings.check(order.shippingTotal === 0, `${order.number}: free shipping charged`);
    }
    expect(findings.problems).toEqual([]);
    const lineDiscounts = (order: Order) => applied(order).filter((p) => p.type !== 'free_shipping').length;
    if (scale === 'demo') expect(db.orders.some((order) => lineDiscounts(order) >= 2)).toBe(true);
  });

  it('gives first-order coupons only on a customer’s first order', () => {
    const firstOrderOf = new Map<number, number>();
    for (const order of db.orders)
      if (!firstOrderOf.has(order.customerId)) firstOrderOf.set(order.customerId, order.id);
    const welcome = db.promotions.find((promotion) => promotion.code === 'WELCOME10') as Promotion;
    const uses = (usedBy.get(welcome.id) ?? []).map(({ order }) => order);
    expect(uses.length).toBeGreaterThan(0);
    expect(
      uses.filter((order) => firstOrderOf.get(order.customerId) !== order.id).map((o) => o.number),
    ).toEqual([]);
  });

  it('applies promotions only inside their window, never drafts, never after a pause', () => {
    const misapplied = [...usedBy.values()].flat().filter(({ promotionId, order }) => {
      const promotion = promotions.get(promotionId) as Promotion;
      return (
        promotion.draft ||
        order.placedAt < promotion.startsAt ||
        (promotion.endsAt !== null && order.placedAt >= promotion.endsAt) ||
        (promotion.paused && order.placedAt >= promotion.updatedAt)
      );
    });
    expect(misapplied.map(({ promotionId, order }) => `${order.number} ← ${promotionId}`)).toEqual([]);
  });

  it('mixes past, running and scheduled promotions of every type with unique uppercase codes', () => {
    const past = db.promotions.filter((p) => p.endsAt !== null && ms(p.endsAt) <= anchor);
    const running = db.promotions.filter(
      (p) => ms(p.startsAt) <= anchor && (p.endsAt === null || ms(p.endsAt) > anchor),
    );
    const scheduled = db.promotions.filter((p) => ms(p.startsAt) > anchor);
    for (const group of [past, running, scheduled]) expect(group.length).toBeGreaterThan(0);
    const codes = db.promotions.map((p) => p.code).filter((code): code is string => code !== null);
    for (const code of codes) expect(code).toMatch(/^[A-Z0-9]+$/);
    expect(new Set(codes).size).toBe(codes.length);
    for (const promotion of db.promotions) {
      const { type, value, buyQuantity, getQuantity } = promotion;
      if (type === 'percent') expect(value >= 1 && value <= 100).toBe(true);
      if (type === 'free_shipping' || type === 'buy_x_get_y') expect(value).toBe(0);
      expect(buyQuantity !== null && getQuantity !== null).toBe(type === 'buy_x_get_y');
      expect(promotion.createdAt <= promotion.updatedAt).toBe(true);
      expect(ms(promotion.updatedAt)).toBeLessThanOrEqual(anchor);
    }
    if (scale === 'demo') {
      expect(new Set(db.promotions.map((p) => p.scope))).toEqual(
        new Set(['order', 'categories', 'products']),
      );
      expect(new Set(db.promotions.map((p) => p.type))).toEqual(new Set(PROMOTION_TYPES));
      const used = db.promotions.filter((p) => p.usageCount > 0);
      expect(used.length).toBeGreaterThanOrEqual(5);
      expect(new Set(used.map((p) => p.type))).toEqual(new Set(PROMOTION_TYPES));
    }
  });
});

describe.each(TESTED_SCALES)('promotion codes at %s scale', (scale) => {
  const db = seeded(scale);
  const anchor = TEST_ANCHORS[scale].toISOString();
  const codes = db['promotion-codes'];

  it('are a batch of unique codes in the API’s format for a coupon promotion, generated before it started', () => {
    const ownCodes = new Set(db.promotions.map((p) => p.code?.toLowerCase()));
    for (const code of codes) {
      const promotion = db.promotions.find((p) => p.id === code.promotionId);
      expect(promotion?.code).not.toBeNull();
      expect(code.code).toMatch(/^[A-Z0-9]+-[A-HJKMNP-Z2-9]{8}$/);
      expect(ownCodes.has(code.code.toLowerCase())).toBe(false);
      expect(code.createdAt <= (promotion?.startsAt ?? '')).toBe(true);
    }
    expect(new Set(codes.map((c) => c.code.toLowerCase())).size).toBe(codes.length);
    if (scale === 'demo') {
      expect(codes).toHaveLength(20);
      expect(new Set(codes.map((c) => c.promotionId)).size).toBe(1);
    }
  });

  it('are used once each, by an order of the promotion placed at that moment, handed out in order', () => {
    const findings = new Findings();
    const claimed = new Set<number>();
    for (const code of codes.filter((c) => c.usedAt !== null)) {
      const order = db.orders.find(
        (o) => o.placedAt === code.usedAt && o.promotionIds.includes(code.promotionId) && !claimed.has(o.id),
      );
      findings.check(
        order !== undefined,
        `${code.code}: no order of promotion ${code.promotionId} at ${code.usedAt}`,
      );
      if (order) claimed.add(order.id);
      findings.check(
        (code.usedAt ?? '') >= code.createdAt && (code.usedAt ?? '') <= anchor,
        `${code.code}: usedAt`,
      );
      findings.check(code.updatedAt === code.usedAt, `${code.code}: updatedAt`);
    }
    expect(findings.problems).toEqual([]);
    const usedFlags = codes.map((c) => c.usedAt !== null);
    expect(usedFlags).toEqual([...usedFlags].sort((a, b) => Number(b) - Number(a)));
    if (scale === 'demo') {
      expect(usedFlags.some(Boolean)).toBe(true);
      expect(usedFlags.every(Boolean)).toBe(false);
    }
  });
});
