import { Typography } from '@mui/material';
import { useFieldValue, useLocaleState, type FieldProps } from 'react-admin';

/** A quantity change with its sign: green when stock comes in, red when it goes out. */
export const DeltaField = (props: FieldProps & { source: string }) => {
  const value: unknown = useFieldValue(props);
  const [locale] = useLocaleState();
  if (typeof value !== 'number') return null;
  return (
    <Typography
      component="span"
      variant="body2"
      sx={{
        fontWeight: 500,
        color: value > 0 ? 'success.main' : value < 0 ? 'error.main' : 'text.secondary',
      }}
    >
      {value.toLocaleString(locale, { signDisplay: 'exceptZero' })}
    </Typography>
  );
};
