/**
 * Money is integer cents everywhere; people read and type euros. These pure
 * conversions are shared by MoneyField, MoneyInput and the EUR filters.
 */
import { DEFAULT_CURRENCY_DISPLAY } from '../domain/shop';
import type { Cents, CurrencyDisplay } from '../domain/types';

export const CURRENCY = 'EUR';

const currencyFormats = new Map<string, Intl.NumberFormat>();
const decimalFormats = new Map<string, Intl.NumberFormat>();

function cached(
  cache: Map<string, Intl.NumberFormat>,
  locale: string,
  options: Intl.NumberFormatOptions,
  variant = '',
) {
  const key = `${locale}|${variant}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

/**
 * The console's one money formatter. "€1,299.00" / "1.299,00 €" with the
 * symbol, "EUR 1,299.00" / "1.299,00 EUR" with the code (Settings → Shop).
 */
export function formatCents(
  cents: Cents,
  locale: string,
  display: CurrencyDisplay = DEFAULT_CURRENCY_DISPLAY,
): string {
  return cached(
    currencyFormats,
    locale,
    { style: 'currency', currency: CURRENCY, currencyDisplay: display },
    display,
  ).format(cents / 100);
}

/** The editable text for an amount: two decimals, no grouping, the locale's decimal mark. */
export function centsToText(cents: unknown, locale: string): string {
  if (typeof cents !== 'number' || !Number.isFinite(cents)) return '';
  return cached(decimalFormats, locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    useGrouping: false,
  }).format(cents / 100);
}

export type ParsedMoney = { ok: true; cents: Cents | null } | { ok: false };

const AMOUNT = /^-?\d+(?:[.,]\d{1,2})?$/;

/**
 * Reads what a person typed as euros: "12", "12.5", "12,50", "1.234,56",
 * "1,234.56". Whichever of "." and "," comes last is the decimal mark when it
 * is followed by one or two digits; the other mark may group thousands.
 */
export function parseMoneyText(text: string): ParsedMoney {
  const compact = text.replace(/[\s\u00a0€]/g, '');
  if (compact === '') return { ok: true, cents: null };
  const lastMark = Math.max(compact.lastIndexOf('.'), compact.lastIndexOf(','));
  const decimals = lastMark >= 0 ? compact.slice(lastMark + 1) : '';
  const hasDecimalMark = lastMark >= 0 && decimals.length > 0 && decimals.length <= 2;
  const wholeText = hasDecimalMark ? compact.slice(0, lastMark) : compact;
  // The decimal mark never also groups thousands: "12.345.6" is a typo, not 12345.60.
  if (hasDecimalMark && wholeText.includes(compact.charAt(lastMark))) return { ok: false };
  const whole = wholeText.replace(/(\d)[.,](?=\d{3}(?:[.,]|$))/g, '$1');
  const normalised = hasDecimalMark ? `${whole}.${decimals}` : whole;
  if (!AMOUNT.test(normalised)) return { ok: false };
  const [units = '0', fraction = ''] = normalised.replace('-', '').split('.');
  const cents = Number(units) * 100 + Number(fraction.padEnd(2, '0'));
  return { ok: true, cents: normalised.startsWith('-') ? -cents : cents };
}
