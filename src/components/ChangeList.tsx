import ArrowRightAltIcon from '@mui/icons-material/ArrowRightAlt';
import { Box, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { FieldChange } from '../domain/types';
import { formatCents } from './money';

/** Fields that hold cents in any collection, so their changes read as money. */
const MONEY_FIELDS = new Set([
  'price',
  'cost',
  'subtotal',
  'discountTotal',
  'shippingTotal',
  'taxTotal',
  'total',
  'refundedTotal',
  'minSubtotal',
  'budget',
  'discountGiven',
]);

export function formatChangeValue(field: string, value: unknown, locale: string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'number' && MONEY_FIELDS.has(field)) return formatCents(value, locale);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  return JSON.stringify(value);
}

export interface ChangeListProps {
  /** The collection the changes belong to, for the field labels. */
  resource: string;
  changes: readonly FieldChange[];
}

/** Each changed field as "label: before → after". */
export const ChangeList = ({ resource, changes }: ChangeListProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (changes.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('kontor.history.noChanges')}
      </Typography>
    );
  }
  return (
    <Box
      component="dl"
      sx={{ m: 0, display: 'grid', gridTemplateColumns: 'minmax(6rem, max-content) 1fr', gap: 0.5 }}
    >
      {changes.map(({ field, before, after }) => (
        <Box key={field} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" sx={{ fontWeight: 500 }}>
            {translate(`resources.${resource}.fields.${field}`, { _: field })}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere' }}>
            <Box component="span" sx={{ color: 'text.secondary', textDecoration: 'line-through' }}>
              {formatChangeValue(field, before, locale)}
            </Box>
            <ArrowRightAltIcon fontSize="small" sx={{ verticalAlign: 'middle', mx: 0.5 }} aria-hidden />
            <span>{formatChangeValue(field, after, locale)}</span>
          </Typography>
        </Box>
      ))}
    </Box>
  );
};
