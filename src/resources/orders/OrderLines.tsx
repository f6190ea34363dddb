import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { useFormatMoney } from '../../components/MoneyField';
import type { Order } from '../../domain/types';
import { lineTotal } from './orderMath';

/** Columns phones can do without; the product, quantity and amount stay. */
const wideOnly = { display: { xs: 'none', sm: 'table-cell' } };

/** The order's lines with each line's amount after discount. */
export const OrderLines = () => {
  const order = useRecordContext<Order>();
  const translate = useTranslate();
  const formatMoney = useFormatMoney();
  const createPath = useCreatePath();
  if (!order) return null;
  const label = (key: string) => translate(`kontor.orders.line.${key}`);
  return (
    <Table size="small" aria-label={translate('kontor.orders.lines')}>
      <TableHead>
        <TableRow>
          <TableCell sx={wideOnly}>{label('sku')}</TableCell>
          <TableCell>{label('name')}</TableCell>
          <TableCell align="right">{label('quantity')}</TableCell>
          <TableCell align="right" sx={wideOnly}>
            {label('unitPrice')}
          </TableCell>
          <TableCell align="right" sx={wideOnly}>
            {label('discount')}
          </TableCell>
          <TableCell align="right">{label('lineTotal')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {order.items.map((item) => (
          <TableRow key={`${item.productId}-${item.sku}`}>
            <TableCell sx={{ ...wideOnly, whiteSpace: 'nowrap' }}>{item.sku}</TableCell>
            <TableCell>
              <Link to={createPath({ resource: 'products', id: item.productId, type: 'show' })}>
                {item.name}
              </Link>
            </TableCell>
            <TableCell align="right">{item.quantity}</TableCell>
            <TableCell align="right" sx={wideOnly}>
              {formatMoney(item.unitPrice)}
            </TableCell>
            <TableCell align="right" sx={wideOnly}>
              {item.discount ? formatMoney(-item.discount) : '—'}
            </TableCell>
            <TableCell align="right">{formatMoney(lineTotal(item))}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
