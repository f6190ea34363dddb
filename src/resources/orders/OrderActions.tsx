import AssignmentReturnIcon from '@mui/icons-material/AssignmentReturn';
import CancelIcon from '@mui/icons-material/Cancel';
import CurrencyExchangeIcon from '@mui/icons-material/CurrencyExchange';
import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import PaymentsIcon from '@mui/icons-material/Payments';
import PauseCircleIcon from '@mui/icons-material/PauseCircle';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import PlaylistAddCheckIcon from '@mui/icons-material/PlaylistAddCheck';
import { Alert, Button, type ButtonProps } from '@mui/material';
import { useState, type ReactElement } from 'react';
import { Link, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import {
  allowedTransitions,
  paymentSummary,
  RETURNABLE_STATUSES,
  returnableQuantities,
  SHIPPABLE_STATUSES,
  type ManualTransition,
} from '../../domain/orders';
import { totalOf } from '../../domain/shipments';
import type { PresentedOrder } from '../../providers/operations/orders';
import { CreateShipmentDialog } from './CreateShipmentDialog';
import { useCurrentUser, userCan, worksIn } from './currentUser';
import { openToShip, useOrderReturns, useOrderShipments } from './orderChildren';
import { pickListPath } from './pickListPath';
import { usePaymentHold } from './usePaymentHold';
import { RefundDialog } from './RefundDialog';
import { ReturnDialog } from './ReturnDialog';
import { TransitionDialog, transitionActionKey } from './TransitionDialog';

type OpenDialog =
  { kind: 'transition'; transition: ManualTransition } | { kind: 'ship' | 'return' | 'refund' } | null;

const TRANSITION_ICONS: Record<string, ReactElement> = {
  paid: <PaymentsIcon />,
  processing: <PlayArrowIcon />,
  release: <PlayArrowIcon />,
  on_hold: <PauseCircleIcon />,
  cancelled: <CancelIcon />,
};

/** An outlined action with a translated label; with `to`, a link to another page of the console. */
const ActionButton = ({ label, to, ...props }: ButtonProps & { label: string; to?: string }) => {
  const translate = useTranslate();
  const link = to ? { component: Link, to } : {};
  return (
    <Button size="small" variant="outlined" sx={{ minHeight: 44 }} {...link} {...props}>
      {translate(label)}
    </Button>
  );
};

/**
 * The order page's actions: only what its status allows and the user's role
 * may do (the same rules the API applies), each in a dialog that waits for
 * the server.
 */
export const OrderActions = () => {
  const order = useRecordContext<PresentedOrder>();
  const user = useCurrentUser();
  const shipments = useOrderShipments(order?.id);
  const returns = useOrderReturns(order?.id);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const translate = useTranslate();
  const held = usePaymentHold(order);
  if (!order || !user.role) return <TopToolbar />;
  const close = () => setDialog(null);

  // Warehouse staff act only on their own warehouses' orders, as the API's warehouse scope says.
  const inScope = worksIn(user, order.warehouseId);
  const open = openToShip(order, shipments.records);
  const hasOpenLines = shipments.loaded && totalOf(open) > 0;
  // The API's rule (src/domain/payments.ts): nothing is picked, packed or shipped before the money is in.
  const shippable = SHIPPABLE_STATUSES.includes(order.status) && hasOpenLines && !held;
  const canShip = shippable && inScope && userCan(user, 'create', 'shipments');
  const stillReturnable = returnableQuantities(shipments.records, returns.records);
  const canReturn =
    inScope &&
    userCan(user, 'create', 'returns') &&
    RETURNABLE_STATUSES.includes(order.status) &&
    returns.loaded &&
    totalOf(stillReturnable) > 0;
  const canRefund = inScope && userCan(user, 'create', 'refunds') && paymentSummary(order).balance > 0;
  const transitions = inScope ? allowedTransitions(order, user.role) : [];

  return (
    <TopToolbar sx={{ flexWrap: 'wrap', gap: 1, justifyContent: 'flex-end' }}>
      {held && (
        <Alert severity="info" role="status" sx={{ flexBasis: '100%' }}>
          {translate(`domain.${held.key}`, held.params)}
        </Alert>
      )}
      {shippable && (
        <ActionButton
          label="kontor.orders.actions.pickList"
          to={pickListPath({ orderIds: [order.id] })}
          startIcon={<PlaylistAddCheckIcon />}
        />
      )}
      {canShip && (
        <ActionButton
          label="kontor.orders.actions.ship"
          variant="contained"
          startIcon={<LocalShippingIcon />}
          onClick={() => setDialog({ kind: 'ship' })}
        />
      )}
      {transitions.map((transition) => {
        const action = transitionActionKey(order, transition);
        return (
          <ActionButton
            key={transition.to}
            label={`kontor.orders.actions.${action}`}
            color={transition.to === 'cancelled' ? 'error' : 'primary'}
            startIcon={TRANSITION_ICONS[action]}
            onClick={() => setDialog({ kind: 'transition', transition })}
          />
        );
      })}
      {canReturn && (
        <ActionButton
          label="kontor.orders.actions.return"
          startIcon={<AssignmentReturnIcon />}
          onClick={() => setDialog({ kind: 'return' })}
        />
      )}
      {canRefund && (
        <ActionButton
          label="kontor.orders.actions.refund"
          startIcon={<CurrencyExchangeIcon />}
          onClick={() => setDialog({ kind: 'refund' })}
        />
      )}
      {dialog?.kind === 'transition' && (
        <TransitionDialog order={order} transition={dialog.transition} role={user.role} onClose={close} />
      )}
      {dialog?.kind === 'ship' && <CreateShipmentDialog order={order} open={open} onClose={close} />}
      {dialog?.kind === 'return' && (
        <ReturnDialog order={order} returnable={stillReturnable} onClose={close} />
      )}
      {dialog?.kind === 'refund' && <RefundDialog order={order} onClose={close} />}
    </TopToolbar>
  );
};
