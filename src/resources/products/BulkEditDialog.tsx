import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  List,
  ListItem,
  Stack,
  Typography,
} from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useListContext, useNotify, useRefresh, useTranslate } from 'react-admin';
import { apiFailureOf } from '../../components/apiError';
import { useIsSmall } from '../../components/ResponsiveList';
import { useBulkTargets } from '../../components/SelectAllMatching';
import type { Id } from '../../domain/types';
import type { KontorDataProvider } from '../../providers/dataProvider';
import type { BulkAction, BulkRequest, BulkResult } from '../../providers/operations/catalog';
import { CategorySelect } from '../categories/CategorySelect';
import { BulkChangeList } from './BulkChangeList';
import {
  EMPTY_PRICE_CHANGE,
  PriceChangeFields,
  toPriceChange,
  type PriceChangeDraft,
} from './PriceChangeFields';

function requestFor(
  action: BulkAction,
  targets: ReturnType<typeof useBulkTargets>,
  categoryId: Id | null,
  draft: PriceChangeDraft,
): BulkRequest | null {
  const scope = 'filter' in targets ? { filter: targets.filter } : { ids: targets.ids };
  if (action === 'move') return categoryId === null ? null : { ...scope, action, categoryId };
  if (action === 'price') {
    const price = toPriceChange(draft);
    return price ? { ...scope, action, price } : null;
  }
  return { ...scope, action };
}

/** The same change for the given products only. */
function withIds({ action, categoryId, price }: BulkRequest, ids: Id[]): BulkRequest {
  return { ids, action, categoryId, price };
}

/** Why the API refused a request: its message, and per product id the reason (worded by the API). */
interface Refusal {
  requestKey: string;
  message: string;
  reasons: Record<string, string>;
}

/**
 * Asks what to change (a category, a price change), previews old → new for
 * every product through the API, and applies the request it previewed. The API
 * changes all or nothing; when it refuses, each product's reason is listed and
 * the others can be changed without them.
 */
export const BulkEditDialog = ({ action, onClose }: { action: BulkAction; onClose(): void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const isSmall = useIsSmall();
  const dataProvider = useDataProvider<KontorDataProvider>();
  const { onUnselectItems } = useListContext();
  const targets = useBulkTargets();
  const [categoryId, setCategoryId] = useState<Id | null>(null);
  const [price, setPrice] = useState(EMPTY_PRICE_CHANGE);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const needsParameters = action === 'move' || action === 'price';
  const request = requestFor(action, targets, categoryId, price);
  const requestKey = JSON.stringify(request);
  // Status changes need no input, so their preview comes straight away.
  const [previewed, setPreviewed] = useState<BulkRequest | null>(needsParameters ? null : request);
  const previewIsCurrent = previewed !== null && JSON.stringify(previewed) === requestKey;
  const refusals = refusal?.requestKey === requestKey ? refusal : null;

  const preview = useQuery({
    queryKey: ['products', 'bulkPreview', previewed],
    queryFn: () => dataProvider.bulkEditProducts({ ...previewed!, preview: true }),
    enabled: previewIsCurrent,
    gcTime: 0,
  });
  const apply = useMutation({
    mutationFn: (body: BulkRequest) => dataProvider.bulkEditProducts(body),
    onSuccess: (result: BulkResult) => {
      notify('kontor.products.bulk.applied', {
        type: 'success',
        messageArgs: { smart_count: result.changes.length },
      });
      onUnselectItems();
      refresh();
      onClose();
    },
    onError: (error) => {
      const { status, message, fields } = apiFailureOf(error);
      if (status === 422 && Object.keys(fields).length > 0)
        setRefusal({ requestKey, message: message ?? '', reasons: fields });
      else notify(message || 'ra.notification.http_error', { type: 'error' });
    },
  });

  const changes = previewIsCurrent ? (preview.data?.changes ?? []) : [];
  const others = refusals ? changes.filter((change) => !(String(change.id) in refusals.reasons)) : [];
  const applyTo = (body: BulkRequest) => {
    setRefusal(null);
    apply.mutate(body);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" fullScreen={isSmall}>
      <DialogTitle>
        {translate(`kontor.products.bulk.title.${action}`, { smart_count: targets.count })}
      </DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          {action === 'move' && (
            <CategorySelect
              label="kontor.products.bulk.targetCategory"
              value={categoryId}
              onChange={setCategoryId}
            />
          )}
          {action === 'price' && <PriceChangeFields draft={price} onChange={setPrice} />}
          {needsParameters && (
            <Box>
              <Button
                variant="outlined"
                disabled={!request || previewIsCurrent}
                onClick={() => setPreviewed(request)}
                sx={{ minHeight: 44 }}
              >
                {translate('kontor.products.bulk.preview')}
              </Button>
            </Box>
          )}
          {previewIsCurrent && preview.isFetching && (
            <LinearProgress aria-label={translate('kontor.products.bulk.previewing')} />
          )}
          {previewIsCurrent && preview.error && <Alert severity="error">{preview.error.message}</Alert>}
          {previewIsCurrent && preview.data && <PreviewSummary result={preview.data} />}
          {refusals && (
            <Alert severity="error">
              {refusals.message}
              <List dense disablePadding>
                {Object.entries(refusals.reasons).map(([id, reason]) => (
                  <ListItem key={id} disableGutters sx={{ display: 'list-item', listStyle: 'disc', ml: 2 }}>
                    {reason}
                  </ListItem>
                ))}
              </List>
            </Alert>
          )}
          {changes.length > 0 && <BulkChangeList changes={changes} />}
        </Stack>
      </DialogContent>
      {apply.isPending && <LinearProgress aria-label={translate('kontor.products.bulk.applying')} />}
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={onClose} sx={{ minHeight: 44 }}>
          {translate('ra.action.cancel')}
        </Button>
        {others.length > 0 && request && (
          <Button
            onClick={() =>
              applyTo(
                withIds(
                  request,
                  others.map((change) => change.id),
                ),
              )
            }
            disabled={apply.isPending}
            sx={{ minHeight: 44 }}
          >
            {translate('kontor.products.bulk.applyOthers', { smart_count: others.length })}
          </Button>
        )}
        <Button
          variant="contained"
          onClick={() => request && applyTo(request)}
          disabled={
            !request || !previewIsCurrent || changes.length === 0 || apply.isPending || refusals !== null
          }
          sx={{ minHeight: 44 }}
        >
          {translate('kontor.products.bulk.apply', { smart_count: changes.length })}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

const PreviewSummary = ({ result }: { result: BulkResult }) => {
  const translate = useTranslate();
  return (
    <Stack spacing={1}>
      <Typography variant="body2">
        {result.changes.length === 0
          ? translate('kontor.products.bulk.nothingToChange')
          : translate('kontor.products.bulk.willChange', { smart_count: result.changes.length })}
      </Typography>
      {result.refusals > 0 && (
        <Alert severity="warning">
          {translate('kontor.products.bulk.wouldRefuse', { smart_count: result.refusals })}
        </Alert>
      )}
    </Stack>
  );
};
