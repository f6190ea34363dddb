import { Stack, Typography } from '@mui/material';
import {
  EmailField,
  NumberField,
  Pagination,
  ReferenceManyField,
  Show,
  TextField,
  useTranslate,
} from 'react-admin';
import { AddressField } from '../../components/AddressField';
import { DetailGrid } from '../../components/DetailGrid';
import { LocalDateField } from '../../components/LocalDateField';
import { pageBodySx } from '../../components/pageLayout';
import { RecordHistory, withHistorySx } from '../../components/RecordHistory';
import { Section } from '../../components/Section';
import { MoneyField } from '../../components/MoneyField';
import { OrderSummaryList } from '../orders/OrderSummaryList';
import { PrivacyActions } from './PrivacyActions';

const NoOrders = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('kontor.customers.noOrders')}
    </Typography>
  );
};

const CustomerShow = () => (
  <Show actions={<PrivacyActions />} aside={<RecordHistory resource="customers" />} sx={withHistorySx}>
    <Stack spacing={3} sx={pageBodySx}>
      <DetailGrid>
        <TextField source="firstName" />
        <TextField source="lastName" />
        <EmailField source="email" />
        <TextField source="phone" emptyText="—" />
        <AddressField source="address" />
        <LocalDateField source="createdAt" showTime={false} />
      </DetailGrid>
      <DetailGrid>
        <NumberField source="orderCount" />
        <MoneyField source="lifetimeValue" />
        <MoneyField source="averageOrderValue" emptyText="—" />
        <NumberField source="returnedOrders" />
        <LocalDateField source="lastOrderAt" emptyText="—" />
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
          <OrderSummaryList />
        </ReferenceManyField>
      </Section>
    </Stack>
  </Show>
);

export default CustomerShow;
