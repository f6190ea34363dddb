import {
  DataTable,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  SimpleList,
  TextField,
} from 'react-admin';
import { DeltaField } from '../../components/DeltaField';
import { LocalDateField } from '../../components/LocalDateField';
import { dateRangeFilters } from '../../components/rangeFilters';
import { ResponsiveList } from '../../components/ResponsiveList';
import { StatusChip } from '../../components/StatusChip';
import { statusChoices } from '../../components/statusColors';
import { UserField } from '../../components/UserField';
import type { StockMovement } from '../../domain/types';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="warehouseId" source="warehouseId" reference="warehouses" alwaysOn />,
  <ReferenceInput key="productId" source="productId" reference="products" />,
  <SelectInput key="reason" source="reason" choices={statusChoices('stockReason')} />,
  ...dateRangeFilters('createdAt'),
];

const StockMovementList = () => (
  <ResponsiveList
    filters={filters}
    table={
      <DataTable<StockMovement> bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="createdAt">
          <LocalDateField source="createdAt" />
        </DataTable.Col>
        <DataTable.Col source="productId">
          <ReferenceField source="productId" reference="products" />
        </DataTable.Col>
        <DataTable.Col source="warehouseId">
          <ReferenceField source="warehouseId" reference="warehouses" link={false} />
        </DataTable.Col>
        <DataTable.Col source="delta" align="right">
          <DeltaField source="delta" />
        </DataTable.Col>
        <DataTable.Col source="reason">
          <StatusChip kind="stockReason" source="reason" />
        </DataTable.Col>
        <DataTable.NumberCol source="balanceAfter" />
        <DataTable.Col source="userId">
          <UserField source="userId" />
        </DataTable.Col>
        <DataTable.Col source="note" disableSort />
      </DataTable>
    }
    small={
      <SimpleList<StockMovement>
        rowClick={false}
        primaryText={() => <ReferenceField source="productId" reference="products" link={false} />}
        secondaryText={() => (
          <>
            <LocalDateField source="createdAt" /> · <TextField source="note" />
          </>
        )}
        tertiaryText={() => <DeltaField source="delta" />}
      />
    }
  />
);

export default StockMovementList;
