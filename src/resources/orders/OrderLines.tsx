import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { useFormatMoney } from '../../components/MoneyField';
import { shippedQuantities } from '../../domain/shipments';
import type { Order } from '../../domain/types';
import { useOrderShipments } from './orderChildren';
import { lineTotal } from './orderMath';

/** Columns phones can do without; the product, quantities and amount stay. */
const wideOnly = { display: { xs: 'none', sm: 'table-cell' } };
const compactOnPhones = { '& .MuiTableCell-root': { px: { xs: 1, sm: 2 } } };

/** The order's lines with how much of each has left the warehouse, and each line's amount after discount. */
export const OrderLines = () => {
  const order = useRecordContext<Order>();
  const translate = useTranslate();
  const formatMoney = useFormatMoney();
  const createPath = useCreatePath();
  const shipments = useOrderShipments(order?.id);
  if (!order) return null;
  const shipped = shippedQuantities(shipments.records);
  const label = (key: string) => translate(`kontor.orders.line.${key}`);
  return (
    <Table size="small" aria-label={translate('kontor.orders.lines')} sx={compactOnPhones}>
      <TableHead>
        <TableRow>
          <TableCell>{label('name')}</TableCell>
          <TableCell align="right">{label('quantity')}</TableCell>
          <TableCell align="right">{label('shipped')}</TableCell>
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
            <TableCell>
              <Link to={createPath({ resource: 'products', id: item.productId, type: 'show' })}>
                {item.name}
              </Link>
              <Typography
                variant="caption"
                color="text.secondary"
                component="div"
                sx={{ whiteSpace: 'nowrap' }}
              >
                {item.sku}
              </Typography>
            </TableCell>
            <TableCell align="right">{item.quantity}</TableCell>
            <TableCell align="right">{shipments.loaded ? (shipped.get(item.productId) ?? 0) : ''}</TableCell>
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
