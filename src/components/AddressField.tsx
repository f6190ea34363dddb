import { Typography } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';
import type { Address } from '../domain/types';

function isAddress(value: unknown): value is Address {
  return typeof value === 'object' && value !== null && 'street' in value;
}

/** A postal address as it would be written on a parcel. */
export const AddressField = (props: FieldProps & { source: string }) => {
  const value: unknown = useFieldValue(props);
  if (!isAddress(value)) return null;
  return (
    <Typography component="address" variant="body2" sx={{ fontStyle: 'normal' }}>
      {value.name}
      <br />
      {value.street}
      <br />
      {value.postalCode} {value.city}
      <br />
      {value.country}
    </Typography>
  );
};
