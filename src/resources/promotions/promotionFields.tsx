/** Fields that read a promotion as a whole: its discount, window, usage and derived status. */
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { useFormatMoney } from '../../components/MoneyField';
import { formatShopTime } from '../../components/ShopDateTimeInput';
import { useShopTimeZone } from '../../components/ShopSettingsContext';
import { StatusChip } from '../../components/StatusChip';
import type { Promotion } from '../../domain/types';
import type { PromotionRecord } from '../../providers/operations/promotions';

/** `label` is read by Labeled and DataTable headers; values come from the record. */
interface RecordFieldProps {
  label?: string;
}

export const PromotionValueField = (_props: RecordFieldProps) => {
  const promotion = useRecordContext<Promotion>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const formatMoney = useFormatMoney();
  if (!promotion) return null;
  switch (promotion.type) {
    case 'percent':
      return (
        <span>
          {(promotion.value / 100).toLocaleString(locale, { style: 'percent', maximumFractionDigits: 1 })}
        </span>
      );
    case 'fixed':
      return <span>{formatMoney(promotion.value)}</span>;
    case 'free_shipping':
      return <span>{translate('kontor.promotions.freeShipping')}</span>;
    case 'buy_x_get_y':
      return (
        <span>
          {translate('kontor.promotions.buyXGetY', {
            buy: promotion.buyQuantity ?? 0,
            get: promotion.getQuantity ?? 0,
          })}
        </span>
      );
  }
};

/** "Jun 1, 2026 – Jul 1, 2026" or "from Jun 1, 2026", on the shop's calendar. */
export function useFormatWindow() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const timeZone = useShopTimeZone();
  return (promotion: Pick<Promotion, 'startsAt' | 'endsAt'>, showTime = false) => {
    const start = formatShopTime(promotion.startsAt, locale, showTime, timeZone);
    if (!promotion.endsAt) return translate('kontor.promotions.from', { start });
    return translate('kontor.promotions.range', {
      start,
      end: formatShopTime(promotion.endsAt, locale, showTime, timeZone),
    });
  };
}

export const PromotionWindowField = ({ showTime = false }: RecordFieldProps & { showTime?: boolean }) => {
  const promotion = useRecordContext<Promotion>();
  const formatWindow = useFormatWindow();
  return promotion ? <span>{formatWindow(promotion, showTime)}</span> : null;
};

/** "12 of 500" against a limit; just the count without one. */
export const PromotionUsageField = (_props: RecordFieldProps) => {
  const promotion = useRecordContext<Promotion>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!promotion) return null;
  const count = promotion.usageCount.toLocaleString(locale);
  if (promotion.usageLimit === null) return <span>{count}</span>;
  return (
    <span>
      {translate('kontor.promotions.usage', { count, limit: promotion.usageLimit.toLocaleString(locale) })}
    </span>
  );
};

/** The status the API derived; never computed here, so list, tabs and page always agree with the server. */
export const PromotionStatusField = (_props: RecordFieldProps) => {
  const promotion = useRecordContext<PromotionRecord>();
  if (!promotion) return null;
  return <StatusChip kind="promotion" value={promotion.status} />;
};
