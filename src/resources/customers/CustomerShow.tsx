import { Stack, Typography } from '@mui/material';
import {
  DataTable,
  EmailField,
  Pagination,
  ReferenceManyField,
  Show,
  SimpleList,
  TextField,
  useTranslate,
} from 'react-admin';
import { AddressField } from '../../components/AddressField';
import { DetailGrid } from '../../components/DetailGrid';
import { LocalDateField } from '../../components/LocalDateField';
import { MoneyField } from '../../components/MoneyField';
import { pageBodySx } from '../../components/pageLayout';
import { RecordHistory, withHistorySx } from '../../components/RecordHistory';
import { Responsive } from '../../components/ResponsiveList';
import { Section } from '../../components/Section';
import { StatusChip } from '../../components/StatusChip';
import type { Order } from '../../domain/types';

import { LateChip, OrderNumberField } from '../orders/LateChip';

const NoOrders = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('kontor.customers.noOrders')}
    </Typography>
  );
};

const CustomerShow = () => (
  <Show aside={<RecordHistory resource="customers" />} sx={withHistorySx}>
    <Stack spacing={3} sx={pageBodySx}>
      <DetailGrid>
        <TextField source="firstName" />
        <TextField source="lastName" />
        <EmailField source="email" />
        <TextField source="phone" emptyText="—" />
        <AddressField source="address" />
        <LocalDateField source="createdAt" showTime={false} />
      </DetailGrid>
      <Section title="kontor.customers.orders">
        <ReferenceManyField
          reference="orders"
          target="customerId"
          sort={{ field: 'placedAt', order: 'DESC' }}
          perPage={10}
          pagination={<Pagination rowsPerPageOptions={[10]} />}
          empty={<NoOrders />}
        >
          <Responsive
            wide={
              <DataTable<Order> bulkActionButtons={false}>
                <DataTable.Col source="number">
                  <OrderNumberField />
                </DataTable.Col>
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
            }
            small={
              <SimpleList<Order>
                primaryText={(order) => order.number}
                secondaryText={() => (
                  <>
                    <LocalDateField source="placedAt" showTime={false} /> · <MoneyField source="total" />
                  </>
                )}
                tertiaryText={() => (
                  <>
                    <StatusChip kind="order" source="status" /> <LateChip />
                  </>
                )}
              />
            }
          />
        </ReferenceManyField>
      </Section>
    </Stack>
  </Show>
);

export default CustomerShow;
