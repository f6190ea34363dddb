import {
  DataTable,
  FunctionField,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SimpleList,
  useTranslate,
} from 'react-admin';
import { LocalDateField } from '../../components/LocalDateField';
import { UserField } from '../../components/UserField';
import { PresetSwitch } from '../../components/PresetSwitch';
import { dateRangeFilters } from '../../components/rangeFilters';
import { ResponsiveList } from '../../components/ResponsiveList';
import type { OrderReturn } from '../../domain/types';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="warehouseId" source="warehouseId" reference="warehouses" />,
  <PresetSwitch key="restocked" source="restocked" value={true} />,
  ...dateRangeFilters('createdAt'),
];

/** "3 units, 2 back in stock": what came back and where it went, in a few words. */
const Units = (_props: { label?: string }) => {
  const translate = useTranslate();
  return (
    <FunctionField<OrderReturn>
      render={(record) => {
        const units = record.items.reduce((sum, item) => sum + item.quantity, 0);
        const restocked = record.items
          .filter((item) => item.restock)
          .reduce((sum, item) => sum + item.quantity, 0);
        return translate('kontor.returns.units', { smart_count: units, restocked });
      }}
    />
  );
};

const ReturnList = () => (
  <ResponsiveList
    filters={filters}
    table={
      <DataTable<OrderReturn>
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
        <DataTable.Col source="items" disableSort>
          <Units />
        </DataTable.Col>
        <DataTable.Col source="userId">
          <UserField source="userId" />
        </DataTable.Col>
      </DataTable>
    }
    small={
      <SimpleList<OrderReturn>
        primaryText={(record) => record.reason}
        secondaryText={() => <ReferenceField source="orderId" reference="orders" link={false} />}
        tertiaryText={() => <LocalDateField source="createdAt" showTime={false} />}
        linkType={(record) => `/orders/${record.orderId}/show`}
      />
    }
  />
);

export default ReturnList;
