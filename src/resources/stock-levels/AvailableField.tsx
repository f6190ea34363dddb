import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Box, Tooltip } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { needsReorder } from '../../domain/stock';
import type { StockLevel } from '../../domain/types';

/**
 * What can still be sold: red when nothing is left, with a warning when it
 * has reached the reorder point.
 */
// `label` is read by Labeled and DataTable headers; the value comes from the record.
export const AvailableField = (_props: { label?: string }) => {
  const record = useRecordContext<StockLevel>();
  const [locale] = useLocaleState();
  const translate = useTranslate();
  if (!record) return null;
  const empty = record.available <= 0;
  const low = needsReorder(record);
  return (
    <Box
      component="span"
      sx={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: 0.5,
        color: empty ? 'error.main' : low ? 'warning.main' : undefined,
        fontWeight: empty ? 600 : undefined,
      }}
    >
      {record.available.toLocaleString(locale)}
      {low && (
        <Tooltip title={translate('kontor.stock-levels.belowReorder')}>
          <WarningAmberIcon fontSize="inherit" aria-label={translate('kontor.stock-levels.belowReorder')} />
        </Tooltip>
      )}
    </Box>
  );
};
