import {
  DataTable,
  NumberField,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SimpleList,
  TextField,
} from 'react-admin';
import { ResponsiveList } from '../../components/ResponsiveList';
import type { Category } from '../../domain/types';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="parentId" source="parentId" reference="categories" />,
];

const ParentField = () => (
  <ReferenceField
    source="parentId"
    reference="categories"
    link={false}
    emptyText="kontor.categories.topLevel"
  >
    <TextField source="name" />
  </ReferenceField>
);

const CategoryList = () => (
  <ResponsiveList
    filters={filters}
    table={
      <DataTable<Category>>
        <DataTable.Col source="name" />
        <DataTable.Col source="parentId">
          <ParentField />
        </DataTable.Col>
        <DataTable.NumberCol source="position" />
        <DataTable.Col source="slug" />
      </DataTable>
    }
    small={
      <SimpleList<Category>
        primaryText={(record) => record.name}
        secondaryText={() => <ParentField />}
        tertiaryText={() => <NumberField source="position" />}
      />
    }
  />
);

export default CategoryList;
