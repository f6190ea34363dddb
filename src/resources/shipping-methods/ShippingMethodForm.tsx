import { useMemo } from 'react';
import {
  BooleanInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  useRecordContext,
} from 'react-admin';
import { domainFormValidator } from '../../components/domainValidation';
import { MoneyInput } from '../../components/MoneyInput';
import type { ShippingMethod } from '../../domain/types';
import { validateShippingMethod } from '../../domain/validation/settings';

/** Create and edit share this form; the API checks the carrier exists and the name is unique. */
export const ShippingMethodForm = () => {
  const record = useRecordContext<ShippingMethod>();
  const existing = record?.id != null ? record : undefined;
  const validate = useMemo(
    () =>
      domainFormValidator((input) => validateShippingMethod(input, existing?.id ?? null), {
        record: existing,
      }),
    [existing],
  );
  return (
    <SimpleForm validate={validate} sx={{ maxWidth: 560 }}>
      <TextInput source="name" isRequired />
      <ReferenceInput source="carrierId" reference="carriers">
        <SelectInput optionText="name" translateChoice={false} isRequired />
      </ReferenceInput>
      <MoneyInput source="price" isRequired />
      <MoneyInput source="freeShippingFrom" helperText="kontor.shipping-methods.freeHint" />
      <NumberInput
        source="dispatchHours"
        step={1}
        helperText="kontor.shipping-methods.dispatchHint"
        isRequired
      />
      <BooleanInput source="active" />
    </SimpleForm>
  );
};
