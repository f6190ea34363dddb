import { Box } from '@mui/material';
import { useMemo } from 'react';
import {
  AutocompleteInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  TabbedForm,
  TextInput,
  useCanAccess,
  useRecordContext,
} from 'react-admin';
import { ConflictToolbar, KEEP_EDITS_ON_RELOAD } from '../../components/ConflictSafeEdit';
import { domainFormValidator } from '../../components/domainValidation';
import { MoneyInput } from '../../components/MoneyInput';
import { RecordHistory } from '../../components/RecordHistory';
import { statusChoices } from '../../components/statusColors';
import type { Product } from '../../domain/types';
import {
  PRODUCT_DEFAULTS,
  PRODUCT_STATUS_TRANSITIONS,
  validateProduct,
} from '../../domain/validation/catalog';
import { MarginPreview } from './margin';
import { ProductStockLevels } from './ProductStock';

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

/**
 * Create and edit share this form: details, pricing (typed in euros, stored in
 * cents), and for an existing product its stock and history. The domain's own
 * rules check it before anything is sent.
 */
export const ProductForm = () => {
  const record = useRecordContext<Product>();
  const existing = record?.id != null ? record : undefined;
  const { canAccess: canReadHistory } = useCanAccess({
    resource: 'audit-log',
    action: 'list',
    enabled: !!existing,
  });
  const validate = useMemo(
    () =>
      domainFormValidator((input) => validateProduct(input, existing ?? null), {
        record: existing,
        moneyFields: ['price', 'cost'],
      }),
    [existing],
  );
  return (
    // noValidate: the browser's own check of min/max blocked saving without a word when the field sat
    // on another tab; the domain's messages (in the console's language) judge the values instead.
    <TabbedForm
      noValidate
      validate={validate}
      defaultValues={existing ? undefined : PRODUCT_DEFAULTS}
      resetOptions={KEEP_EDITS_ON_RELOAD}
      toolbar={<ConflictToolbar />}
      syncWithLocation={false}
      sx={{ maxWidth: 860 }}
    >
      <TabbedForm.Tab label="kontor.products.tabs.details">
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
            isRequired
            choices={productStatusChoices(existing)}
            helperText="kontor.products.statusHint"
          />
          <TextInput source="barcode" slotProps={{ htmlInput: { inputMode: 'numeric' } }} />
          <NumberInput source="weightGrams" min={0} step={1} />
        </Box>
        <TextInput source="imageUrl" type="url" />
      </TabbedForm.Tab>
      <TabbedForm.Tab label="kontor.products.tabs.pricing">
        <Box sx={twoColumns}>
          <MoneyInput source="price" />
          <MoneyInput source="cost" />
        </Box>
        <MarginPreview />
      </TabbedForm.Tab>
      {existing && (
        <TabbedForm.Tab label="kontor.products.tabs.stock">
          <ProductStockLevels />
        </TabbedForm.Tab>
      )}
      {existing && canReadHistory && (
        <TabbedForm.Tab label="kontor.products.tabs.history">
          <RecordHistory resource="products" />
        </TabbedForm.Tab>
      )}
    </TabbedForm>
  );
};
