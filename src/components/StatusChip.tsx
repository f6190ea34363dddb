import { Chip } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import { statusColor, statusLabelKey, type StatusKind } from './statusColors';

export interface StatusChipProps extends Omit<FieldProps, 'source'> {
  kind: StatusKind;
  source?: string;
  /** A value to show instead of the record's field (for derived states). */
  value?: string;
}

/** A status, reason or role as a coloured chip with its translated label. */
export const StatusChip = ({ kind, value: given, ...props }: StatusChipProps) => {
  const fromRecord: unknown = useFieldValue({ ...props, source: props.source ?? '' });
  const translate = useTranslate();
  const value = given ?? fromRecord;
  if (typeof value !== 'string' || value === '') return null;
  return (
    <Chip
      size="small"
      sx={{ width: 'fit-content' }}
      color={statusColor(kind, value)}
      label={translate(statusLabelKey(kind, value), { _: value })}
    />
  );
};
