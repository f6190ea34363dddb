import { Button, CircularProgress, Stack } from '@mui/material';
import { useState } from 'react';
import { Confirm, useDataProvider, useTranslate } from 'react-admin';
import { statusLabelKey } from '../../components/statusColors';
import { useServerAction } from '../../components/useServerAction';
import { nextShipmentStatuses } from '../../domain/shipments';
import type { OrderStatus, Shipment, ShipmentStatus } from '../../domain/types';
import type { KontorDataProvider } from '../../providers/dataProvider';
import { useCurrentUser, userCan, worksIn } from '../orders/currentUser';

/**
 * The next steps a shipment may take, for users who may move it on in its
 * warehouse; each waits for the server, cancelling asks first.
 */
export const ShipmentTransitionButtons = ({
  shipment,
  orderStatus,
  paymentHeld = false,
}: {
  shipment: Shipment;
  /** The order's status, so steps its status forbids (packing an order on hold) are not offered. */
  orderStatus?: OrderStatus;
  /** The order waits for its payment: packing and shipping are not offered (the API would refuse). */
  paymentHeld?: boolean;
}) => {
  const user = useCurrentUser();
  const translate = useTranslate();
  const dataProvider = useDataProvider<KontorDataProvider>();
  const run = useServerAction();
  const [busy, setBusy] = useState<ShipmentStatus | null>(null);
  const [confirming, setConfirming] = useState(false);
  if (!userCan(user, 'edit', 'shipments') || !worksIn(user, shipment.warehouseId)) return null;
  const next = nextShipmentStatuses(shipment.status, orderStatus, paymentHeld);
  if (next.length === 0) return null;

  const advance = async (to: ShipmentStatus) => {
    setBusy(to);
    await run(() => dataProvider.transitionShipment(shipment.id, { to, version: shipment.version }), {
      success: 'kontor.shipments.advanced',
      successArgs: { id: shipment.id, status: translate(statusLabelKey('shipment', to)) },
    });
    setBusy(null);
  };

  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
      {next.map((to) => (
        <Button
          key={to}
          size="small"
          variant={to === next[0] ? 'contained' : 'outlined'}
          color={to === 'cancelled' || to === 'exception' ? 'error' : 'primary'}
          disabled={busy !== null}
          startIcon={busy === to ? <CircularProgress size={16} color="inherit" /> : undefined}
          onClick={() => (to === 'cancelled' ? setConfirming(true) : void advance(to))}
          sx={{ minHeight: 44 }}
        >
          {translate(`kontor.shipments.advance.${to}`)}
        </Button>
      ))}
      <Confirm
        isOpen={confirming}
        title="kontor.shipments.cancelTitle"
        content="kontor.shipments.cancelContent"
        translateOptions={{ id: shipment.id }}
        onConfirm={() => {
          setConfirming(false);
          void advance('cancelled');
        }}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
};
