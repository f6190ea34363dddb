import InventoryIcon from '@mui/icons-material/Inventory';
import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import {
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  List,
  ListItem,
  ListItemText,
} from '@mui/material';
import { useId, useState } from 'react';
import { Button, useDataProvider, useListContext, useTranslate } from 'react-admin';
import { statusLabelKey } from '../../components/statusColors';
import { useServerAction } from '../../components/useServerAction';
import type { Id, Shipment } from '../../domain/types';
import type { KontorDataProvider } from '../../providers/dataProvider';

export type BulkTarget = 'packed' | 'shipped';

const ICONS: Record<BulkTarget, typeof InventoryIcon> = { packed: InventoryIcon, shipped: LocalShippingIcon };

interface Refused {
  message: string;
  reasons: [string, string][];
}

/** Why each shipment was refused, named so the user can find it in the list. */
const RefusalsDialog = ({ refused, onClose }: { refused: Refused; onClose: () => void }) => {
  const translate = useTranslate();
  const { data } = useListContext<Shipment>();
  const titleId = useId();
  const describe = (id: string) => {
    const shipment = data?.find((record) => String(record.id) === id);
    return shipment
      ? translate('kontor.shipments.bulk.which', {
          id,
          carrier: shipment.carrier,
          tracking: shipment.trackingNumber,
        })
      : `#${id}`;
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{translate('kontor.shipments.bulk.refusedTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{refused.message}</DialogContentText>
        <List dense aria-label={translate('kontor.shipments.bulk.refusedTitle')}>
          {refused.reasons.map(([id, reason]) => (
            <ListItem key={id} disableGutters>
              <ListItemText primary={describe(id)} secondary={reason} />
            </ListItem>
          ))}
        </List>
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose} sx={{ minHeight: 44 }}>
          {translate('ra.action.close')}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
};

/**
 * Moves every selected shipment to `to` in one request. The API does all or
 * nothing; when it refuses, each refused shipment is listed with its reason.
 */
export const BulkTransitionButton = ({ to }: { to: BulkTarget }) => {
  const { selectedIds, onUnselectItems } = useListContext<Shipment>();
  const dataProvider = useDataProvider<KontorDataProvider>();
  const translate = useTranslate();
  const run = useServerAction();
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<Refused | null>(null);
  const Icon = ICONS[to];

  const submit = async () => {
    setBusy(true);
    const outcome = await run(() => dataProvider.bulkTransitionShipments({ ids: selectedIds as Id[], to }), {
      success: 'kontor.shipments.bulk.done',
      successArgs: { smart_count: selectedIds.length, status: translate(statusLabelKey('shipment', to)) },
    });
    setBusy(false);
    if (outcome.ok) onUnselectItems();
    else if (Object.keys(outcome.refusal.errors).length > 0) {
      setRefused({ message: outcome.refusal.message, reasons: Object.entries(outcome.refusal.errors) });
    }
  };

  return (
    <>
      <Button label={`kontor.shipments.bulk.${to}`} onClick={() => void submit()} disabled={busy}>
        <Icon />
      </Button>
      {refused && <RefusalsDialog refused={refused} onClose={() => setRefused(null)} />}
    </>
  );
};
