import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import { Box, Button, Paper, Stack, Typography } from '@mui/material';
import { Link, RecordContextProvider, useRecordContext, useTranslate } from 'react-admin';
import { LocalDateField } from '../../components/LocalDateField';
import { WarehouseCodeField } from '../../components/WarehouseCodeField';
import { StatusChip } from '../../components/StatusChip';
import type { Order, Shipment } from '../../domain/types';
import { packingSlipPath } from '../shipments/packingSlipPath';
import { ShipmentTransitionButtons } from '../shipments/ShipmentTransitionButtons';
import { TrackingNumberField } from '../shipments/TrackingNumberField';
import { useOrderShipments } from './orderChildren';
import { usePaymentHold } from './usePaymentHold';

const ShipmentCard = ({
  shipment,
  order,
  paymentHeld,
}: {
  shipment: Shipment;
  order: Order;
  paymentHeld: boolean;
}) => {
  const translate = useTranslate();
  const lineOf = (productId: number) => order.items.find((item) => item.productId === productId);
  return (
    <RecordContextProvider value={shipment}>
      <Paper
        variant="outlined"
        component="article"
        sx={{ p: 1.5 }}
        aria-label={translate('kontor.orders.shipmentLabel', { id: shipment.id })}
      >
        <Stack direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap', columnGap: 1.5, rowGap: 0.5 }}>
          <StatusChip kind="shipment" source="status" />
          <Typography variant="body2" component="span" sx={{ fontWeight: 500 }}>
            {shipment.carrier}
          </Typography>
          <TrackingNumberField />
          <Typography variant="body2" component="span" color="text.secondary">
            {translate('kontor.orders.shippedFrom')} <WarehouseCodeField />
          </Typography>
          {shipment.shippedAt && (
            <LocalDateField source="shippedAt" variant="caption" color="text.secondary" />
          )}
        </Stack>
        <Box component="ul" sx={{ m: 0, mt: 1, pl: 2.5 }}>
          {shipment.items.map((item) => (
            <Typography component="li" variant="body2" key={item.productId}>
              {item.quantity} × {lineOf(item.productId)?.sku ?? `#${item.productId}`}{' '}
              {lineOf(item.productId)?.name}
            </Typography>
          ))}
        </Box>
        <Stack direction="row" sx={{ mt: 1, flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
          <ShipmentTransitionButtons
            shipment={shipment}
            orderStatus={order.status}
            paymentHeld={paymentHeld}
          />
          <Button
            size="small"
            component={Link}
            to={packingSlipPath(shipment.id)}
            startIcon={<ReceiptLongIcon />}
            sx={{ minHeight: 44 }}
          >
            {translate('kontor.shipments.packingSlip')}
          </Button>
        </Stack>
      </Paper>
    </RecordContextProvider>
  );
};

/** The order's parcels, oldest first, each with its tracking link and next steps. */
export const OrderShipments = () => {
  const order = useRecordContext<Order>();
  const translate = useTranslate();
  const { records, loaded } = useOrderShipments(order?.id);
  const paymentHeld = usePaymentHold(order) !== null;
  if (!order || !loaded) return null;
  if (records.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('kontor.orders.noShipments')}
      </Typography>
    );
  }
  return (
    <Stack spacing={1.5}>
      {records.map((shipment) => (
        <ShipmentCard key={shipment.id} shipment={shipment} order={order} paymentHeld={paymentHeld} />
      ))}
    </Stack>
  );
};
