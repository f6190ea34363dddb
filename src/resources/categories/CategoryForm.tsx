import { useMemo } from 'react';
import { AutocompleteInput, ReferenceInput, SimpleForm, TextInput, useRecordContext } from 'react-admin';
import { ConflictToolbar, KEEP_EDITS_ON_RELOAD } from '../../components/ConflictSafeEdit';
import { domainFormValidator } from '../../components/domainValidation';
import type { Category } from '../../domain/types';
import { validateCategory } from '../../domain/validation/catalog';

/** The tree has two levels, so only top-level categories can be parents. */
const TOP_LEVEL = { parentId: null };

/**
 * Create and edit share this form (rename, change parent); the order among
 * siblings is changed in the tree. The API checks the tree rules it alone can see.
 */
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
      resetOptions={KEEP_EDITS_ON_RELOAD}
      toolbar={<ConflictToolbar />}
      sx={{ maxWidth: 560 }}
    >
      <TextInput source="name" isRequired />
      <TextInput source="slug" helperText="kontor.categories.slugHint" />
      <ReferenceInput source="parentId" reference="categories" filter={TOP_LEVEL}>
        <AutocompleteInput helperText="kontor.categories.parentHint" />
      </ReferenceInput>
    </SimpleForm>
  );
};
