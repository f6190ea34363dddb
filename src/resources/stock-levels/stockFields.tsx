/** The figures the API derives for a stock level: cover, sales velocity, goods in transit. */
import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import { Box, Typography } from '@mui/material';
import { ReferenceField, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { Product, StockLevel } from '../../domain/types';
import { AvailableField } from './AvailableField';

/**
 * Stock tables have many narrow number columns: tighter cell padding keeps
 * them within a laptop screen next to the menu.
 */
export const DENSE_TABLE_SX = {
  '& .MuiTableCell-root': { px: 1 },
  '& .MuiTableCell-root:first-of-type': { pl: 2 },
} as const;

/** A stock level as the API presents it, with its derived figures. */
export interface StockLevelView extends StockLevel {
  unitsPerDay: number;
  /** Null when nothing sold in the last 30 days. */
  daysOfCover: number | null;
  suggestedReorderQuantity: number;
  inTransitIn: number;
  inTransitOut: number;
}

/** How many days the available stock lasts at the current sales rate; short cover in warning colours. */
export const DaysOfCoverField = (_props: { label?: string }) => {
  const record = useRecordContext<StockLevelView>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  if (record.daysOfCover === null || record.daysOfCover === undefined) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        {translate('kontor.stock-levels.noSales')}
      </Typography>
    );
  }
  const days = record.daysOfCover;
  return (
    <Typography
      component="span"
      variant="body2"
      sx={{ whiteSpace: 'nowrap', color: days < 7 ? 'error.main' : days < 14 ? 'warning.main' : undefined }}
    >
      {translate('kontor.stock-levels.days', { days: days.toLocaleString(locale), smart_count: days })}
    </Typography>
  );
};

export const UnitsPerDayField = (_props: { label?: string }) => {
  const record = useRecordContext<StockLevelView>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record || typeof record.unitsPerDay !== 'number') return null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {translate('kontor.stock-levels.perDay', {
        units: record.unitsPerDay.toLocaleString(locale, { maximumFractionDigits: 2 }),
      })}
    </Typography>
  );
};

const ProductName = () => {
  const product = useRecordContext<Product>();
  if (!product) return null;
  return (
    <Box sx={{ minWidth: 140 }}>
      <Typography variant="body2" component="span" sx={{ display: 'block' }}>
        {product.name}
      </Typography>
      <Typography variant="caption" component="span" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
        {product.sku}
      </Typography>
    </Box>
  );
};

/** The product of the record in context as its name over its SKU: narrower than "SKU · name" in a table. */
export const ProductCell = (_props: { label?: string }) => (
  <ReferenceField source="productId" reference="products" link={false}>
    <ProductName />
  </ReferenceField>
);

/** Units on their way in (+) and out (−) by transfer; a dash (or nothing) when none are moving. */
export const InTransitField = ({ hideEmpty = false }: { label?: string; hideEmpty?: boolean }) => {
  const record = useRecordContext<StockLevelView>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  if (!record.inTransitIn && !record.inTransitOut) {
    if (hideEmpty) return null;
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        —
      </Typography>
    );
  }
  const parts: string[] = [];
  if (record.inTransitIn)
    parts.push(
      translate('kontor.stock-levels.incoming', { count: record.inTransitIn.toLocaleString(locale) }),
    );
  if (record.inTransitOut)
    parts.push(
      translate('kontor.stock-levels.outgoing', { count: record.inTransitOut.toLocaleString(locale) }),
    );
  return (
    <Box
      component="span"
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, whiteSpace: 'nowrap' }}
    >
      <LocalShippingIcon fontSize="inherit" color="info" aria-hidden />
      <Typography component="span" variant="body2">
        {parts.join(' · ')}
      </Typography>
    </Box>
  );
};

/** Available, with any goods in transit under it: one column instead of two in the tables. */
export const AvailableCell = (_props: { label?: string }) => (
  <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-end' }}>
    <AvailableField />
    <Box sx={{ '& .MuiTypography-root': { fontSize: '0.75rem' } }}>
      <InTransitField hideEmpty />
    </Box>
  </Box>
);
