import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import { ReferenceField, useTranslate } from 'react-admin';
import { useIsSmall } from '../../components/ResponsiveList';
import type { StockTransfer } from '../../domain/types';
import type { TransferReceipt } from '../../providers/operations/inventory';

export interface ReceiveTransferDialogProps {
  transfer: StockTransfer;
  busy: boolean;
  /** The API's messages by field (`items.<index>.receivedQuantity`, `shortfallReason`). */
  errors: Record<string, string>;
  onReceive: (receipt: TransferReceipt) => void;
  onClose: () => void;
}

const WHOLE_NUMBER = /^\d+$/;

/**
 * What arrived, line by line; everything that was sent unless changed. When
 * less arrived, the shortfall needs a reason (it is booked as a loss).
 */
export const ReceiveTransferDialog = ({
  transfer,
  busy,
  errors,
  onReceive,
  onClose,
}: ReceiveTransferDialogProps) => {
  const translate = useTranslate();
  const fullScreen = useIsSmall();
  const [received, setReceived] = useState(() => transfer.items.map((item) => String(item.quantity)));
  const [shortfallReason, setShortfallReason] = useState('');
  const counts = received.map((text) => (WHOLE_NUMBER.test(text.trim()) ? Number(text) : null));
  const shortfall = transfer.items.some((item, index) => {
    const count = counts[index];
    return count !== null && count !== undefined && count < item.quantity;
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onReceive({
      // Unreadable text goes as typed, so the API's message explains what is wrong.
      items: transfer.items.map((item, index) => ({
        productId: item.productId,
        receivedQuantity: (counts[index] ?? received[index]) as number,
      })),
      shortfallReason: shortfall ? shortfallReason.trim() : undefined,
    });
  };

  return (
    <Dialog
      open
      onClose={onClose}
      fullScreen={fullScreen}
      fullWidth
      maxWidth="sm"
      aria-labelledby="receive-transfer"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id="receive-transfer">
          {translate('kontor.stock-transfers.receive.title', { number: transfer.number })}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {transfer.items.map((item, index) => (
              <Stack key={item.productId} direction="row" spacing={2} sx={{ alignItems: 'center' }}>
                <Typography variant="body2" sx={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
                  <ReferenceField
                    record={{ id: item.productId, ...item }}
                    source="productId"
                    reference="products"
                    link={false}
                  />
                  <br />
                  {translate('kontor.stock-transfers.receive.sent', { quantity: item.quantity })}
                </Typography>
                <TextField
                  label={translate('resources.stock-transfers.fields.receivedQuantity')}
                  value={received[index]}
                  onChange={(event) =>
                    setReceived((current) =>
                      current.map((text, i) => (i === index ? event.target.value : text)),
                    )
                  }
                  error={!!errors[`items.${index}.receivedQuantity`]}
                  helperText={errors[`items.${index}.receivedQuantity`]}
                  slotProps={{ htmlInput: { inputMode: 'numeric' } }}
                  sx={{ width: 130, flexShrink: 0 }}
                />
              </Stack>
            ))}
            {shortfall && (
              <TextField
                required
                label={translate('resources.stock-transfers.fields.shortfallReason')}
                value={shortfallReason}
                onChange={(event) => setShortfallReason(event.target.value)}
                error={!!errors.shortfallReason}
                helperText={
                  errors.shortfallReason ?? translate('kontor.stock-transfers.receive.shortfallHelp')
                }
              />
            )}
            {errors.items && <Alert severity="error">{errors.items}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2, '& .MuiButton-root': { minHeight: 44 } }}>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {translate('kontor.stock-transfers.actions.receive')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
