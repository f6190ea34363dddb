import { Typography, type TypographyProps } from '@mui/material';
import { useCallback } from 'react';
import { useFieldValue, useLocaleState, useTranslate } from 'react-admin';
import { useShopTimeZone } from './ShopSettingsContext';

const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
const DATE_ONLY: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };

/**
 * One formatter per language, style and time zone. `Date.toLocaleString(locale, options)`
 * builds a new Intl.DateTimeFormat on every call, about a millisecond each: a
 * list page with a few date columns spent tens of milliseconds a render on it.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string, showTime: boolean, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${locale}|${showTime}|${timeZone ?? ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...(showTime ? DATE_TIME : DATE_ONLY), timeZone });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * An instant as people read it: in their language, on the clock of `timeZone`
 * (the shop's, for everything the console shows; without it, the browser's).
 */
export function formatDate(
  value: string | null | undefined,
  locale: string,
  showTime = true,
  timeZone?: string,
): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : formatterFor(locale, showTime, timeZone).format(date);
}

/** formatDate in the console's language and on the shop's clock (Settings → Shop). */
export function useFormatDate(): (value: string | null | undefined, showTime?: boolean) => string {
  const [locale] = useLocaleState();
  const timeZone = useShopTimeZone();
  return useCallback(
    (value: string | null | undefined, showTime = true) => formatDate(value, locale, showTime, timeZone),
    [locale, timeZone],
  );
}

export interface LocalDateFieldProps extends Omit<TypographyProps<'span'>, 'children'> {
  source: string;
  /** Date and time (default) or the date alone. */
  showTime?: boolean;
  /** Shown, translated, when the record has no date there. */
  emptyText?: string;
}

/**
 * A record's date in the language chosen in the console and on the shop's
 * clock (react-admin's DateField follows the browser's), as a span like
 * DateField's.
 */
export const LocalDateField = ({
  source,
  showTime = true,
  emptyText,
  ...typography
}: LocalDateFieldProps) => {
  const format = useFormatDate();
  const translate = useTranslate();
  const value = useFieldValue<Record<string, unknown>>({ source });
  const text = typeof value === 'string' ? format(value, showTime) : '';
  if (!text && !emptyText) return null;
  return (
    <Typography component="span" variant="body2" {...typography}>
      {text || translate(emptyText ?? '', { _: emptyText })}
    </Typography>
  );
};
