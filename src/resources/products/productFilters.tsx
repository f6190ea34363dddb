import { AutocompleteInput, NumberInput, ReferenceInput, SelectInput } from 'react-admin';
import { moneyRangeFilters } from '../../components/rangeFilters';
import { statusChoices } from '../../components/statusColors';
import { ProductSearchInput } from './ProductSearchInput';
import { STOCK_STATES } from './types';

const stockStateChoices = STOCK_STATES.map((state) => ({
  id: state,
  name: `kontor.products.stockState.${state}`,
}));

/**
 * The products list's filters. The API's `categoryId` filter includes the
 * category's subcategories; margins are in percent.
 */
export const productFilters = [
  <ProductSearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="categoryId" source="categoryId" reference="categories">
    <AutocompleteInput label="resources.products.fields.categoryTree" />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={statusChoices('product')} />,
  <SelectInput key="stockState" source="stockState" choices={stockStateChoices} />,
  ...moneyRangeFilters('price'),
  <NumberInput key="marginPercent_gte" source="marginPercent_gte" step={1} />,
  <NumberInput key="marginPercent_lte" source="marginPercent_lte" step={1} />,
];
