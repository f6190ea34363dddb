import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useDataProvider, useGetList, useNotify, useRequireAccess, useTranslate } from 'react-admin';
import { apiFailureOf, type ApiFailure } from '../../components/apiError';
import type { Warehouse } from '../../domain/types';
import type { KontorDataProvider } from '../../providers/dataProvider';
import type { BatchReceiptRequest } from '../../providers/operations/inventory';
import { useMyWarehouses } from './access';
import { refreshStock } from './refreshStock';
import { ReasonPicker } from './ReasonPicker';
import { ReceiveEntry } from './ReceiveEntry';
import { ReceiveLineList } from './ReceiveLineList';
import { addLine, messagesByLine, type ReceiveLine } from './receiveLines';
import { useProductsByCode } from './useProductsByCode';

const RECEIPT_REASONS = ['receipt', 'return'] as const;
type ReceiptReason = (typeof RECEIPT_REASONS)[number];

/**
 * Books a delivery into one warehouse: lines scanned, typed or pasted, checked
 * against the catalogue for a preview, then applied as one batch. If the API
 * objects to a line, nothing is booked and its message appears on that line.
 */
const QuickReceive = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<KontorDataProvider>();
  const queryClient = useQueryClient();
  const { isPending: checkingAccess } = useRequireAccess({ resource: 'stock-adjustments', action: 'create' });
  const mine = useMyWarehouses();
  const { data: warehouses = [] } = useGetList<Warehouse>('warehouses', {
    filter: mine ? { id: mine } : {},
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'code', order: 'ASC' },
  });
  const [warehouseId, setWarehouseId] = useState<number | ''>(mine?.[0] ?? '');
  const [reason, setReason] = useState<ReceiptReason>('receipt');
  const [note, setNote] = useState('');
  const [lines, setLines] = useState<ReceiveLine[]>([]);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const products = useProductsByCode(lines.map((line) => line.code));

  const { mutate, isPending } = useMutation({
    mutationFn: (request: BatchReceiptRequest) => dataProvider.receiveStockBatch(request),
    onSuccess: async ({ movements }) => {
      await refreshStock(queryClient);
      notify('kontor.stock-levels.receive.done', {
        type: 'success',
        messageArgs: { smart_count: movements.length },
      });
      setLines([]);
      setNote('');
    },
    onError: (error) => {
      const read = apiFailureOf(error);
      setFailure(read);
      notify(read.message ?? 'ra.notification.http_error', { type: 'error' });
    },
  });

  // Line messages refer to positions, so any change to the lines makes them stale.
  const changeLines = (next: (current: ReceiveLine[]) => ReceiveLine[]) => {
    setLines(next);
    setFailure(null);
  };

  if (checkingAccess) return null;
  const lineErrors = messagesByLine(failure?.fields ?? {});
  const units = lines.reduce((sum, line) => sum + line.quantity, 0);
  const book = () =>
    warehouseId !== '' &&
    mutate({
      warehouseId,
      reason,
      note: note.trim() || undefined,
      lines: lines.map(({ code, quantity }) => ({ sku: code, quantity })),
    });

  return (
    <Box sx={{ mt: { xs: 1, sm: 2 }, maxWidth: 880 }}>
      <Title title="kontor.stock-levels.receive.title" />
      <Card>
        <CardContent>
          <Stack spacing={2.5}>
            <TextField
              select
              label={translate('resources.stock-levels.fields.warehouseId')}
              value={warehouseId}
              onChange={(event) => setWarehouseId(Number(event.target.value))}
              error={!!failure?.fields.warehouseId}
              helperText={failure?.fields.warehouseId}
            >
              {warehouses.map((warehouse) => (
                <MenuItem key={warehouse.id} value={warehouse.id} sx={{ minHeight: 44 }}>
                  {warehouse.code} · {warehouse.name}
                </MenuItem>
              ))}
            </TextField>
            <ReasonPicker
              value={reason}
              reasons={RECEIPT_REASONS}
              onChange={(next) => setReason(next as ReceiptReason)}
              error={failure?.fields.reason}
            />
            <ReceiveEntry
              onAdd={(added) =>
                changeLines((current) =>
                  added.reduce((all, { code, quantity }) => addLine(all, code, quantity), current),
                )
              }
            />
            {lines.length === 0 ? (
              <Typography color="text.secondary">{translate('kontor.stock-levels.receive.empty')}</Typography>
            ) : (
              <ReceiveLineList
                lines={lines}
                products={products}
                errors={lineErrors}
                onQuantityChange={(key, quantity) =>
                  changeLines((current) =>
                    current.map((line) => (line.key === key ? { ...line, quantity } : line)),
                  )
                }
                onRemove={(key) => changeLines((current) => current.filter((line) => line.key !== key))}
              />
            )}
            {failure?.fields.lines && <Alert severity="error">{failure.fields.lines}</Alert>}
            <TextField
              label={translate('kontor.stock-levels.adjust.note')}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              helperText={translate('kontor.stock-levels.receive.noteHelp')}
            />
            <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
              <Button
                variant="contained"
                size="large"
                onClick={book}
                disabled={isPending || lines.length === 0 || warehouseId === ''}
                startIcon={isPending ? <CircularProgress size={18} color="inherit" /> : undefined}
                sx={{ minHeight: 48 }}
              >
                {translate('kontor.stock-levels.receive.book', { smart_count: lines.length, units })}
              </Button>
              {lines.length > 0 && (
                <Button onClick={() => changeLines(() => [])} disabled={isPending} sx={{ minHeight: 48 }}>
                  {translate('kontor.stock-levels.receive.clear')}
                </Button>
              )}
            </Stack>
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
};

export default QuickReceive;
