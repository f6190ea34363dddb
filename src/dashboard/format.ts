/** How the dashboard writes its figures in the reader's language. */
import { useMemo } from 'react';
import { useLocaleState } from 'react-admin';
import { CURRENCY, formatCents } from '../components/money';
import { useCurrencyDisplay } from '../components/ShopSettingsContext';
import { DEFAULT_CURRENCY_DISPLAY } from '../domain/shop';
import type { CurrencyDisplay } from '../domain/types';

export interface Formatters {
  money(cents: number): string;
  /** Money in a few characters, for chart axes: "€12K", "12.000 €" → "12.000 €". */
  compactMoney(cents: number): string;
  count(value: number): string;
  decimal(value: number): string;
  /** A share from 0 to 1: "42.5%". */
  percent(ratio: number): string;
  /** A shop date key (YYYY-MM-DD) as "15 Jun 2026". */
  date(dateKey: string): string;
  /** A shop date key, short: "15 Jun". */
  shortDate(dateKey: string): string;
}

// Date keys name calendar days; formatting them at UTC midnight in UTC keeps the day whatever the browser's zone.
const keyToDate = (dateKey: string) => new Date(`${dateKey}T00:00:00Z`);

export function formattersFor(
  locale: string,
  display: CurrencyDisplay = DEFAULT_CURRENCY_DISPLAY,
): Formatters {
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const compact = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: CURRENCY,
    currencyDisplay: display,
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  const date = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const shortDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return {
    money: (cents) => formatCents(cents, locale, display),
    compactMoney: (cents) => compact.format(cents / 100),
    count: (value) => count.format(value),
    decimal: (value) => decimal.format(value),
    percent: (ratio) => percent.format(ratio),
    date: (dateKey) => date.format(keyToDate(dateKey)),
    shortDate: (dateKey) => shortDate.format(keyToDate(dateKey)),
  };
}

export function useFormatters(): Formatters {
  const [locale] = useLocaleState();
  const display = useCurrencyDisplay();
  return useMemo(() => formattersFor(locale, display), [locale, display]);
}
