import { useMemo } from 'react';
import {
  AutocompleteInput,
  NumberInput,
  ReferenceInput,
  SimpleForm,
  TextInput,
  useRecordContext,
} from 'react-admin';
import { domainFormValidator } from '../../components/domainValidation';
import type { Category } from '../../domain/types';
import { validateCategory } from '../../domain/validation/catalog';

/** Create and edit share this form. The API checks the two-level tree rules it alone can see. */
export const CategoryForm = () => {
  const record = useRecordContext<Category>();
  const existing = record?.id != null ? record : undefined;
  const validate = useMemo(
    () => domainFormValidator((input) => validateCategory(input, existing ?? null), { record: existing }),
    [existing],
  );
  return (
    <SimpleForm
      validate={validate}
      defaultValues={existing ? undefined : { position: 0, parentId: null }}
      sx={{ maxWidth: 560 }}
    >
      <TextInput source="name" isRequired />
      <TextInput source="slug" helperText="kontor.categories.slugHint" />
      <ReferenceInput source="parentId" reference="categories">
        <AutocompleteInput />
      </ReferenceInput>
      <NumberInput source="position" min={0} step={1} />
    </SimpleForm>
  );
};
