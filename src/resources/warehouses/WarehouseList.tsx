import { DataTable, SearchInput, SimpleList } from 'react-admin';
import { ResponsiveList } from '../../components/ResponsiveList';
import type { Warehouse } from '../../domain/types';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

const WarehouseList = () => (
  <ResponsiveList
    filters={filters}
    table={
      <DataTable<Warehouse>>
        <DataTable.Col source="code" />
        <DataTable.Col source="name" />
        <DataTable.Col source="city" />
      </DataTable>
    }
    small={
      <SimpleList<Warehouse>
        primaryText={(record) => record.name}
        secondaryText={(record) => record.city}
        tertiaryText={(record) => record.code}
      />
    }
  />
);

export default WarehouseList;
