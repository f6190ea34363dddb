import { Box } from '@mui/material';
import { useMemo } from 'react';
import {
  AutocompleteInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  useRecordContext,
} from 'react-admin';
import { MoneyInput } from '../../components/MoneyInput';
import { domainFormValidator } from '../../components/domainValidation';
import { statusChoices } from '../../components/statusColors';
import type { Product } from '../../domain/types';
import {
  PRODUCT_DEFAULTS,
  PRODUCT_STATUS_TRANSITIONS,
  validateProduct,
} from '../../domain/validation/catalog';

const twoColumns = {
  display: 'grid',
  gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' },
  columnGap: 2,
  width: '100%',
};

/** The statuses a product may be saved with: any when new, else its own and the allowed next ones. */
function productStatusChoices(existing: Product | undefined) {
  const all = statusChoices('product');
  if (!existing) return all;
  const allowed = new Set<string>([existing.status, ...PRODUCT_STATUS_TRANSITIONS[existing.status]]);
  return all.filter((choice) => allowed.has(choice.id));
}

/** Create and edit share this form; prices are typed in euros and stored in cents. */
export const ProductForm = () => {
  const record = useRecordContext<Product>();
  const existing = record?.id != null ? record : undefined;
  const validate = useMemo(
    () =>
      domainFormValidator((input) => validateProduct(input, existing ?? null), {
        record: existing,
        moneyFields: ['price', 'cost'],
      }),
    [existing],
  );
  return (
    <SimpleForm
      validate={validate}
      defaultValues={existing ? undefined : PRODUCT_DEFAULTS}
      sx={{ maxWidth: 760 }}
    >
      <Box sx={twoColumns}>
        <TextInput source="sku" isRequired />
        <TextInput source="name" isRequired />
      </Box>
      <TextInput source="description" multiline minRows={3} />
      <Box sx={twoColumns}>
        <ReferenceInput source="categoryId" reference="categories">
          <AutocompleteInput />
        </ReferenceInput>
        <SelectInput
          source="status"
          choices={productStatusChoices(existing)}
          helperText="kontor.products.statusHint"
        />
        <MoneyInput source="price" />
        <MoneyInput source="cost" />
        <TextInput source="barcode" slotProps={{ htmlInput: { inputMode: 'numeric' } }} />
        <NumberInput source="weightGrams" min={0} step={1} />
      </Box>
    </SimpleForm>
  );
};
