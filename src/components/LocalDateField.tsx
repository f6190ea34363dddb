import { Typography, type TypographyProps } from '@mui/material';
import { useFieldValue, useLocaleState, useTranslate } from 'react-admin';

const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
const DATE_ONLY: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };

/**
 * One formatter per language and style. `Date.toLocaleString(locale, options)`
 * builds a new Intl.DateTimeFormat on every call, about a millisecond each: a
 * list page with a few date columns spent tens of milliseconds a render on it.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string, showTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${showTime}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, showTime ? DATE_TIME : DATE_ONLY);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The same formatting for dates that are not a record field (timelines, windows). */
export function formatDate(value: string | null | undefined, locale: string, showTime = true): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : formatterFor(locale, showTime).format(date);
}

export interface LocalDateFieldProps extends Omit<TypographyProps<'span'>, 'children'> {
  source: string;
  /** Date and time (default) or the date alone. */
  showTime?: boolean;
  /** Shown, translated, when the record has no date there. */
  emptyText?: string;
}

/**
 * A record's date in the language chosen in the console (react-admin's
 * DateField follows the browser's), as a span like DateField's.
 */
export const LocalDateField = ({
  source,
  showTime = true,
  emptyText,
  ...typography
}: LocalDateFieldProps) => {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const value = useFieldValue<Record<string, unknown>>({ source });
  const text = typeof value === 'string' ? formatDate(value, locale, showTime) : '';
  if (!text && !emptyText) return null;
  return (
    <Typography component="span" variant="body2" {...typography}>
      {text || translate(emptyText ?? '', { _: emptyText })}
    </Typography>
  );
};
