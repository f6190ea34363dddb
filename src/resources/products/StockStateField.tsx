import { Box, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { ProductRow } from './types';

const STATE_COLOR = { out: 'error.main', low: 'warning.main', in: undefined } as const;

/**
 * Units available across all warehouses; below it, in its colour, whether that
 * is out of stock or low (at or under the reorder points).
 */
// `label` is read by Labeled and DataTable headers; the value comes from the record.
export const AvailableStockField = ({ align = 'right' }: { label?: string; align?: 'left' | 'right' }) => {
  const record = useRecordContext<ProductRow>();
  const [locale] = useLocaleState();
  const translate = useTranslate();
  if (!record || typeof record.available !== 'number') return null;
  const color = STATE_COLOR[record.stockState] ?? undefined;
  return (
    <Box
      component="span"
      sx={{
        display: 'inline-flex',
        flexDirection: 'column',
        alignItems: align === 'right' ? 'flex-end' : 'flex-start',
        color,
      }}
    >
      <Typography
        component="span"
        variant="body2"
        sx={{ fontWeight: record.stockState === 'out' ? 600 : undefined }}
      >
        {record.available.toLocaleString(locale)}
      </Typography>
      {record.stockState !== 'in' && (
        <Typography component="span" variant="caption" sx={{ lineHeight: 1.2, whiteSpace: 'nowrap' }}>
          {translate(`kontor.products.stockState.${record.stockState}`)}
        </Typography>
      )}
    </Box>
  );
};
