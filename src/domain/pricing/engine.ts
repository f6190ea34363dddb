/**
 * The one pricing engine: cart lines, promotions and a moment in; each line's
 * discount, the shipping discount, and why each promotion did or did not apply
 * out. Pure: the API's simulate endpoint and the seed's orders both use it.
 *
 * Rules:
 * - Promotions are tried in precedence order: higher `priority` first, ties by
 *   lower id. Each one works on what earlier ones left of each line.
 * - `combinable` says whether later promotions may still apply once this one
 *   has applied: after a non-combinable promotion applies, every later one is
 *   refused as `notCombinable`. A promotion that did not apply blocks nothing.
 * - `minSubtotal` is compared with the cart's subtotal before any discount.
 * - A budget caps the amount at what remains of it; the capped amount is spread
 *   over the lines (and shipping) in proportion, and the promotion is then
 *   exhausted. Usage limits count `usageCount`; per-customer limits count
 *   `customerUses`.
 * - Amounts are whole cents; a promotion's line shares add up exactly to its
 *   amount, and no line ever goes below zero.
 */
import { byPrecedence, remainingBudget } from '../promotions';
import { DEFAULT_TIME_ZONE } from '../time';
import { allocate } from './allocate';
import { effectOf, type CartState, type Effect } from './effects';
import { explain, type RenderOptions } from './explain';
import { offerRefusal, refuse, type Refusal } from './gate';
import { targets, toParentMap } from './targeting';
import type {
  AppliedPromotion,
  CartLine,
  PriceCartInput,
  PriceResult,
  PromotionTerms,
  SkippedPromotion,
} from './types';

const sum = (values: readonly number[]) => values.reduce((total, v) => total + v, 0);
const isCents = (n: number) => Number.isInteger(n) && n >= 0;

function checkInput(input: PriceCartInput): void {
  for (const line of input.lines) {
    if (!Number.isInteger(line.quantity) || line.quantity < 1 || !isCents(line.unitPrice)) {
      throw new RangeError(`priceCart: bad line for product ${line.productId}`);
    }
  }
  if (!isCents(input.shipping)) throw new RangeError('priceCart: shipping must be whole cents ≥ 0');
}

const lineTotal = (line: CartLine) => line.quantity * line.unitPrice;

export function priceCart(input: PriceCartInput): PriceResult {
  checkInput(input);
  const at = input.at instanceof Date ? input.at : new Date(input.at);
  const render: RenderOptions = {
    locale: input.locale ?? 'en',
    timeZone: input.timeZone ?? DEFAULT_TIME_ZONE,
  };
  const gross = input.lines.map(lineTotal);
  const subtotal = sum(gross);
  const state: CartState = {
    lines: input.lines,
    parents: toParentMap(input.categories),
    remaining: [...gross],
    shippingLeft: input.shipping,
    shipping: input.shipping,
  };
  const applied: AppliedPromotion[] = [];
  const notApplied: SkippedPromotion[] = [];
  let blockedBy: PromotionTerms | null = null;

  for (const p of [...input.promotions].sort(byPrecedence)) {
    const outcome = evaluate(p, input, at, subtotal, state, blockedBy);
    if ('reason' in outcome) {
      notApplied.push({
        promotionId: p.id,
        name: p.name,
        reason: outcome.reason,
        explanation: explain(outcome.key, outcome.params, render),
      });
      continue;
    }
    outcome.lineAmounts.forEach((amount, i) => (state.remaining[i]! -= amount));
    state.shippingLeft -= outcome.shippingAmount;
    if (!p.combinable) blockedBy = p;
    applied.push({ ...outcome.applied, explanation: explain(outcome.key, outcome.params, render) });
  }

  const lines = input.lines.map((line, i) => ({
    productId: line.productId,
    quantity: line.quantity,
    unitPrice: line.unitPrice,
    subtotal: gross[i]!,
    discount: gross[i]! - state.remaining[i]!,
    total: state.remaining[i]!,
  }));
  const discountTotal = sum(lines.map((l) => l.discount));
  const shippingDiscount = input.shipping - state.shippingLeft;
  return {
    lines,
    subtotal,
    discountTotal,
    shipping: input.shipping,
    shippingDiscount,
    total: subtotal - discountTotal + state.shippingLeft,
    applied,
    notApplied,
  };
}

type Outcome = Effect & { applied: Omit<AppliedPromotion, 'explanation'> };

function evaluate(
  p: PromotionTerms,
  input: PriceCartInput,
  at: Date,
  subtotal: number,
  state: CartState,
  blockedBy: PromotionTerms | null,
): Outcome | Refusal {
  const offer = offerRefusal(p, input, at);
  if (offer) return offer;
  const eligible = input.lines.flatMap((line, i) => (targets(p, line, state.parents) ? [i] : []));
  if (eligible.length === 0)
    return refuse('target', 'promotions.why.noEligibleItems', {
      target: { t: `promotions.target.${p.scope}` },
    });
  if (subtotal < p.minSubtotal) {
    return refuse('minimum', 'promotions.why.minimum', {
      minimum: { cents: p.minSubtotal },
      subtotal: { cents: subtotal },
    });
  }
  const effect = effectOf(p, eligible, state);
  if ('reason' in effect) return effect;
  if (blockedBy) return refuse('notCombinable', 'promotions.why.notCombinable', { other: blockedBy.name });
  return capByBudget(p, effect);
}

function capByBudget(p: PromotionTerms, effect: Effect): Outcome {
  const full = sum(effect.lineAmounts) + effect.shippingAmount;
  const left = remainingBudget(p);
  const base = { promotionId: p.id, name: p.name, type: p.type };
  if (full <= left) {
    return {
      ...effect,
      applied: {
        ...base,
        amount: full,
        shippingAmount: effect.shippingAmount,
        lineAmounts: effect.lineAmounts,
        cappedByBudget: false,
      },
    };
  }
  const shares = allocate(left, [...effect.lineAmounts, effect.shippingAmount]);
  const shippingAmount = shares.pop()!;
  return {
    lineAmounts: shares,
    shippingAmount,
    key: 'promotions.explain.budgetCapped',
    params: { type: { t: `promotions.type.${p.type}` }, amount: { cents: left }, full: { cents: full } },
    applied: { ...base, amount: left, shippingAmount, lineAmounts: shares, cappedByBudget: true },
  };
}
