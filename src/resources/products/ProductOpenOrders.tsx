import { Typography } from '@mui/material';
import { DataTable, ReferenceManyField, useTranslate } from 'react-admin';
import { LocalDateField } from '../../components/LocalDateField';
import { MoneyField } from '../../components/MoneyField';
import { StatusChip } from '../../components/StatusChip';
import { OPEN_STATUSES } from '../../domain/orders';

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
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="number" />
      <DataTable.Col source="placedAt">
        <LocalDateField source="placedAt" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <StatusChip kind="order" source="status" />
      </DataTable.Col>
      <DataTable.Col source="total" align="right">
        <MoneyField source="total" />
      </DataTable.Col>
    </DataTable>
  </ReferenceManyField>
);
