import { TextInput, useTranslate, type TextInputProps } from 'react-admin';
import { DEFAULT_TIME_ZONE, parseWallClock, shopLocalToUtc, toShopLocalInput } from '../domain/time';
import { formatDate } from './LocalDateField';
import { useShopTimeZone } from './ShopSettingsContext';

/**
 * Dates people type and read are wall-clock times in the shop's time zone
 * (Settings → Shop, read with useShopTimeZone); the default is only for tests.
 */
const SHOP_TIME_ZONE = DEFAULT_TIME_ZONE;

/** An ISO instant as 'YYYY-MM-DDTHH:mm' on the shop's wall clock, for a datetime-local input. */
export function isoToShopInput(value: unknown, timeZone = SHOP_TIME_ZONE): string {
  if (typeof value !== 'string' || value === '' || Number.isNaN(Date.parse(value))) return '';
  return toShopLocalInput(value, timeZone);
}

/** An instant as the shop's wall clock shows it, in the reader's language ("Jun 1, 2026, 12:00 AM"). */
export function formatShopTime(
  value: string | null | undefined,
  locale: string,
  showTime = true,
  timeZone = SHOP_TIME_ZONE,
): string {
  return formatDate(value, locale, showTime, timeZone);
}

/**
 * What was typed, read on the shop's wall clock, as an ISO instant; empty is
 * null. Text that is no date stays as it is, so validation can object to it.
 */
export function shopInputToIso(text: string, timeZone = SHOP_TIME_ZONE): string | null {
  if (text.trim() === '') return null;
  return parseWallClock(text) ? shopLocalToUtc(text, timeZone).toISOString() : text;
}

/**
 * A date and time typed in the shop's time zone (whatever the browser's is)
 * and stored as an ISO instant in UTC; the helper text names the zone.
 */
export const ShopDateTimeInput = ({ slotProps, helperText, ...props }: TextInputProps) => {
  const translate = useTranslate();
  const timeZone = useShopTimeZone();
  const zoneNote = translate('kontor.time.shopZone', { zone: timeZone });
  return (
    <TextInput
      {...props}
      type="datetime-local"
      format={(value: unknown) => isoToShopInput(value, timeZone)}
      parse={(text: string) => shopInputToIso(text, timeZone)}
      helperText={helperText ? `${translate(String(helperText))} · ${zoneNote}` : zoneNote}
      slotProps={{ ...slotProps, inputLabel: { shrink: true } }}
    />
  );
};
