import { Table, TableBody, TableCell, TableRow } from '@mui/material';
import {
  ChipField,
  ReferenceArrayField,
  SingleFieldList,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useFormatMoney } from '../../components/MoneyField';
import type { Order } from '../../domain/types';

type TotalField = 'subtotal' | 'discountTotal' | 'shippingTotal' | 'total' | 'taxTotal';

/** In reading order; discounts reduce the sum, tax is already included in it. */
const ROWS: { field: TotalField; sign: 1 | -1; strong?: boolean }[] = [
  { field: 'subtotal', sign: 1 },
  { field: 'discountTotal', sign: -1 },
  { field: 'shippingTotal', sign: 1 },
  { field: 'total', sign: 1, strong: true },
  { field: 'taxTotal', sign: 1 },
];

/** The promotions that gave the order's discounts (and free shipping), for roles that may see promotions. */
const PromotionsUsed = () => {
  const order = useRecordContext<Order>();
  const { canAccess } = useCanAccess({ resource: 'promotions', action: 'list' });
  if (!order || order.promotionIds.length === 0 || !canAccess) return null;
  return (
    <TableRow>
      <TableCell colSpan={2} sx={{ pt: 0 }}>
        <ReferenceArrayField source="promotionIds" reference="promotions">
          <SingleFieldList linkType="show">
            <ChipField source="name" size="small" />
          </SingleFieldList>
        </ReferenceArrayField>
      </TableCell>
    </TableRow>
  );
};

export const OrderTotals = () => {
  const order = useRecordContext<Order>();
  const translate = useTranslate();
  const formatMoney = useFormatMoney();
  if (!order) return null;
  return (
    <Table size="small" aria-label={translate('kontor.orders.totals')} sx={{ maxWidth: 360 }}>
      <TableBody>
        {ROWS.map(({ field, sign, strong }) => [
          <TableRow key={field}>
            <TableCell sx={{ fontWeight: strong ? 600 : undefined }}>
              {translate(`resources.orders.fields.${field}`)}
            </TableCell>
            <TableCell align="right" sx={{ fontWeight: strong ? 600 : undefined, whiteSpace: 'nowrap' }}>
              {formatMoney(order[field] === 0 ? 0 : sign * order[field])}
            </TableCell>
          </TableRow>,
          field === 'shippingTotal' ? <PromotionsUsed key="promotions" /> : null,
        ])}
      </TableBody>
    </Table>
  );
};
