import { DataTable, ReferenceField, ReferenceInput, SearchInput, SimpleList } from 'react-admin';
import { LocalDateField } from '../../components/LocalDateField';
import { UserField } from '../../components/UserField';
import { MoneyField } from '../../components/MoneyField';
import { dateRangeFilters, moneyRangeFilters } from '../../components/rangeFilters';
import { ResponsiveList } from '../../components/ResponsiveList';
import type { Refund } from '../../domain/types';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="warehouseId" source="warehouseId" reference="warehouses" />,
  ...dateRangeFilters('createdAt'),
  ...moneyRangeFilters('amount'),
];

const RefundList = () => (
  <ResponsiveList
    filters={filters}
    table={
      <DataTable<Refund>
        bulkActionButtons={false}
        rowClick={(_id, _resource, record) => `/orders/${record.orderId}/show`}
      >
        <DataTable.Col source="createdAt">
          <LocalDateField source="createdAt" />
        </DataTable.Col>
        <DataTable.Col source="orderId">
          <ReferenceField source="orderId" reference="orders" link="show" />
        </DataTable.Col>
        <DataTable.Col source="reason" disableSort />
        <DataTable.Col source="amount" align="right">
          <MoneyField source="amount" />
        </DataTable.Col>
        <DataTable.Col source="userId">
          <UserField source="userId" />
        </DataTable.Col>
      </DataTable>
    }
    small={
      <SimpleList<Refund>
        primaryText={(record) => record.reason}
        secondaryText={() => <MoneyField source="amount" />}
        tertiaryText={() => <LocalDateField source="createdAt" showTime={false} />}
        linkType={(record) => `/orders/${record.orderId}/show`}
      />
    }
  />
);

export default RefundList;
