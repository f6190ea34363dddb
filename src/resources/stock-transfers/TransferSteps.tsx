import CancelIcon from '@mui/icons-material/Cancel';
import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import MoveToInboxIcon from '@mui/icons-material/MoveToInbox';
import { Button, Stack } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Confirm,
  EditButton,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { apiFailureOf } from '../../components/apiError';
import type { StockTransfer } from '../../domain/types';
import type { KontorDataProvider } from '../../providers/dataProvider';
import type { TransferReceipt, TransferStep } from '../../providers/operations/inventory';
import { mayActIn } from '../stock-levels/access';
import { refreshStock } from '../stock-levels/refreshStock';
import { ReceiveTransferDialog } from './ReceiveTransferDialog';

type Open = 'dispatch' | 'cancel' | 'receive' | null;

/**
 * The next steps a transfer's status allows, for users who may take them:
 * a draft is edited, dispatched or cancelled; goods in transit are received or
 * cancelled (back into the source). Each step waits for the API's answer.
 */
export const TransferSteps = () => {
  const transfer = useRecordContext<StockTransfer>();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<KontorDataProvider>();
  const queryClient = useQueryClient();
  const { canAccess } = useCanAccess({ resource: 'stock-transfers', action: 'edit' });
  const [open, setOpen] = useState<Open>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { mutate, isPending } = useMutation({
    mutationFn: ({ step, body }: { step: TransferStep; body?: TransferReceipt }) =>
      dataProvider.stepStockTransfer(transfer!.id, step, body),
    onSuccess: async (updated) => {
      await refreshStock(queryClient);
      notify(`kontor.stock-transfers.done.${updated.status}`, {
        type: 'success',
        messageArgs: { number: updated.number },
      });
      setOpen(null);
    },
    onError: (error, { step }) => {
      const failure = apiFailureOf(error);
      setErrors(failure.fields);
      notify(failure.message ?? 'ra.notification.http_error', { type: 'error' });
      if (step !== 'receive') setOpen(null);
    },
  });
  if (!transfer || !canAccess) return null;

  // The API's warehouse scope: dispatch and cancel at the source, receive at the destination.
  const atSource = mayActIn(transfer.fromWarehouseId);
  const draft = transfer.status === 'draft';
  const inTransit = transfer.status === 'in_transit';
  const start = (next: Open) => {
    setErrors({});
    setOpen(next);
  };
  const buttonSx = { minHeight: 44 };
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {draft && <EditButton sx={buttonSx} />}
      {draft && atSource && (
        <Button
          variant="contained"
          startIcon={<LocalShippingIcon />}
          onClick={() => start('dispatch')}
          sx={buttonSx}
        >
          {translate('kontor.stock-transfers.actions.dispatch')}
        </Button>
      )}
      {inTransit && mayActIn(transfer.toWarehouseId) && (
        <Button
          variant="contained"
          startIcon={<MoveToInboxIcon />}
          onClick={() => start('receive')}
          sx={buttonSx}
        >
          {translate('kontor.stock-transfers.actions.receive')}
        </Button>
      )}
      {(draft || inTransit) && atSource && (
        <Button color="warning" startIcon={<CancelIcon />} onClick={() => start('cancel')} sx={buttonSx}>
          {translate('kontor.stock-transfers.actions.cancel')}
        </Button>
      )}
      {(open === 'dispatch' || open === 'cancel') && (
        <Confirm
          isOpen
          loading={isPending}
          title={`kontor.stock-transfers.confirm.${open}.title`}
          content={`kontor.stock-transfers.confirm.${open}.${inTransit ? 'inTransit' : 'draft'}`}
          translateOptions={{ number: transfer.number }}
          confirm={`kontor.stock-transfers.actions.${open}`}
          cancel="ra.action.close"
          onConfirm={() => mutate({ step: open })}
          onClose={() => setOpen(null)}
        />
      )}
      {open === 'receive' && (
        <ReceiveTransferDialog
          transfer={transfer}
          busy={isPending}
          errors={errors}
          onReceive={(body) => mutate({ step: 'receive', body })}
          onClose={() => setOpen(null)}
        />
      )}
    </Stack>
  );
};
