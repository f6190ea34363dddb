import { InputAdornment, MenuItem, Stack, TextField, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useTranslate } from 'react-admin';
import { PRICE_ROUNDINGS, type PriceChange, type PriceRounding } from '../../domain/catalog';
import { parseMoneyText } from '../../components/money';

/** The price change as typed: a percentage or an amount in euros, not yet checked. */
export interface PriceChangeDraft {
  mode: PriceChange['mode'];
  value: string;
  rounding: PriceRounding;
}

export const EMPTY_PRICE_CHANGE: PriceChangeDraft = { mode: 'percent', value: '', rounding: 'none' };

/** The change the API expects (amounts in cents), or null while the draft is not a usable change. */
export function toPriceChange(draft: PriceChangeDraft): PriceChange | null {
  if (draft.mode === 'percent') {
    const text = draft.value.replace(/[\s%]/g, '').replace(',', '.');
    const percent = Number(text);
    if (text === '' || !Number.isFinite(percent) || percent === 0 || percent <= -100) return null;
    return { mode: 'percent', value: percent, rounding: draft.rounding };
  }
  const parsed = parseMoneyText(draft.value);
  if (!parsed.ok || !parsed.cents) return null;
  return { mode: 'amount', value: parsed.cents, rounding: draft.rounding };
}

export const PriceChangeFields = ({
  draft,
  onChange,
}: {
  draft: PriceChangeDraft;
  onChange(draft: PriceChangeDraft): void;
}) => {
  const translate = useTranslate();
  const invalid = draft.value.trim() !== '' && toPriceChange(draft) === null;
  return (
    <Stack spacing={2}>
      <ToggleButtonGroup
        exclusive
        color="primary"
        value={draft.mode}
        onChange={(_event, mode: PriceChange['mode'] | null) => mode && onChange({ ...draft, mode })}
        aria-label={translate('kontor.products.bulk.priceMode')}
        sx={{ '& .MuiToggleButton-root': { minHeight: 44, flex: 1 } }}
      >
        <ToggleButton value="percent">{translate('kontor.products.bulk.byPercent')}</ToggleButton>
        <ToggleButton value="amount">{translate('kontor.products.bulk.byAmount')}</ToggleButton>
      </ToggleButtonGroup>
      <TextField
        label={translate(
          draft.mode === 'percent' ? 'kontor.products.bulk.percent' : 'kontor.products.bulk.amount',
        )}
        value={draft.value}
        onChange={(event) => onChange({ ...draft, value: event.target.value })}
        error={invalid}
        helperText={translate(
          invalid ? 'kontor.products.bulk.invalidChange' : 'kontor.products.bulk.changeHint',
        )}
        slotProps={{
          htmlInput: { inputMode: 'decimal' },
          input: {
            endAdornment: (
              <InputAdornment position="end">{draft.mode === 'percent' ? '%' : '€'}</InputAdornment>
            ),
          },
        }}
      />
      <TextField
        select
        label={translate('kontor.products.bulk.rounding')}
        value={draft.rounding}
        onChange={(event) => onChange({ ...draft, rounding: event.target.value as PriceRounding })}
      >
        {PRICE_ROUNDINGS.map((rounding) => (
          <MenuItem key={rounding} value={rounding} sx={{ minHeight: 44 }}>
            {translate(`kontor.products.bulk.roundings.${rounding}`)}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
};
