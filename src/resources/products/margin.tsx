import { Typography } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { useFormatMoney } from '../../components/MoneyField';
import type { Product } from '../../domain/types';

/** Gross margin as a share of the price; undefined without a positive price. */
export function marginRatio(price: number, cost: number): number | null {
  return price > 0 ? (price - cost) / price : null;
}

const Margin = ({ ratio }: { ratio: number | null }) => {
  const [locale] = useLocaleState();
  if (ratio === null) return <span>—</span>;
  return (
    <Typography component="span" variant="body2" sx={{ color: ratio < 0 ? 'error.main' : undefined }}>
      {ratio.toLocaleString(locale, { style: 'percent', maximumFractionDigits: 1 })}
    </Typography>
  );
};

/** The product's margin in percent, in the error colour when it sells below cost. */
// `label` is read by Labeled and DataTable headers; the value comes from the record.
export const MarginField = (_props: { label?: string }) => {
  const record = useRecordContext<Product>();
  return <Margin ratio={record ? marginRatio(record.price, record.cost) : null} />;
};

/** In the form: margin and profit per unit for the price and cost being typed. */
export const MarginPreview = () => {
  const translate = useTranslate();
  const formatMoney = useFormatMoney();
  const [price, cost] = useWatch<Record<string, unknown>>({ name: ['price', 'cost'] }) as unknown[];
  if (typeof price !== 'number' || typeof cost !== 'number') return null;
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
      {translate('kontor.products.marginPreview', { profit: formatMoney(price - cost) })}{' '}
      <Margin ratio={marginRatio(price, cost)} />
    </Typography>
  );
};
