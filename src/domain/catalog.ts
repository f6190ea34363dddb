/** Catalog arithmetic shared by the bulk-edit preview in the console and the API that applies it. */
import type { Cents } from './types';

export const PRICE_ROUNDINGS = ['none', '99', '95', 'whole'] as const;
export type PriceRounding = (typeof PRICE_ROUNDINGS)[number];

export interface PriceChange {
  /** percent: +10 raises by 10 %, −5 lowers by 5 %; amount: cents to add (negative lowers). */
  mode: 'percent' | 'amount';
  value: number;
  rounding: PriceRounding;
}

/** Rounds to the nearest euro, then to .99 / .95 below it ("charm" prices); never below the ending itself. */
export function roundPrice(cents: Cents, rounding: PriceRounding): Cents {
  if (rounding === 'none') return Math.round(cents);
  const euros = Math.round(cents / 100) * 100;
  if (rounding === 'whole') return Math.max(100, euros);
  const ending = rounding === '99' ? 1 : 5;
  return Math.max(100 - ending, euros - ending);
}

export function changedPrice(price: Cents, change: PriceChange): Cents {
  const raw = change.mode === 'percent' ? price * (1 + change.value / 100) : price + change.value;
  return Math.max(0, roundPrice(Math.max(0, raw), change.rounding));
}

/**
 * Parses money typed or imported as euros ("12.99", "12,99", "1.299,00",
 * "1,299.00", "€ 5") into cents; null when it is not an amount.
 */
export function parseMoney(text: string): Cents | null {
  const cleaned = text.replace(/[€\s\u00a0]/g, '');
  if (!/^-?[\d.,]+$/.test(cleaned)) return null;
  const lastSep = Math.max(cleaned.lastIndexOf(','), cleaned.lastIndexOf('.'));
  const decimals = lastSep >= 0 ? cleaned.length - lastSep - 1 : 0;
  let normalised: string;
  if (lastSep >= 0 && decimals <= 2) {
    normalised = cleaned.slice(0, lastSep).replace(/[.,]/g, '') + '.' + cleaned.slice(lastSep + 1);
  } else normalised = cleaned.replace(/[.,]/g, '');
  const value = Number(normalised);
  return Number.isFinite(value) ? Math.round(value * 100) : null;
}

/** Cents as plain decimal euros for CSV ("1299" → "12.99"). */
export function formatMoneyPlain(cents: Cents): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
