import { DataTable, NumberInput, ReferenceField, ReferenceInput, SearchInput, SimpleList } from 'react-admin';
import { ResponsiveList } from '../../components/ResponsiveList';
import type { StockLevel } from '../../domain/types';
import { AvailableField } from './AvailableField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="warehouseId" source="warehouseId" reference="warehouses" alwaysOn />,
  <ReferenceInput key="productId" source="productId" reference="products" />,
  <NumberInput key="available_lte" source="available_lte" step={1} />,
];

const StockLevelList = () => (
  <ResponsiveList
    filters={filters}
    table={
      <DataTable<StockLevel> bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="productId">
          <ReferenceField source="productId" reference="products" />
        </DataTable.Col>
        <DataTable.Col source="warehouseId">
          <ReferenceField source="warehouseId" reference="warehouses" link={false} />
        </DataTable.Col>
        <DataTable.NumberCol source="onHand" />
        <DataTable.NumberCol source="reserved" />
        <DataTable.Col source="available" align="right">
          <AvailableField />
        </DataTable.Col>
        <DataTable.NumberCol source="reorderPoint" />
        <DataTable.Col source="binLocation" />
      </DataTable>
    }
    small={
      <SimpleList<StockLevel>
        rowClick={false}
        primaryText={() => <ReferenceField source="productId" reference="products" link={false} />}
        secondaryText={(record) => (
          <>
            <ReferenceField source="warehouseId" reference="warehouses" link={false} /> · {record.binLocation}
          </>
        )}
        tertiaryText={() => <AvailableField />}
      />
    }
  />
);

export default StockLevelList;
