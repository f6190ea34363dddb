import { useMemo } from 'react';
import { BooleanInput, SimpleForm, TextInput, useRecordContext } from 'react-admin';
import { domainFormValidator } from '../../components/domainValidation';
import type { Carrier } from '../../domain/types';
import { validateCarrier } from '../../domain/validation/settings';

/** Create and edit share this form; the API checks the pattern compiles and the name is unique. */
export const CarrierForm = () => {
  const record = useRecordContext<Carrier>();
  const existing = record?.id != null ? record : undefined;
  const validate = useMemo(
    () => domainFormValidator((input) => validateCarrier(input, existing?.id ?? null), { record: existing }),
    [existing],
  );
  return (
    <SimpleForm validate={validate} sx={{ maxWidth: 640 }}>
      <TextInput source="name" isRequired />
      <TextInput
        source="trackingPattern"
        helperText="kontor.carriers.patternHint"
        parse={(value: string) => value}
        sx={{ '& input': { fontFamily: 'monospace' } }}
      />
      <TextInput
        source="trackingUrlTemplate"
        helperText="kontor.carriers.urlHint"
        parse={(value: string) => value}
      />
      <BooleanInput source="active" helperText="kontor.carriers.activeHint" />
    </SimpleForm>
  );
};
