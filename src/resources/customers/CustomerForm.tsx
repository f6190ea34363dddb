import { Box } from '@mui/material';
import { useMemo } from 'react';
import { SimpleForm, TextInput, useRecordContext } from 'react-admin';
import { domainFormValidator } from '../../components/domainValidation';
import type { Customer } from '../../domain/types';
import { validateCustomer } from '../../domain/validation/records';

const pair = { display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2 } as const;

/** Contact data and address; the API checks the e-mail is unique and refuses a stale version. */
export const CustomerForm = () => {
  const record = useRecordContext<Customer>();
  const existing = record?.id != null ? record : undefined;
  const validate = useMemo(
    () => domainFormValidator((input) => validateCustomer(input, existing?.id ?? null), { record: existing }),
    [existing],
  );
  return (
    <SimpleForm validate={validate} sx={{ maxWidth: 640 }}>
      <Box sx={pair}>
        <TextInput source="firstName" isRequired />
        <TextInput source="lastName" isRequired />
      </Box>
      <Box sx={pair}>
        <TextInput source="email" type="email" isRequired />
        <TextInput source="phone" type="tel" />
      </Box>
      <TextInput source="address.name" label="kontor.customers.address.name" />
      <TextInput source="address.street" label="kontor.customers.address.street" />
      <Box sx={pair}>
        <TextInput source="address.postalCode" label="kontor.customers.address.postalCode" />
        <TextInput source="address.city" label="kontor.customers.address.city" />
      </Box>
      <TextInput
        source="address.country"
        label="kontor.customers.address.country"
        helperText="kontor.customers.address.countryHint"
        parse={(value: string) => value.toUpperCase()}
      />
    </SimpleForm>
  );
};
