/**
 * What one promotion takes off a cart, given what earlier promotions left.
 * Percentages and fixed amounts work on the eligible lines' remaining amounts;
 * buy X get Y frees whole units at their list price (never more than a line has
 * left); free shipping waives whatever shipping is left.
 */
import { allocate } from './allocate';
import type { ExplanationParam } from './explain';
import { refuse, type Refusal } from './gate';
import { targetGroup, type ParentMap } from './targeting';
import type { CartLine, PromotionTerms } from './types';

export interface CartState {
  lines: readonly CartLine[];
  parents: ParentMap;
  /** Each line's amount not yet discounted. */
  remaining: number[];
  shippingLeft: number;
  shipping: number;
}

export interface Effect {
  lineAmounts: number[];
  shippingAmount: number;
  key: string;
  params: Record<string, ExplanationParam>;
}

const sum = (values: readonly number[]) => values.reduce((total, v) => total + v, 0);
const targetTerm = (p: PromotionTerms) => ({ t: `promotions.target.${p.scope}` });
const nothingLeft = () => refuse('target', 'promotions.why.nothingLeft');

/** Spreads `amount` over the eligible lines in proportion to what each has left. */
function spreadOverEligible(amount: number, eligible: readonly number[], state: CartState): number[] {
  const shares = allocate(
    amount,
    eligible.map((i) => state.remaining[i]!),
  );
  const lineAmounts = state.lines.map(() => 0);
  eligible.forEach((lineIndex, k) => (lineAmounts[lineIndex] = shares[k]!));
  return lineAmounts;
}

export function effectOf(p: PromotionTerms, eligible: readonly number[], state: CartState): Effect | Refusal {
  const base = sum(eligible.map((i) => state.remaining[i]!));
  const none = state.lines.map(() => 0);
  switch (p.type) {
    case 'percent': {
      if (base === 0) return nothingLeft();
      const amount = Math.round((base * p.value) / 100);
      const params = { percent: p.value, target: targetTerm(p), amount: { cents: amount } };
      return {
        lineAmounts: spreadOverEligible(amount, eligible, state),
        shippingAmount: 0,
        key: 'promotions.explain.percent',
        params,
      };
    }
    case 'fixed': {
      if (base === 0) return nothingLeft();
      const amount = Math.min(p.value, base);
      const params = { value: { cents: p.value }, target: targetTerm(p), amount: { cents: amount } };
      return {
        lineAmounts: spreadOverEligible(amount, eligible, state),
        shippingAmount: 0,
        key: 'promotions.explain.fixed',
        params,
      };
    }
    case 'free_shipping':
      if (state.shipping === 0) return refuse('target', 'promotions.why.noShipping');
      if (state.shippingLeft === 0) return nothingLeft();
      return {
        lineAmounts: none,
        shippingAmount: state.shippingLeft,
        key: 'promotions.explain.freeShipping',
        params: { amount: { cents: state.shippingLeft } },
      };
    case 'buy_x_get_y':
      return buyXGetY(p, eligible, state);
  }
}

/** For every buy + get units in a group, the `get` cheapest units of the group are free. */
function buyXGetY(p: PromotionTerms, eligible: readonly number[], state: CartState): Effect | Refusal {
  const buy = p.buyQuantity ?? 0;
  const get = p.getQuantity ?? 0;
  const block = buy + get;
  if (buy < 1 || get < 1)
    return refuse('target', 'promotions.why.notEnoughUnits', { needed: block, have: 0 });
  const groups = new Map<string, number[]>();
  for (const i of eligible) {
    const key = targetGroup(p, state.lines[i]!, state.parents)!;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  }
  const freeUnits = state.lines.map(() => 0);
  let mostUnits = 0;
  for (const members of groups.values()) {
    const units = sum(members.map((i) => state.lines[i]!.quantity));
    mostUnits = Math.max(mostUnits, units);
    let free = Math.floor(units / block) * get;
    const cheapestFirst = [...members].sort(
      (a, b) => state.lines[a]!.unitPrice - state.lines[b]!.unitPrice || a - b,
    );
    for (const i of cheapestFirst) {
      const take = Math.min(free, state.lines[i]!.quantity);
      freeUnits[i]! += take;
      free -= take;
    }
  }
  const totalFree = sum(freeUnits);
  if (totalFree === 0)
    return refuse('target', 'promotions.why.notEnoughUnits', { needed: block, have: mostUnits });
  const lineAmounts = state.lines.map((line, i) =>
    Math.min(freeUnits[i]! * line.unitPrice, state.remaining[i]!),
  );
  const amount = sum(lineAmounts);
  if (amount === 0) return nothingLeft();
  const params = { buy, get, free: totalFree, target: targetTerm(p), amount: { cents: amount } };
  return { lineAmounts, shippingAmount: 0, key: 'promotions.explain.buyXGetY', params };
}
