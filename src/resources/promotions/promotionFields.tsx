/** Fields that read a promotion as a whole: its discount, window, usage and derived status. */
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDate } from '../../components/LocalDateField';
import { formatCents } from '../../components/money';
import { StatusChip } from '../../components/StatusChip';
import type { Promotion } from '../../domain/types';
import { promotionStatus } from './promotionStatus';

/** `label` is read by Labeled and DataTable headers; values come from the record. */
interface RecordFieldProps {
  label?: string;
}

export const PromotionValueField = (_props: RecordFieldProps) => {
  const promotion = useRecordContext<Promotion>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!promotion) return null;
  switch (promotion.type) {
    case 'percent':
      return (
        <span>
          {(promotion.value / 100).toLocaleString(locale, { style: 'percent', maximumFractionDigits: 1 })}
        </span>
      );
    case 'fixed':
      return <span>{formatCents(promotion.value, locale)}</span>;
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

export const PromotionWindowField = ({ showTime = false }: RecordFieldProps & { showTime?: boolean }) => {
  const promotion = useRecordContext<Promotion>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!promotion) return null;
  const start = formatDate(promotion.startsAt, locale, showTime);
  if (!promotion.endsAt) return <span>{translate('kontor.promotions.from', { start })}</span>;
  return (
    <span>
      {translate('kontor.promotions.range', { start, end: formatDate(promotion.endsAt, locale, showTime) })}
    </span>
  );
};

export const PromotionUsageField = (_props: RecordFieldProps) => {
  const promotion = useRecordContext<Promotion>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!promotion) return null;
  const limit =
    promotion.usageLimit === null
      ? translate('kontor.promotions.unlimited')
      : promotion.usageLimit.toLocaleString(locale);
  return (
    <span>
      {translate('kontor.promotions.usage', { count: promotion.usageCount.toLocaleString(locale), limit })}
    </span>
  );
};

export const PromotionStatusField = (_props: RecordFieldProps) => {
  const promotion = useRecordContext<Promotion>();
  if (!promotion) return null;
  return <StatusChip kind="promotion" value={promotionStatus(promotion)} />;
};
