import { Box, Divider, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { NumberInput, useTranslate } from 'react-admin';
import type { QuantityLine } from './lineForm';

export interface QuantityLinesInputProps {
  lines: readonly QuantityLine[];
  /** Translation key for the limit, e.g. "%{count} still to ship". */
  limitKey: string;
  /** Something more per line (a stock hint, a restock switch). */
  extra?: (line: QuantityLine, index: number) => ReactNode;
}

/**
 * One row per order line with a quantity input at `lines.<index>.quantity`.
 * Rows rather than a table, so the inputs stay usable on a 360 px phone.
 */
export const QuantityLinesInput = ({ lines, limitKey, extra }: QuantityLinesInputProps) => {
  const translate = useTranslate();
  return (
    <Stack divider={<Divider flexItem />} spacing={1} sx={{ my: 1 }}>
      {lines.map((line, index) => (
        <Box
          key={line.productId}
          sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', justifyContent: 'space-between' }}
        >
          <Box sx={{ minWidth: 0, pt: 1 }}>
            <Typography variant="body2" sx={{ fontWeight: 500, overflowWrap: 'anywhere' }}>
              {line.name}
            </Typography>
            <Typography variant="caption" color="text.secondary" component="div">
              {line.sku} · {translate(limitKey, { smart_count: line.limit })}
            </Typography>
            {extra?.(line, index)}
          </Box>
          <NumberInput
            source={`lines.${index}.quantity`}
            label="kontor.orders.line.quantity"
            min={0}
            max={line.limit}
            step={1}
            inputProps={{ 'aria-label': translate('kontor.orders.lineForm.quantityOf', { sku: line.sku }) }}
            sx={{ flexShrink: 0, '&&': { width: 104 } }}
          />
        </Box>
      ))}
    </Stack>
  );
};
