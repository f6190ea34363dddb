import { Table, TableBody, TableCell, TableRow } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useFormatMoney } from '../../components/MoneyField';
import type { Order } from '../../domain/types';

type TotalField = 'subtotal' | 'discountTotal' | 'shippingTotal' | 'total' | 'taxTotal' | 'refundedTotal';

/** In reading order; discounts reduce the sum, tax is already included in it. */
const ROWS: { field: TotalField; sign: 1 | -1; strong?: boolean }[] = [
  { field: 'subtotal', sign: 1 },
  { field: 'discountTotal', sign: -1 },
  { field: 'shippingTotal', sign: 1 },
  { field: 'total', sign: 1, strong: true },
  { field: 'taxTotal', sign: 1 },
  { field: 'refundedTotal', sign: -1 },
];

export const OrderTotals = () => {
  const order = useRecordContext<Order>();
  const translate = useTranslate();
  const formatMoney = useFormatMoney();
  if (!order) return null;
  const rows = ROWS.filter(({ field }) => field !== 'refundedTotal' || order.refundedTotal > 0);
  return (
    <Table size="small" aria-label={translate('kontor.orders.totals')} sx={{ maxWidth: 360, ml: 'auto' }}>
      <TableBody>
        {rows.map(({ field, sign, strong }) => (
          <TableRow key={field}>
            <TableCell sx={{ fontWeight: strong ? 600 : undefined }}>
              {translate(`resources.orders.fields.${field}`)}
            </TableCell>
            <TableCell align="right" sx={{ fontWeight: strong ? 600 : undefined, whiteSpace: 'nowrap' }}>
              {formatMoney(order[field] === 0 ? 0 : sign * order[field])}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
