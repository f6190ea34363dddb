import UndoIcon from '@mui/icons-material/Undo';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useDataProvider, useLocaleState, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { apiFailureOf } from '../../components/apiError';
import type { StockMovement } from '../../domain/types';
import type { KontorDataProvider } from '../../providers/dataProvider';
import { useStockPermissions } from '../stock-levels/access';
import { refreshStock } from '../stock-levels/refreshStock';
import { isReversible, useIsReversed } from './reversals';

/**
 * Undoes a mistaken adjustment with a compensating movement. The ledger is
 * append-only: the original stays as it was, the reversal refers to it.
 */
export const ReverseMovementButton = () => {
  const movement = useRecordContext<StockMovement>();
  const { canAdjust } = useStockPermissions();
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<KontorDataProvider>();
  const queryClient = useQueryClient();
  const reversed = useIsReversed(movement?.id);
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const { mutate, isPending } = useMutation({
    mutationFn: ({ id, text }: { id: number; text: string }) => dataProvider.reverseStockMovement(id, text),
    onSuccess: async ({ movement: reversal }) => {
      await refreshStock(queryClient);
      notify('kontor.stock-movements.reverse.done', {
        type: 'success',
        messageArgs: { delta: reversal.delta.toLocaleString(locale, { signDisplay: 'always' }) },
      });
      setOpen(false);
    },
    onError: (error) =>
      notify(apiFailureOf(error).message ?? 'ra.notification.http_error', { type: 'error' }),
  });
  if (!movement || !isReversible(movement)) return null;
  if (reversed) {
    return (
      <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
        {translate('kontor.stock-movements.reverse.reversed')}
      </Typography>
    );
  }
  if (!canAdjust(movement.warehouseId)) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutate({ id: movement.id, text: note.trim() });
  };
  return (
    <>
      <Button
        size="small"
        startIcon={<UndoIcon />}
        sx={{ minHeight: 36, whiteSpace: 'nowrap' }}
        onClick={(event) => {
          event.stopPropagation();
          setNote('');
          setOpen(true);
        }}
      >
        {translate('kontor.stock-movements.reverse.action')}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        fullWidth
        maxWidth="xs"
        onClick={(event) => event.stopPropagation()}
      >
        <form onSubmit={submit} noValidate>
          <DialogTitle>{translate('kontor.stock-movements.reverse.title')}</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>
              {translate('kontor.stock-movements.reverse.explain', {
                delta: (-movement.delta).toLocaleString(locale, { signDisplay: 'always' }),
              })}
            </DialogContentText>
            <TextField
              fullWidth
              autoFocus
              label={translate('resources.stock-movements.fields.note')}
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2, '& .MuiButton-root': { minHeight: 44 } }}>
            <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
            <Button type="submit" variant="contained" color="warning" disabled={isPending}>
              {translate('kontor.stock-movements.reverse.confirm')}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
};
