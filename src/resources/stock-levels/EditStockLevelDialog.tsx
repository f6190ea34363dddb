import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNotify, useTranslate, useUpdate } from 'react-admin';
import { apiFailureOf } from '../../components/apiError';
import type { StockLevel } from '../../domain/types';
import { refreshStock } from './refreshStock';
import { StockLevelHeading } from './StockFigures';

type Editable = 'reorderPoint' | 'binLocation';

const WHOLE_NUMBER = /^\d+$/;

/**
 * Reorder point and bin location: the only fields of a stock level people
 * edit (quantities move through adjustments). The API checks the values and
 * the version, so an edit on a stale copy is refused rather than applied.
 */
export const EditStockLevelDialog = ({ level, onClose }: { level: StockLevel; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [values, setValues] = useState({
    reorderPoint: String(level.reorderPoint),
    binLocation: level.binLocation,
  });
  const [errors, setErrors] = useState<Partial<Record<Editable, string>>>({});
  const [update, { isPending }] = useUpdate<StockLevel>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = values.reorderPoint.trim();
    // Anything but a whole number goes as typed, so the API's message explains what is wrong.
    const reorderPoint = WHOLE_NUMBER.test(text) ? Number(text) : text;
    update(
      'stock-levels',
      {
        id: level.id,
        data: { reorderPoint, binLocation: values.binLocation.trim() } as Partial<StockLevel>,
        previousData: level,
      },
      {
        mutationMode: 'pessimistic',
        onSuccess: async () => {
          await refreshStock(queryClient);
          notify('kontor.stock-levels.edit.saved', { type: 'success' });
          onClose();
        },
        onError: (error) => {
          const failure = apiFailureOf(error);
          setErrors({ reorderPoint: failure.fields.reorderPoint, binLocation: failure.fields.binLocation });
          notify(failure.message ?? 'ra.notification.http_error', { type: 'error' });
        },
      },
    );
  };

  const field = (name: Editable) => ({
    label: translate(`resources.stock-levels.fields.${name}`),
    value: values[name],
    onChange: (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [name]: event.target.value })),
    error: !!errors[name],
    helperText: errors[name],
  });

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" aria-labelledby="edit-stock-level">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="edit-stock-level">{translate('kontor.stock-levels.edit.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <StockLevelHeading level={level} />
            <TextField
              {...field('reorderPoint')}
              autoFocus
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            />
            <TextField {...field('binLocation')} />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2, '& .MuiButton-root': { minHeight: 44 } }}>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={isPending}>
            {translate('ra.action.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
