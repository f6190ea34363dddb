import {
  Alert,
  AlertTitle,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useDataProvider, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { apiFailureOf } from '../../components/apiError';
import { useIsSmall } from '../../components/ResponsiveList';
import type { ManualStockReason, StockLevel } from '../../domain/types';
import type { KontorDataProvider } from '../../providers/dataProvider';
import type { StockAdjustmentRequest } from '../../providers/operations/inventory';
import {
  draftFieldOf,
  planAdjustment,
  REASON_DIRECTION,
  type AdjustmentDraft,
  type DraftField,
} from './adjustment';
import { ReasonPicker } from './ReasonPicker';
import { refreshStock } from './refreshStock';
import { StockFigures, StockLevelHeading } from './StockFigures';

export interface AdjustTarget {
  level: StockLevel;
  /** Preselected reason: `count` for a scan, `receipt` from the low-stock inbox. */
  reason?: ManualStockReason | null;
  /** Prefilled quantity, e.g. the suggested reorder quantity. */
  quantity?: number;
}

type FieldMessages = Partial<Record<DraftField, string>>;

/**
 * Adjusts or counts one stock level. It sends the on hand the user is looking
 * at; if someone changed it meanwhile, the API refuses (409), the dialog loads
 * the new numbers and says so, and saving again counts against those.
 */
export const AdjustStockDialog = ({ target, onClose }: { target: AdjustTarget; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const fullScreen = useIsSmall();
  const dataProvider = useDataProvider<KontorDataProvider>();
  const queryClient = useQueryClient();
  const [level, setLevel] = useState(target.level);
  const [draft, setDraft] = useState<AdjustmentDraft>({
    reason: target.reason ?? null,
    quantity: target.quantity === undefined ? '' : String(target.quantity),
    note: '',
  });
  const [tried, setTried] = useState(false);
  const [serverMessages, setServerMessages] = useState<FieldMessages>({});
  const [stale, setStale] = useState<string | null>(null);
  const plan = planAdjustment(level, level.onHand, draft);

  const reloadLevel = async () => {
    const { data } = await dataProvider.getOne<StockLevel>('stock-levels', { id: level.id });
    setLevel(data);
  };

  const { mutate, isPending } = useMutation({
    mutationFn: (request: StockAdjustmentRequest) => dataProvider.adjustStock(request),
    onSuccess: async ({ stockLevel }) => {
      await refreshStock(queryClient);
      notify('kontor.stock-levels.adjust.saved', {
        type: 'success',
        messageArgs: { onHand: stockLevel.onHand.toLocaleString(locale) },
      });
      onClose();
    },
    onError: async (error) => {
      const failure = apiFailureOf(error);
      if (failure.status === 409) {
        setStale(failure.message ?? translate('kontor.stock-levels.adjust.staleTitle'));
        await Promise.all([reloadLevel(), refreshStock(queryClient)]).catch(() => undefined);
        return;
      }
      const messages: FieldMessages = {};
      for (const [field, message] of Object.entries(failure.fields)) {
        const target = draftFieldOf(field);
        if (target) messages[target] ??= message;
      }
      setServerMessages(messages);
      notify(failure.message ?? 'ra.notification.http_error', { type: 'error' });
    },
  });

  const change = (patch: Partial<AdjustmentDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setServerMessages({});
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (plan.request) mutate(plan.request);
  };

  const messageFor = (field: DraftField): string | undefined => {
    if (serverMessages[field]) return serverMessages[field];
    const problem = tried ? plan.problems[field] : undefined;
    return problem ? translate(`domain.${problem.key}`, problem.params ?? {}) : undefined;
  };

  const direction = draft.reason ? REASON_DIRECTION[draft.reason] : 'signed';
  const isCount = draft.reason === 'count';
  const titleId = `adjust-stock-${level.id}`;
  return (
    <Dialog open onClose={onClose} fullScreen={fullScreen} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>
          {translate(isCount ? 'kontor.stock-levels.adjust.titleCount' : 'kontor.stock-levels.adjust.title')}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <StockLevelHeading level={level} />
            <StockFigures level={level} />
            {stale && (
              <Alert severity="warning" role="alert">
                <AlertTitle>{translate('kontor.stock-levels.adjust.staleTitle')}</AlertTitle>
                {stale}{' '}
                {translate('kontor.stock-levels.adjust.staleNow', {
                  onHand: level.onHand.toLocaleString(locale),
                  available: level.available.toLocaleString(locale),
                })}
              </Alert>
            )}
            <ReasonPicker
              value={draft.reason}
              onChange={(reason) => change({ reason })}
              error={messageFor('reason')}
            />
            <TextField
              label={translate(`kontor.stock-levels.adjust.quantity.${direction}`)}
              value={draft.quantity}
              onChange={(event) => change({ quantity: event.target.value })}
              autoFocus={draft.reason !== null}
              error={!!messageFor('quantity')}
              helperText={messageFor('quantity') ?? ' '}
              slotProps={{
                htmlInput: { inputMode: direction === 'signed' ? 'text' : 'numeric', autoComplete: 'off' },
              }}
            />
            {plan.delta !== null && (
              <Typography variant="body2" aria-live="polite">
                {translate('kontor.stock-levels.adjust.after', {
                  before: level.onHand.toLocaleString(locale),
                  after: (level.onHand + plan.delta).toLocaleString(locale),
                  delta: plan.delta.toLocaleString(locale, { signDisplay: 'always' }),
                })}
              </Typography>
            )}
            <TextField
              label={translate('kontor.stock-levels.adjust.note')}
              value={draft.note}
              onChange={(event) => change({ note: event.target.value })}
              error={!!messageFor('note')}
              helperText={messageFor('note')}
              multiline
              minRows={1}
            />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2, '& .MuiButton-root': { minHeight: 44 } }}>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <Button
            type="submit"
            variant="contained"
            disabled={isPending}
            startIcon={isPending ? <CircularProgress size={16} color="inherit" /> : undefined}
          >
            {translate('kontor.stock-levels.adjust.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
