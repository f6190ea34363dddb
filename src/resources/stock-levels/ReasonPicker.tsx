import { FormControl, FormHelperText, FormLabel, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useId } from 'react';
import { useTranslate } from 'react-admin';
import { MANUAL_STOCK_REASONS, type ManualStockReason } from '../../domain/types';

export interface ReasonPickerProps {
  value: ManualStockReason | null;
  onChange: (reason: ManualStockReason) => void;
  reasons?: readonly ManualStockReason[];
  error?: string;
}

/** The reasons as big buttons, easy to hit with a glove on or a scanner in the other hand. */
export const ReasonPicker = ({
  value,
  onChange,
  reasons = MANUAL_STOCK_REASONS,
  error,
}: ReasonPickerProps) => {
  const translate = useTranslate();
  const labelId = useId();
  return (
    <FormControl component="fieldset" error={!!error} fullWidth>
      <FormLabel component="legend" id={labelId} sx={{ mb: 1 }}>
        {translate('kontor.stock-levels.adjust.reason')}
      </FormLabel>
      <ToggleButtonGroup
        exclusive
        value={value}
        aria-labelledby={labelId}
        onChange={(_event, next: ManualStockReason | null) => {
          if (next) onChange(next);
        }}
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: 'repeat(2, 1fr)', sm: 'repeat(3, 1fr)' },
          gap: 1,
          // The group's joined borders make no sense in a grid; every button stands alone.
          '& .MuiToggleButtonGroup-grouped': {
            minHeight: 48,
            border: 1,
            borderColor: 'divider',
            borderRadius: 1,
            m: 0,
          },
          '& .MuiToggleButtonGroup-grouped.Mui-selected': { borderColor: 'primary.main' },
        }}
      >
        {reasons.map((reason) => (
          <ToggleButton key={reason} value={reason} color="primary">
            {translate(`kontor.status.stockReason.${reason}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      {error && <FormHelperText>{error}</FormHelperText>}
    </FormControl>
  );
};
