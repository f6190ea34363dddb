import { Typography } from '@mui/material';
import { useLocaleState, useRecordContext } from 'react-admin';
import type { Product } from '../../domain/types';

/** Gross margin as a share of the price; undefined without a positive price. */
export function marginRatio(price: number, cost: number): number | null {
  return price > 0 ? (price - cost) / price : null;
}

/** The product's margin in percent, in the error colour when it sells below cost. */
// `label` is read by Labeled and DataTable headers; the value comes from the record.
export const MarginField = (_props: { label?: string }) => {
  const record = useRecordContext<Product>();
  const [locale] = useLocaleState();
  const ratio = record ? marginRatio(record.price, record.cost) : null;
  if (ratio === null) return <span>—</span>;
  return (
    <Typography component="span" variant="body2" sx={{ color: ratio < 0 ? 'error.main' : undefined }}>
      {ratio.toLocaleString(locale, { style: 'percent', maximumFractionDigits: 1 })}
    </Typography>
  );
};
