/**
 * Promotions relative to the anchor (past, running, scheduled, paused, draft)
 * and the book that decides which ones an order gets. An order gets at most
 * one line discount plus, when both are combinable, free shipping. Higher
 * `priority` is tried first. Automatic promotions (no code) apply whenever
 * they fit; a code is used by a share of the customers who could.
 */
import type { Id, Promotion } from '../../src/domain/types';
import type { Catalog } from './catalog';
import { effectAmount, promotionEffect, type PricingLine, type PromotionEffect } from './pricing';
import { TEMPLATES, type Target, type Template } from './promotion-templates';
import { at, Random } from './random';
import { DAY, iso, type Span } from './time';

interface Live {
  record: Promotion;
  template: Template;
  startsAt: number;
  endsAt: number | null;
  /** Applies before this moment only (paused promotions). */
  until: number | null;
  uses: Map<number, number>;
  lastUsedAt: number | null;
}

export interface AppliedPromotion {
  promotionId: Id;
  effect: PromotionEffect;
}

export interface PromotionRequest {
  at: number;
  customerIndex: number;
  firstOrder: boolean;
  lines: readonly PricingLine[];
}

function targetIds(
  rng: Random,
  target: Target,
  catalog: Catalog,
): Pick<Promotion, 'scope' | 'categoryIds' | 'productIds'> & { label: string } {
  const tops = catalog.categories.filter((category) => category.parentId === null);
  const leaves = catalog.categories.filter((category) => category.parentId !== null);
  if (target === 'leafCategory' || target === 'topCategory') {
    const category = rng.pick(target === 'leafCategory' ? leaves : tops);
    return { scope: 'categories', categoryIds: [category.id], productIds: [], label: category.name };
  }
  if (target === 'bestsellers') {
    const ranked = catalog.products
      .map((product, i) => [product.id, at(catalog.facts, i)] as const)
      .filter(([, facts]) => facts.archivedAt === null && facts.popularity > 0)
      .sort((a, b) => b[1].popularity - a[1].popularity || a[0] - b[0]);
    return {
      scope: 'products',
      categoryIds: [],
      productIds: ranked
        .slice(0, 6)
        .map(([id]) => id)
        .sort((a, b) => a - b),
      label: '',
    };
  }
  return { scope: 'order', categoryIds: [], productIds: [], label: '' };
}

export class PromotionBook {
  private readonly live: Live[];

  constructor(
    private readonly rng: Random,
    span: Span,
    catalog: Catalog,
    fullSet: boolean,
  ) {
    const chosen = TEMPLATES.filter((template) => fullSet || !template.fullSetOnly);
    this.live = chosen.map((template, i) => {
      const [startsAt, endsAt] = template.window(span);
      const target = targetIds(rng, template.target, catalog);
      const createdAt = Math.min(startsAt - rng.float(3, 20) * DAY, span.anchor - rng.float(1, 5) * DAY);
      const until = template.pausedDaysAgo === undefined ? null : span.anchor - template.pausedDaysAgo * DAY;
      const record: Promotion = {
        id: i + 1,
        createdAt: iso(createdAt),
        updatedAt: iso(until ?? createdAt),
        version: 1,
        name: template.name.replace('{category}', target.label),
        code: template.code,
        type: template.type,
        value: template.value,
        buyQuantity: null,
        getQuantity: null,
        scope: target.scope,
        categoryIds: target.categoryIds,
        productIds: target.productIds,
        minSubtotal: template.minSubtotal ?? 0,
        startsAt: iso(startsAt),
        endsAt: endsAt === null ? null : iso(endsAt),
        usageLimit: template.usageLimit ?? null,
        perCustomerLimit: template.perCustomerLimit ?? null,
        usageCount: 0,
        budget: template.budget ?? null,
        discountGiven: 0,
        priority: template.priority,
        combinable: template.combinable,
        paused: until !== null,
        draft: template.draft ?? false,
      };
      return { record, template, startsAt, endsAt, until, uses: new Map(), lastUsedAt: null };
    });
    // Tried in this order: highest priority first.
    this.live.sort((a, b) => b.record.priority - a.record.priority || a.record.id - b.record.id);
  }

  /** Picks and books the promotions for one order. */
  apply(request: PromotionRequest, parentOf: ReadonlyMap<Id, Id | null>): AppliedPromotion[] {
    const applied: (AppliedPromotion & { promotion: Live })[] = [];
    for (const promotion of this.live) {
      if (!this.offered(promotion, request)) continue;
      const effect = promotionEffect(promotion.record, request.lines, parentOf);
      const amount = effectAmount(effect);
      const { budget } = promotion.record;
      if (amount === 0 || (budget !== null && promotion.record.discountGiven + amount > budget)) continue;
      const fits =
        applied.length === 0 ||
        (promotion.record.combinable &&
          applied.every(
            (other) =>
              other.promotion.record.combinable &&
              other.effect.shippingDiscount > 0 !== effect.shippingDiscount > 0,
          ));
      if (fits) applied.push({ promotionId: promotion.record.id, effect, promotion });
    }
    for (const { promotion, effect } of applied) {
      promotion.record.usageCount += 1;
      promotion.record.discountGiven += effectAmount(effect);
      promotion.uses.set(request.customerIndex, (promotion.uses.get(request.customerIndex) ?? 0) + 1);
      promotion.lastUsedAt = request.at;
    }
    return applied.map(({ promotionId, effect }) => ({ promotionId, effect }));
  }

  private offered(promotion: Live, request: PromotionRequest): boolean {
    const { record, template } = promotion;
    if (record.draft || request.at < promotion.startsAt) return false;
    if (promotion.endsAt !== null && request.at >= promotion.endsAt) return false;
    if (promotion.until !== null && request.at >= promotion.until) return false;
    if (record.usageLimit !== null && record.usageCount >= record.usageLimit) return false;
    const used = promotion.uses.get(request.customerIndex) ?? 0;
    if (record.perCustomerLimit !== null && used >= record.perCustomerLimit) return false;
    if (template.firstOrderOnly && !request.firstOrder) return false;
    // Drawn last so the stream only advances for orders that could use the code.
    return template.uptake === undefined || this.rng.chance(template.uptake);
  }

  /** The records, in id order, with usage booked; updatedAt is the last use (or pause). */
  records(): Promotion[] {
    return [...this.live]
      .sort((a, b) => a.record.id - b.record.id)
      .map(({ record, lastUsedAt, until }) => {
        const updatedAt = Math.max(Date.parse(record.updatedAt), until ?? 0, lastUsedAt ?? 0);
        return { ...record, updatedAt: iso(updatedAt) };
      });
  }
}
