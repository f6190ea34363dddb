/** The promotion form's inputs, in the sections the form shows them in. */
import { Box, InputAdornment, Typography } from '@mui/material';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  AutocompleteArrayInput,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceArrayInput,
  SelectInput,
  TextInput,
  useTranslate,
} from 'react-admin';
import { MoneyInput } from '../../components/MoneyInput';
import { statusChoices } from '../../components/statusColors';
import { PROMOTION_SCOPES, type Product, type PromotionScope, type PromotionType } from '../../domain/types';

export const twoColumns = {
  display: 'grid',
  gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' },
  columnGap: 2,
  width: '100%',
} as const;

const SCOPE_CHOICES = PROMOTION_SCOPES.map((scope) => ({
  id: scope,
  name: `kontor.promotions.scope.${scope}`,
}));
const nullWhenEmpty = (value: string) => (value.trim() === '' ? null : value);

const Hint = ({ text }: { text: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
      {translate(text)}
    </Typography>
  );
};

/** Name, type and how much: a percentage, an amount in euros, or buy X get Y's quantities. */
export const DiscountInputs = () => {
  const type = useWatch({ name: 'type' }) as PromotionType | undefined;
  const { setValue } = useFormContext();
  return (
    <>
      <TextInput source="name" isRequired />
      <Box sx={twoColumns}>
        <SelectInput
          source="type"
          choices={statusChoices('promotionType')}
          isRequired
          // A percentage read as cents (or the reverse) would be a different discount: the value starts over.
          onChange={() => setValue('value', null, { shouldDirty: true })}
        />
        {type === 'percent' && (
          <NumberInput
            source="value"
            label="resources.promotions.fields.percent"
            min={1}
            max={100}
            step={1}
            slotProps={{ input: { endAdornment: <InputAdornment position="end">%</InputAdornment> } }}
          />
        )}
        {type === 'fixed' && <MoneyInput source="value" label="resources.promotions.fields.amount" />}
        {type === 'buy_x_get_y' && (
          <Box sx={{ display: 'flex', gap: 2 }}>
            <NumberInput source="buyQuantity" min={1} step={1} />
            <NumberInput source="getQuantity" min={1} step={1} />
          </Box>
        )}
      </Box>
      {type === 'free_shipping' && <Hint text="kontor.promotions.form.freeShippingHint" />}
      {type === 'buy_x_get_y' && <Hint text="kontor.promotions.form.buyXGetYHint" />}
    </>
  );
};

/** The whole order, some categories (with their subcategories) or some products; and a minimum subtotal. */
export const TargetingInputs = () => {
  const scope = useWatch({ name: 'scope' }) as PromotionScope | undefined;
  return (
    <>
      <RadioButtonGroupInput source="scope" choices={SCOPE_CHOICES} />
      {scope === 'categories' && (
        <ReferenceArrayInput
          source="categoryIds"
          reference="categories"
          perPage={500}
          sort={{ field: 'name', order: 'ASC' }}
        >
          <AutocompleteArrayInput helperText="kontor.promotions.form.subcategoriesHint" />
        </ReferenceArrayInput>
      )}
      {scope === 'products' && (
        <ReferenceArrayInput source="productIds" reference="products" sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteArrayInput optionText={(product: Product) => `${product.sku} · ${product.name}`} />
        </ReferenceArrayInput>
      )}
      <MoneyInput source="minSubtotal" helperText="kontor.promotions.form.minSubtotalHint" />
    </>
  );
};

/** Who may use it and how often: a coupon code, use limits and a budget. */
export const LimitInputs = () => (
  <>
    <TextInput
      source="code"
      parse={nullWhenEmpty}
      helperText="kontor.promotions.form.codeHint"
      slotProps={{ htmlInput: { autoCapitalize: 'characters', spellCheck: false } }}
    />
    <Box sx={twoColumns}>
      <NumberInput source="usageLimit" min={1} step={1} helperText="kontor.promotions.form.noLimitHint" />
      <NumberInput
        source="perCustomerLimit"
        min={1}
        step={1}
        helperText="kontor.promotions.form.noLimitHint"
      />
      <MoneyInput source="budget" helperText="kontor.promotions.form.budgetHint" />
    </Box>
  </>
);
