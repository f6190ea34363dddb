/**
 * Promotions relative to the anchor (past, running, scheduled, paused, draft)
 * and the book that prices each order with the shared pricing engine
 * (src/domain/pricing), booking usage as it goes so limits, budgets and
 * per-customer limits bind later orders. Automatic promotions apply whenever
 * the engine says so; a customer enters at most one code: that of the first
 * coupon on offer (by precedence) whose uptake draw succeeds.
 */
import {
  applyRedemptions,
  priceCart,
  shippingCharge,
  type BatchCodes,
  type PriceResult,
  type ShippingTerms,
} from '../../src/domain/pricing';
import { byPrecedence, promotionStatus, type PromotionCode } from '../../src/domain/promotions';
import type { Id, Promotion } from '../../src/domain/types';
import type { Catalog } from './catalog';
import { lineTotal, type PricingLine } from './pricing';
import { CodeBatch } from './promotion-codes';
import { TEMPLATES, type Target, type Template } from './promotion-templates';
import { at, Random } from './random';
import { DAY, iso, type Span } from './time';

interface Live {
  record: Promotion;
  template: Template;
  /** Applies before this moment only (paused promotions). */
  until: number | null;
  uses: Map<number, number>;
  lastUsedAt: number | null;
  batch: CodeBatch | null;
}

export interface PromotionRequest {
  at: number;
  customerIndex: number;
  firstOrder: boolean;
  lines: readonly PricingLine[];
  /** The order's shipping method's terms. */
  shipping: ShippingTerms;
}

/** The engine's view of several batches as one. */
function allBatches(batches: readonly BatchCodes[]): BatchCodes | undefined {
  if (batches.length <= 1) return batches[0];
  return {
    has: (promotionId) => batches.some((batch) => batch.has(promotionId)),
    find: (code) => batches.map((batch) => batch.find(code)).find((found) => found !== undefined),
  };
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
        buyQuantity: template.buyQuantity ?? null,
        getQuantity: template.getQuantity ?? null,
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
      const batch = template.codeBatch
        ? new CodeBatch(
            rng.fork(`codes-${record.id}`),
            record.id,
            Math.min(startsAt - DAY, span.anchor),
            template.codeBatch,
          )
        : null;
      return { record, template, until, uses: new Map(), lastUsedAt: null, batch };
    });
    // Coupons are offered in this order: the engine's precedence.
    this.live.sort((a, b) => byPrecedence(a.record, b.record));
  }

  /** Prices one order with the engine and books what it applied. */
  apply(request: PromotionRequest, categories: ReadonlyMap<Id, Id | null>): PriceResult {
    const moment = new Date(request.at);
    // Only those on offer: the engine refuses the others (draft, paused, outside their window, used up)
    // before they can affect anything, and skipping them spares rendering why.
    const offered = this.live.filter(
      (promotion) => promotionStatus(this.termsAt(promotion, request.at), moment) === 'active',
    );
    const entered = this.enteredCode(request, offered);
    const customerUses: Record<Id, number> = {};
    for (const { record, uses } of offered) {
      const used = uses.get(request.customerIndex);
      if (used !== undefined) customerUses[record.id] = used;
    }
    const subtotal = request.lines.reduce((sum, line) => sum + lineTotal(line), 0);
    const result = priceCart({
      lines: request.lines,
      shipping: shippingCharge(request.shipping, subtotal),
      promotions: offered.map((promotion) => this.termsAt(promotion, request.at)),
      categories,
      at: moment,
      code: entered?.code ?? null,
      batchCodes: allBatches(offered.flatMap(({ batch }) => batch?.codesAt(request.at) ?? [])),
      customerUses,
    });
    this.book(result, request);
    if (entered?.batch && result.applied.some((a) => a.promotionId === entered.batch?.promotionId)) {
      entered.batch.redeemNext(request.at);
    }
    return result;
  }

  /** The record as the engine sees it at `moment`: a paused promotion applied until it was paused. */
  private termsAt({ record, until }: Live, moment: number): Promotion {
    return until === null ? record : { ...record, paused: moment >= until };
  }

  /** The one code this customer enters, if any: the first coupon on offer whose uptake draw succeeds. */
  private enteredCode(
    request: PromotionRequest,
    offered: readonly Live[],
  ): { code: string; batch: CodeBatch | null } | null {
    for (const { template, batch } of offered) {
      if (template.uptake === undefined || (template.firstOrderOnly && !request.firstOrder)) continue;
      // Drawn only for coupons on offer, so the stream advances only for orders that could use one.
      if (!this.rng.chance(template.uptake)) continue;
      const batchCode = batch?.nextCodeAt(request.at) ?? null;
      if (batch && batchCode !== null && this.rng.chance(batch.terms.share))
        return { code: batchCode, batch };
      if (template.code !== null) return { code: template.code, batch: null };
    }
    return null;
  }

  private book(result: PriceResult, request: PromotionRequest): void {
    if (result.applied.length === 0) return;
    const booked = applyRedemptions(
      this.live.map(({ record }) => record),
      result,
    );
    this.live.forEach((promotion, i) => {
      if (booked[i] === promotion.record) return;
      promotion.record = at(booked, i);
      promotion.uses.set(request.customerIndex, (promotion.uses.get(request.customerIndex) ?? 0) + 1);
      promotion.lastUsedAt = request.at;
    });
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

  /** Every generated code, numbered 1, 2, 3, … in promotion order. */
  codes(): PromotionCode[] {
    const codes: PromotionCode[] = [];
    for (const { batch } of [...this.live].sort((a, b) => a.record.id - b.record.id)) {
      if (batch) codes.push(...batch.records(codes.length + 1));
    }
    return codes;
  }
}
