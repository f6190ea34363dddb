/**
 * `GET /api/promotions/:id/performance`: what a promotion did. Sales and margin
 * "with" are the orders as placed; "without" re-prices each of those orders
 * through the engine with its other promotions only (at the moment it was
 * placed, their limits lifted, since they did apply then). Amounts are gross
 * cents like every price in the shop; cost is the products' current cost.
 * Shipping is re-priced from the charge the order's shipping method set when
 * it was sold. Cancelled orders are left out.
 */
import { priceCart, type CartLine, type PromotionTerms } from '../../src/domain/pricing';
import { promotionStatus, type PromotionPerformance } from '../../src/domain/promotions';

export type { PromotionPerformance };
import type { Category, Order, Product, Promotion } from '../../src/domain/types';
import type { RecordReader, StoredRecord } from '../store/database';
import { recordsById } from '../lookups';

/** As it stood when the order got it: live, and free of limits, codes and budgets that only gate new orders. */
const asApplied = (p: Promotion): PromotionTerms => ({
  ...p,
  code: null,
  usageLimit: null,
  perCustomerLimit: null,
  budget: null,
  paused: false,
  draft: false,
});

export async function promotionPerformance(
  tx: RecordReader,
  promotion: Promotion,
  now: Date,
): Promise<PromotionPerformance> {
  const categories = await tx.all<Category & StoredRecord>('categories');
  const products = await recordsById<Product>(tx, 'products');
  const promotions = await recordsById<Promotion>(tx, 'promotions');
  const totals = { orders: 0, sales: 0, salesWithout: 0, shipping: 0, shippingWithout: 0, cost: 0 };
  for (const order of await tx.all<Order & StoredRecord>('orders')) {
    if (order.status === 'cancelled' || !order.promotionIds.includes(promotion.id)) continue;
    const lines: CartLine[] = order.items.map((item) => ({
      productId: item.productId,
      categoryId: products.get(item.productId)?.categoryId ?? null,
      quantity: item.quantity,
      unitPrice: item.unitPrice,
    }));
    const others = order.promotionIds
      .filter((id) => id !== promotion.id)
      .flatMap((id) => {
        const other = promotions.get(id);
        return other ? [asApplied(other)] : [];
      });
    const without = priceCart({
      lines,
      // What its shipping method charged when it was sold (src/domain/pricing/shipping.ts), kept on the order.
      shipping: order.shippingCharge,
      promotions: others,
      categories,
      at: order.placedAt,
    });
    totals.orders += 1;
    totals.sales += order.subtotal - order.discountTotal;
    totals.shipping += order.shippingTotal;
    totals.salesWithout += without.subtotal - without.discountTotal;
    totals.shippingWithout += without.shipping - without.shippingDiscount;
    totals.cost += order.items.reduce(
      (sum, item) => sum + item.quantity * (products.get(item.productId)?.cost ?? 0),
      0,
    );
  }
  return {
    promotionId: promotion.id,
    status: promotionStatus(promotion, now),
    uses: promotion.usageCount,
    discountGiven: promotion.discountGiven,
    budget: promotion.budget,
    budgetLeft: promotion.budget === null ? null : Math.max(0, promotion.budget - promotion.discountGiven),
    ...totals,
    margin: totals.sales - totals.cost,
    marginWithout: totals.salesWithout - totals.cost,
  };
}
