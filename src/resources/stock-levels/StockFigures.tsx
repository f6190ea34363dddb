import { Box, Typography } from '@mui/material';
import { ReferenceField, useLocaleState, useTranslate } from 'react-admin';
import type { StockLevel } from '../../domain/types';

/** Product, warehouse and bin of a stock level, as a dialog's or card's heading. */
export const StockLevelHeading = ({ level }: { level: StockLevel }) => (
  <Box sx={{ minWidth: 0 }}>
    <Typography variant="subtitle1" component="p" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
      <ReferenceField record={level} source="productId" reference="products" link={false} />
    </Typography>
    <Typography variant="body2" color="text.secondary" component="p">
      <ReferenceField record={level} source="warehouseId" reference="warehouses" link={false} />
      {level.binLocation ? ` · ${level.binLocation}` : ''}
    </Typography>
  </Box>
);

/** On hand, reserved and available side by side, large enough to read at arm's length. */
export const StockFigures = ({ level }: { level: Pick<StockLevel, 'onHand' | 'reserved' | 'available'> }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const figures = [
    ['onHand', level.onHand],
    ['reserved', level.reserved],
    ['available', level.available],
  ] as const;
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 1, m: 0 }}>
      {figures.map(([field, value]) => (
        <Box key={field}>
          <Typography component="dt" variant="caption" color="text.secondary">
            {translate(`resources.stock-levels.fields.${field}`)}
          </Typography>
          <Typography
            component="dd"
            variant="h6"
            sx={{ m: 0, color: field === 'available' && value <= 0 ? 'error.main' : undefined }}
          >
            {value.toLocaleString(locale)}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};
