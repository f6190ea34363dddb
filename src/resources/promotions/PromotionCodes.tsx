import DownloadIcon from '@mui/icons-material/Download';
import TicketIcon from '@mui/icons-material/ConfirmationNumber';
import { Box, Button, TextField, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useCanAccess, useGetList, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { Section } from '../../components/Section';
import type { Id } from '../../domain/types';
import type { PromotionRecord } from '../../providers/operations/promotions';
import { fieldErrorsOf, usePromotionsApi } from './queries';

const BYTE_ORDER_MARK = '\uFEFF';

/** Saves text as a file the way a download link would. */
function saveFile(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

const CodeBatchForm = ({ promotionId }: { promotionId: Id }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const api = usePromotionsApi();
  const queryClient = useQueryClient();
  const [count, setCount] = useState('100');
  const [prefix, setPrefix] = useState('');
  const { mutate, isPending, error, reset } = useMutation({
    mutationFn: () => api.generatePromotionCodes(promotionId, { count: Number(count), prefix }),
    onSuccess: (batch) => {
      notify('kontor.promotions.codes.generated', {
        type: 'success',
        messageArgs: { smart_count: batch.count },
      });
      void queryClient.invalidateQueries({ queryKey: ['promotion-codes'] });
    },
    onError: (failure: Error) => notify(failure.message, { type: 'error' }),
  });
  const problems = fieldErrorsOf(error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset();
    mutate();
  };
  return (
    <Box
      component="form"
      // The server's answer names a wrong count in the console's language; the browser's check would not.
      noValidate
      onSubmit={submit}
      sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'flex-start' }}
    >
      <TextField
        size="small"
        type="number"
        label={translate('kontor.promotions.codes.count')}
        value={count}
        onChange={(event) => setCount(event.target.value)}
        error={!!problems.count}
        helperText={problems.count}
        slotProps={{ htmlInput: { min: 1, max: 10000, inputMode: 'numeric' } }}
        sx={{ width: 120 }}
      />
      <TextField
        size="small"
        label={translate('kontor.promotions.codes.prefix')}
        value={prefix}
        onChange={(event) => setPrefix(event.target.value)}
        error={!!problems.prefix}
        helperText={problems.prefix ?? translate('kontor.promotions.codes.prefixHint')}
        sx={{ flex: '1 1 160px' }}
      />
      <Button
        type="submit"
        variant="contained"
        startIcon={<TicketIcon />}
        disabled={isPending}
        sx={{ minHeight: 40 }}
      >
        {translate('kontor.promotions.codes.generate')}
      </Button>
    </Box>
  );
};

/** The promotion's own code, its generated batch (how many), generating more, and the CSV export. */
export const PromotionCodes = () => {
  const promotion = useRecordContext<PromotionRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const api = usePromotionsApi();
  const { canAccess: canGenerate } = useCanAccess({ resource: 'promotions', action: 'edit' });
  const { canAccess: canExport } = useCanAccess({ resource: 'promotions', action: 'export' });
  const { total } = useGetList(
    'promotion-codes',
    { filter: { promotionId: promotion?.id }, pagination: { page: 1, perPage: 1 } },
    { enabled: promotion?.id != null },
  );
  if (!promotion) return null;
  const generated = total ?? 0;
  const download = async () => {
    try {
      const csv = await api.promotionCodesCsv(promotion.id);
      // Spreadsheet programs need the mark to read UTF-8; fetch drops it when decoding.
      saveFile(
        csv.startsWith(BYTE_ORDER_MARK) ? csv : BYTE_ORDER_MARK + csv,
        `promotion-${promotion.id}-codes.csv`,
      );
    } catch (failure) {
      notify(failure instanceof Error ? failure.message : String(failure), { type: 'error' });
    }
  };
  return (
    <Section title="kontor.promotions.codes.title">
      <Box sx={{ display: 'grid', gap: 1.5 }}>
        <Typography variant="body2">
          {promotion.code
            ? translate('kontor.promotions.codes.own', { code: promotion.code })
            : translate(
                generated > 0 ? 'kontor.promotions.codes.batchOnly' : 'kontor.promotions.codes.automatic',
              )}
        </Typography>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="body2">
            {translate('kontor.promotions.codes.generatedCount', { smart_count: generated })}
          </Typography>
          {canExport && (
            <Button
              size="small"
              startIcon={<DownloadIcon />}
              disabled={generated === 0}
              onClick={() => void download()}
              sx={{ minHeight: 40 }}
            >
              {translate('kontor.promotions.codes.download')}
            </Button>
          )}
        </Box>
        {canGenerate && <CodeBatchForm promotionId={promotion.id} />}
      </Box>
    </Section>
  );
};
