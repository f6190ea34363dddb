import { DataTable, ReferenceField, ReferenceInput, SearchInput, SelectInput, SimpleList } from 'react-admin';
import { LocalDateField } from '../../components/LocalDateField';
import { MoneyField } from '../../components/MoneyField';
import { dateRangeFilters, moneyRangeFilters } from '../../components/rangeFilters';
import { ResponsiveList } from '../../components/ResponsiveList';
import { StatusChip } from '../../components/StatusChip';
import { statusChoices } from '../../components/statusColors';
import type { Order } from '../../domain/types';
import { ItemCountField } from './orderMath';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={statusChoices('order')} alwaysOn />,
  <ReferenceInput key="customerId" source="customerId" reference="customers" />,
  <ReferenceInput key="warehouseId" source="warehouseId" reference="warehouses" />,
  ...dateRangeFilters('placedAt'),
  ...moneyRangeFilters('total'),
];

const OrderList = () => (
  <ResponsiveList
    filters={filters}
    table={
      <DataTable<Order> bulkActionButtons={false}>
        <DataTable.Col source="number" />
        <DataTable.Col source="placedAt">
          <LocalDateField source="placedAt" />
        </DataTable.Col>
        <DataTable.Col source="customerId">
          <ReferenceField source="customerId" reference="customers" link={false} />
        </DataTable.Col>
        <DataTable.Col source="status">
          <StatusChip kind="order" source="status" />
        </DataTable.Col>
        <DataTable.Col source="itemCount" align="right" disableSort>
          <ItemCountField />
        </DataTable.Col>
        <DataTable.Col source="total" align="right">
          <MoneyField source="total" />
        </DataTable.Col>
      </DataTable>
    }
    small={
      <SimpleList<Order>
        primaryText={(record) => record.number}
        secondaryText={() => (
          <>
            <ReferenceField source="customerId" reference="customers" link={false} /> ·{' '}
            <MoneyField source="total" />
          </>
        )}
        tertiaryText={() => <StatusChip kind="order" source="status" />}
      />
    }
  />
);

export default OrderList;
