import { Box, Stack } from '@mui/material';
import {
  EmailField,
  Link,
  ReferenceField,
  Show,
  TextField,
  useCreatePath,
  useRecordContext,
} from 'react-admin';
import { AddressField } from '../../components/AddressField';
import { DetailGrid } from '../../components/DetailGrid';
import { LocalDateField } from '../../components/LocalDateField';
import { pageBodySx } from '../../components/pageLayout';
import { RecordHistory, withHistorySx } from '../../components/RecordHistory';
import { Section } from '../../components/Section';
import { StatusChip } from '../../components/StatusChip';
import type { Customer } from '../../domain/types';
import type { PresentedOrder } from '../../providers/operations/orders';
import { customerName } from '../customers/customerName';
import { LateChip } from './LateChip';
import { OrderActions } from './OrderActions';
import { OrderLines } from './OrderLines';
import { OrderPayment, OrderReturns } from './OrderPayment';
import { OrderShipments } from './OrderShipments';
import { OrderTimeline } from './OrderTimeline';
import { OrderTotals } from './OrderTotals';
import { useOrderReturns } from './orderChildren';

const twoColumns = { display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 3 } as const;

const StatusWithLateFlag = (_props: { label?: string }) => (
  <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
    <StatusChip kind="order" source="status" />
    <LateChip />
  </Stack>
);

const ReturnsSection = () => {
  const order = useRecordContext<PresentedOrder>();
  const { records } = useOrderReturns(order?.id);
  if (records.length === 0) return null;
  return (
    <Section title="kontor.orders.returns">
      <OrderReturns />
    </Section>
  );
};

/** Everything about one order, and the actions its status and the user's role allow. */
const OrderShow = () => (
  <Show actions={<OrderActions />} aside={<RecordHistory resource="orders" />} sx={withHistorySx}>
    <Stack spacing={3} sx={pageBodySx}>
      <DetailGrid columns={4}>
        <TextField source="number" />
        <StatusWithLateFlag label="resources.orders.fields.status" />
        <ReferenceField source="warehouseId" reference="warehouses" link={false} />
        <ReferenceField source="shippingMethodId" reference="shipping-methods" link={false} emptyText="—" />
        <ReferenceField source="paymentMethodId" reference="payment-methods" link={false} emptyText="—" />
        <LocalDateField source="placedAt" />
        <LocalDateField source="paidAt" emptyText="—" />
        <LocalDateField source="shippedAt" emptyText="—" />
        <LocalDateField source="deliveredAt" emptyText="—" />
        <LocalDateField source="cancelledAt" emptyText="—" />
      </DetailGrid>
      <Section title="kontor.orders.lines">
        <Box sx={{ overflowX: 'auto' }}>
          <OrderLines />
        </Box>
      </Section>
      <Box sx={twoColumns}>
        <Section title="kontor.orders.totals">
          <OrderTotals />
        </Section>
        <Section title="kontor.orders.payment.title">
          <OrderPayment />
        </Section>
      </Box>
      <Section title="kontor.orders.shipments">
        <OrderShipments />
      </Section>
      <ReturnsSection />
      <Box sx={twoColumns}>
        <Section title="kontor.orders.customer">
          <ReferenceField source="customerId" reference="customers" link={false}>
            <CustomerContact />
          </ReferenceField>
          <Box sx={{ mt: 1 }}>
            <AddressField source="shippingAddress" />
          </Box>
        </Section>
        <Section title="kontor.orders.timeline">
          <OrderTimeline />
        </Section>
      </Box>
    </Stack>
  </Show>
);

/** The customer's name (linking to their page and orders) and e-mail. */
function CustomerContact() {
  const customer = useRecordContext<Customer>();
  const createPath = useCreatePath();
  if (!customer) return null;
  return (
    <Stack spacing={0.5}>
      <Link to={createPath({ resource: 'customers', id: customer.id, type: 'show' })}>
        {customerName(customer)}
      </Link>
      <EmailField source="email" />
    </Stack>
  );
}

export default OrderShow;
