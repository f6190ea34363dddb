import { Box, Stack } from '@mui/material';
import { ReferenceField, Show, TextField } from 'react-admin';
import { AddressField } from '../../components/AddressField';
import { DetailGrid } from '../../components/DetailGrid';
import { LocalDateField } from '../../components/LocalDateField';
import { RecordHistory, withHistorySx } from '../../components/RecordHistory';
import { Section } from '../../components/Section';
import { StatusChip } from '../../components/StatusChip';
import { OrderLines } from './OrderLines';
import { OrderTimeline } from './OrderTimeline';
import { OrderTotals } from './OrderTotals';

/** Read-only for now: status changes and fulfilment come with the order actions. */
const OrderShow = () => (
  <Show aside={<RecordHistory resource="orders" />} sx={withHistorySx}>
    <Stack spacing={3} sx={{ p: 2 }}>
      <DetailGrid columns={4}>
        <TextField source="number" />
        <StatusChip kind="order" source="status" />
        <ReferenceField source="customerId" reference="customers" />
        <ReferenceField source="warehouseId" reference="warehouses" link={false} />
        <LocalDateField source="placedAt" />
        <LocalDateField source="paidAt" emptyText="—" />
        <LocalDateField source="shippedAt" emptyText="—" />
        <LocalDateField source="deliveredAt" emptyText="—" />
      </DetailGrid>
      <Section title="kontor.orders.lines">
        <Box sx={{ overflowX: 'auto' }}>
          <OrderLines />
        </Box>
      </Section>
      <Section title="kontor.orders.totals">
        <OrderTotals />
      </Section>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 2fr' }, gap: 3 }}>
        <Section title="resources.orders.fields.shippingAddress">
          <AddressField source="shippingAddress" />
        </Section>
        <Section title="kontor.orders.timeline">
          <OrderTimeline />
        </Section>
      </Box>
    </Stack>
  </Show>
);

export default OrderShow;
