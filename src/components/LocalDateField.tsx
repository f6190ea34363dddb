import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';

const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
const DATE_ONLY: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };

/**
 * react-admin's DateField formats in the browser's locale unless told
 * otherwise; this one follows the language chosen in the console.
 */
export const LocalDateField = ({ showTime = true, options, ...props }: DateFieldProps) => {
  const [locale] = useLocaleState();
  return (
    <DateField
      {...props}
      locales={locale}
      // DateField ignores showTime once options are given, so the options carry the choice.
      options={options ?? (showTime ? DATE_TIME : DATE_ONLY)}
      showTime={showTime}
    />
  );
};

/** The same formatting for dates that are not a record field (timelines, windows). */
export function formatDate(value: string | null | undefined, locale: string, showTime = true): string {
  if (!value) return '';
  return new Date(value).toLocaleString(locale, showTime ? DATE_TIME : DATE_ONLY);
}
