/**
 * How an export writes a value for a reader: euros with their decimal mark,
 * instants in the shop's time zone, closed sets as words. German files use
 * `;` between cells, as German spreadsheet programs expect when `,` is the
 * decimal mark.
 */
import type { CsvDecimal, CsvSeparator } from '../csv';
import { formatMessage, type Locale } from '../messages';
import type { LabelKind } from '../messages/labels';
import { wallClock } from '../time';

export function separatorFor(locale: Locale): CsvSeparator {
  return locale === 'de' ? ';' : ',';
}

export function moneyCell(cents: number, locale: Locale): CsvDecimal {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const mark = locale === 'de' ? ',' : '.';
  return { decimal: `${sign}${Math.floor(abs / 100)}${mark}${String(abs % 100).padStart(2, '0')}` };
}

const two = (n: number) => String(n).padStart(2, '0');

/** `2026-06-15 14:03` (English) or `15.06.2026 14:03` (German), on the shop's clock. */
export function dateCell(instant: string, locale: Locale, timeZone: string): string {
  const { year, month, day, hour, minute } = wallClock(instant, timeZone);
  return locale === 'de'
    ? `${two(day)}.${two(month)}.${year} ${two(hour)}:${two(minute)}`
    : `${year}-${two(month)}-${two(day)} ${two(hour)}:${two(minute)}`;
}

export function labelCell(kind: LabelKind, value: string, locale: Locale): string {
  const key = `label.${kind}.${value}`;
  const text = formatMessage(locale, key);
  return text === key ? value : text;
}

export function boolCell(value: boolean, locale: Locale): string {
  return labelCell('yesNo', String(value), locale);
}

export function addressCell(address: unknown): string {
  if (typeof address !== 'object' || address === null) return '';
  const { name, street, postalCode, city, country } = address as Record<string, unknown>;
  const place = [postalCode, city].filter(Boolean).join(' ');
  return [name, street, place, country].filter((part) => typeof part === 'string' && part !== '').join(', ');
}
