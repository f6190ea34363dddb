import { Typography } from '@mui/material';
import { ReferenceManyField, useTranslate } from 'react-admin';
import { OPEN_STATUSES } from '../../domain/orders';
import { OrderSummaryList } from '../orders/OrderSummaryList';

const NoOpenOrders = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('kontor.products.stock.noOpenOrders')}
    </Typography>
  );
};

/** Orders not yet shipped, cancelled or returned whose lines include this product (they hold its reservations). */
export const ProductOpenOrders = () => (
  <ReferenceManyField
    reference="orders"
    target="productId"
    filter={{ status: [...OPEN_STATUSES] }}
    sort={{ field: 'placedAt', order: 'DESC' }}
    perPage={10}
    empty={<NoOpenOrders />}
  >
    <OrderSummaryList empty={<NoOpenOrders />} />
  </ReferenceManyField>
);
