import { useMemo } from 'react';
import { BooleanInput, SelectInput, SimpleForm, TextInput, useRecordContext } from 'react-admin';
import { domainFormValidator } from '../../components/domainValidation';
import { PAYMENT_KINDS, type PaymentMethod } from '../../domain/types';
import { validatePaymentMethod } from '../../domain/validation/settings';

const kindChoices = PAYMENT_KINDS.map((kind) => ({ id: kind, name: `domain.label.paymentKind.${kind}` }));

/** Create and edit share this form; the API checks the name is unique. */
export const PaymentMethodForm = () => {
  const record = useRecordContext<PaymentMethod>();
  const existing = record?.id != null ? record : undefined;
  const validate = useMemo(
    () =>
      domainFormValidator((input) => validatePaymentMethod(input, existing?.id ?? null), {
        record: existing,
      }),
    [existing],
  );
  return (
    <SimpleForm validate={validate} sx={{ maxWidth: 560 }}>
      <TextInput source="name" isRequired />
      <SelectInput source="kind" choices={kindChoices} isRequired />
      <BooleanInput source="waitsForPayment" helperText="kontor.payment-methods.waitsHint" />
      <BooleanInput source="active" />
    </SimpleForm>
  );
};
