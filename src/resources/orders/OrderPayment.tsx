import {
  List,
  ListItem,
  ListItemText,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import { RecordContextProvider, useRecordContext, useTranslate } from 'react-admin';
import { useFormatDate } from '../../components/LocalDateField';
import { useFormatMoney } from '../../components/MoneyField';
import { WarehouseCodeField } from '../../components/WarehouseCodeField';
import { UserField } from '../../components/UserField';
import { paymentSummary } from '../../domain/orders';
import type { Order } from '../../domain/types';
import { useOrderRefunds, useOrderReturns } from './orderChildren';

/** Who recorded something and when, under a refund or a return. */
const Recorded = ({ at }: { at: string }) => {
  const formatDate = useFormatDate();
  return (
    <>
      {formatDate(at)} · <UserField source="userId" />
    </>
  );
};

/** Paid, refunded and what the shop still holds, then each refund with its reason. */
export const OrderPayment = () => {
  const order = useRecordContext<Order>();
  const translate = useTranslate();
  const formatMoney = useFormatMoney();
  const refunds = useOrderRefunds(order?.id);
  if (!order) return null;
  const { paidTotal, refundedTotal, balance } = paymentSummary(order);
  const rows = [
    { key: 'paid', amount: paidTotal },
    { key: 'refunded', amount: -refundedTotal },
    { key: 'balance', amount: balance, strong: true },
  ];
  return (
    <>
      <Table size="small" aria-label={translate('kontor.orders.payment.title')} sx={{ maxWidth: 360 }}>
        <TableBody>
          {rows.map(({ key, amount, strong }) => (
            <TableRow key={key}>
              <TableCell sx={{ fontWeight: strong ? 600 : undefined }}>
                {translate(`kontor.orders.payment.${key}`)}
              </TableCell>
              <TableCell align="right" sx={{ fontWeight: strong ? 600 : undefined, whiteSpace: 'nowrap' }}>
                {formatMoney(amount === 0 ? 0 : amount)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {refunds.records.length > 0 && (
        <List dense disablePadding aria-label={translate('kontor.orders.payment.refunds')}>
          {refunds.records.map((refund) => (
            <RecordContextProvider key={refund.id} value={refund}>
              <ListItem disableGutters>
                <ListItemText
                  primary={`${formatMoney(refund.amount)} · ${refund.reason}`}
                  secondary={<Recorded at={refund.createdAt} />}
                />
              </ListItem>
            </RecordContextProvider>
          ))}
        </List>
      )}
    </>
  );
};

/** Each return: when, by whom, why, and per line whether it went back on the shelf or was written off. */
export const OrderReturns = () => {
  const order = useRecordContext<Order>();
  const translate = useTranslate();
  const returns = useOrderReturns(order?.id);
  if (!order || returns.records.length === 0) return null;
  const skuOf = (productId: number) =>
    order.items.find((item) => item.productId === productId)?.sku ?? `#${productId}`;
  return (
    <List dense disablePadding aria-label={translate('kontor.orders.returns')}>
      {returns.records.map((record) => (
        <RecordContextProvider key={record.id} value={record}>
          <ListItem disableGutters alignItems="flex-start">
            <ListItemText
              disableTypography
              primary={<Typography variant="body2">{record.reason}</Typography>}
              secondary={
                <Typography variant="caption" color="text.secondary" component="div">
                  <Recorded at={record.createdAt} />
                  {record.items.map((item) => (
                    <div key={item.productId}>
                      {item.quantity} × {skuOf(item.productId)} ·{' '}
                      {item.restock && item.warehouseId !== null ? (
                        <RecordContextProvider value={item}>
                          {translate('kontor.orders.restockedTo')} <WarehouseCodeField />
                        </RecordContextProvider>
                      ) : (
                        translate('kontor.orders.writtenOff')
                      )}
                    </div>
                  ))}
                </Typography>
              }
            />
          </ListItem>
        </RecordContextProvider>
      ))}
    </List>
  );
};
