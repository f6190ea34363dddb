/**
 * The promotions the seed creates, with windows relative to the anchor:
 * past, running, scheduled, paused and draft ones, of every type. The first
 * four make up the tiny scale's set. New templates go at the end, so the
 * earlier promotions keep their ids and targets.
 */
import type { Promotion } from '../../src/domain/types';
import { blackFriday, DAY, type Span } from './time';

export type Target = 'leafCategory' | 'topCategory' | 'bestsellers' | null;

export interface Template {
  /** `{category}` is replaced by the targeted category's name. */
  name: string;
  code: string | null;
  type: Promotion['type'];
  value: number;
  /** buy_x_get_y only. */
  buyQuantity?: number;
  getQuantity?: number;
  target: Target;
  minSubtotal?: number;
  window: (span: Span) => readonly [number, number | null];
  usageLimit?: number;
  perCustomerLimit?: number;
  budget?: number;
  priority: number;
  combinable: boolean;
  /** Days before the anchor it was paused. */
  pausedDaysAgo?: number;
  draft?: boolean;
  /** Share of eligible orders that enter the code. */
  uptake?: number;
  /** Only for customers' first orders. */
  firstOrderOnly?: boolean;
  fullSetOnly?: boolean;
  /** A batch of generated single-use codes, sent out the day before the start. */
  codeBatch?: CodeBatchTerms;
}

export interface CodeBatchTerms {
  count: number;
  prefix: string;
  /** Share of the customers entering the code who use one of the batch (while any is left). */
  share: number;
}

const daysFromAnchor = (from: number, to: number) => (span: Span) =>
  [span.anchor + from * DAY, span.anchor + to * DAY] as const;

function latestBlackWeek(span: Span): readonly [number, number] {
  const year = new Date(span.anchor).getUTCFullYear();
  const friday = blackFriday(year) + 4 * DAY <= span.anchor ? blackFriday(year) : blackFriday(year - 1);
  return [friday, friday + 4 * DAY];
}

function latestSummerSale(span: Span): readonly [number, number] {
  const year = new Date(span.anchor).getUTCFullYear();
  const start = Date.UTC(year, 6, 22) <= span.anchor ? Date.UTC(year, 6, 1) : Date.UTC(year - 1, 6, 1);
  return [start, start + 21 * DAY];
}

function pastWeekend(span: Span): readonly [number, number] {
  const around = span.anchor - 100 * DAY;
  const friday = around - ((new Date(around).getUTCDay() + 2) % 7) * DAY;
  return [friday, friday + 3 * DAY];
}

export const TEMPLATES: readonly Template[] = [
  {
    name: 'Willkommensrabatt 10 %',
    code: 'WELCOME10',
    type: 'percent',
    value: 10,
    target: null,
    window: (s) => [s.start - 30 * DAY, null],
    perCustomerLimit: 1,
    priority: 10,
    combinable: false,
    uptake: 0.35,
    firstOrderOnly: true,
  },
  {
    name: '{category}: 15 % Rabatt',
    code: null,
    type: 'percent',
    value: 15,
    target: 'leafCategory',
    window: daysFromAnchor(-40, -30),
    priority: 20,
    combinable: true,
  },
  {
    name: 'Gratisversand ab 30 €',
    code: null,
    type: 'free_shipping',
    value: 0,
    target: null,
    minSubtotal: 3000,
    window: daysFromAnchor(-21, 10),
    priority: 5,
    combinable: true,
  },
  {
    name: 'Frühbucher-Gutschein',
    code: 'FRUEH5',
    type: 'fixed',
    value: 500,
    target: null,
    minSubtotal: 4000,
    window: daysFromAnchor(7, 21),
    usageLimit: 500,
    priority: 15,
    combinable: true,
    uptake: 0.15,
  },
  {
    name: 'Black Week',
    code: null,
    type: 'percent',
    value: 20,
    target: null,
    window: latestBlackWeek,
    priority: 30,
    combinable: false,
    fullSetOnly: true,
  },
  {
    name: 'Sommerschlussverkauf {category}',
    code: null,
    type: 'percent',
    value: 25,
    target: 'topCategory',
    window: latestSummerSale,
    priority: 20,
    combinable: true,
    fullSetOnly: true,
  },
  {
    name: 'Newsletter-Gutschein 5 €',
    code: 'NEWS5',
    type: 'fixed',
    value: 500,
    target: null,
    minSubtotal: 3000,
    window: daysFromAnchor(-60, 60),
    usageLimit: 250,
    perCustomerLimit: 1,
    priority: 15,
    combinable: true,
    uptake: 0.12,
    fullSetOnly: true,
    codeBatch: { count: 20, prefix: 'NEWS', share: 0.15 },
  },
  {
    name: 'Bestseller-Deal 15 %',
    code: null,
    type: 'percent',
    value: 15,
    target: 'bestsellers',
    window: daysFromAnchor(-30, 30),
    priority: 25,
    combinable: true,
    pausedDaysAgo: 9,
    fullSetOnly: true,
  },
  {
    name: 'VIP-Gutschein 10 €',
    code: 'VIP10',
    type: 'fixed',
    value: 1000,
    target: null,
    minSubtotal: 8000,
    window: daysFromAnchor(-200, -150),
    budget: 40_000,
    priority: 15,
    combinable: true,
    uptake: 0.3,
    fullSetOnly: true,
  },
  {
    name: 'Versandkostenfrei-Wochenende',
    code: null,
    type: 'free_shipping',
    value: 0,
    target: null,
    window: pastWeekend,
    priority: 5,
    combinable: true,
    fullSetOnly: true,
  },
  {
    name: 'Weihnachts-Countdown',
    code: null,
    type: 'percent',
    value: 10,
    target: null,
    window: daysFromAnchor(14, 35),
    priority: 20,
    combinable: true,
    fullSetOnly: true,
  },
  {
    name: 'Frühjahrsputz {category}',
    code: 'PUTZ20',
    type: 'percent',
    value: 20,
    target: 'leafCategory',
    window: daysFromAnchor(40, 54),
    priority: 20,
    combinable: true,
    draft: true,
    fullSetOnly: true,
  },
  {
    name: '3 für 2: {category}',
    code: null,
    type: 'buy_x_get_y',
    value: 0,
    buyQuantity: 2,
    getQuantity: 1,
    target: 'topCategory',
    window: daysFromAnchor(-28, 14),
    priority: 22,
    combinable: true,
    fullSetOnly: true,
  },
];
