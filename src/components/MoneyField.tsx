import { Typography, type TypographyProps } from '@mui/material';
import { useFieldValue, useLocaleState, useTranslate, type FieldProps } from 'react-admin';
import { formatCents } from './money';
import { useCurrencyDisplay } from './ShopSettingsContext';

export interface MoneyFieldProps extends FieldProps {
  /** Shows a negative amount (a discount, a refund) with its minus sign in the error colour. */
  highlightNegative?: boolean;
  variant?: TypographyProps['variant'];
}

/** An amount stored in cents, shown as EUR in the console's language. */
export const MoneyField = ({
  highlightNegative = false,
  variant = 'body2',
  emptyText,
  ...props
}: MoneyFieldProps) => {
  const value: unknown = useFieldValue(props);
  const [locale] = useLocaleState();
  const display = useCurrencyDisplay();
  const translate = useTranslate();
  if (typeof value !== 'number') {
    return emptyText ? (
      <Typography component="span" variant={variant}>
        {translate(emptyText, { _: emptyText })}
      </Typography>
    ) : null;
  }
  return (
    <Typography
      component="span"
      variant={variant}
      sx={{ whiteSpace: 'nowrap', color: highlightNegative && value < 0 ? 'error.main' : undefined }}
    >
      {formatCents(value, locale, display)}
    </Typography>
  );
};

/** The same amount formatting for values that are not in a record (totals, summaries). */
export const useFormatMoney = () => {
  const [locale] = useLocaleState();
  const display = useCurrencyDisplay();
  return (cents: number) => formatCents(cents, locale, display);
};
