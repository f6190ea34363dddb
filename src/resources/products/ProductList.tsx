import { DataTable, ReferenceField, ReferenceInput, SearchInput, SelectInput, SimpleList } from 'react-admin';
import { MoneyField } from '../../components/MoneyField';
import { moneyRangeFilters } from '../../components/rangeFilters';
import { ResponsiveList } from '../../components/ResponsiveList';
import { StatusChip } from '../../components/StatusChip';
import { statusChoices } from '../../components/statusColors';
import type { Product } from '../../domain/types';
import { MarginField } from './margin';
import { ProductThumbnail } from './ProductThumbnail';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="categoryId" source="categoryId" reference="categories" />,
  <SelectInput key="status" source="status" choices={statusChoices('product')} />,
  ...moneyRangeFilters('price'),
];

const ProductTable = () => (
  <DataTable<Product>>
    <DataTable.Col source="imageUrl" disableSort>
      <ProductThumbnail />
    </DataTable.Col>
    <DataTable.Col source="sku" />
    <DataTable.Col source="name" />
    <DataTable.Col source="categoryId">
      <ReferenceField source="categoryId" reference="categories" link={false} />
    </DataTable.Col>
    <DataTable.Col source="price" align="right">
      <MoneyField source="price" />
    </DataTable.Col>
    <DataTable.Col source="cost" align="right">
      <MoneyField source="cost" />
    </DataTable.Col>
    <DataTable.Col source="margin" align="right" disableSort>
      <MarginField />
    </DataTable.Col>
    <DataTable.Col source="status">
      <StatusChip kind="product" source="status" />
    </DataTable.Col>
  </DataTable>
);

const ProductSimpleList = () => (
  <SimpleList<Product>
    leftIcon={() => <ProductThumbnail />}
    primaryText={(record) => record.name}
    secondaryText={(record) => (
      <>
        {record.sku} · <MoneyField source="price" />
      </>
    )}
    tertiaryText={() => <StatusChip kind="product" source="status" />}
  />
);

const ProductList = () => (
  <ResponsiveList filters={filters} table={<ProductTable />} small={<ProductSimpleList />} />
);

export default ProductList;
