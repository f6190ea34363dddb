import { useMemo } from 'react';
import { SimpleForm, TextInput, useRecordContext } from 'react-admin';
import { domainFormValidator } from '../../components/domainValidation';
import type { Warehouse } from '../../domain/types';
import { validateWarehouse } from '../../domain/validation/records';

/** Create and edit share this form; the API checks that the code is unique. */
export const WarehouseForm = () => {
  const record = useRecordContext<Warehouse>();
  const existing = record?.id != null ? record : undefined;
  const validate = useMemo(
    () =>
      domainFormValidator((input) => validateWarehouse(input, existing?.id ?? null), { record: existing }),
    [existing],
  );
  return (
    <SimpleForm validate={validate} sx={{ maxWidth: 560 }}>
      <TextInput
        source="code"
        isRequired
        helperText="kontor.warehouses.codeHint"
        parse={(value: string) => value.toUpperCase()}
      />
      <TextInput source="name" isRequired />
      <TextInput source="city" isRequired />
    </SimpleForm>
  );
};
