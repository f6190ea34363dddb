import { BooleanField, DataTable, NumberField, ReferenceField, SearchInput, SimpleList } from 'react-admin';
import { MoneyField } from '../../components/MoneyField';
import { ResponsiveList } from '../../components/ResponsiveList';
import type { ShippingMethod } from '../../domain/types';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

const ShippingMethodList = () => (
  <ResponsiveList
    filters={filters}
    table={
      <DataTable<ShippingMethod> bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="carrierId">
          <ReferenceField source="carrierId" reference="carriers" link={false} />
        </DataTable.Col>
        <DataTable.Col source="price" align="right">
          <MoneyField source="price" />
        </DataTable.Col>
        <DataTable.Col source="freeShippingFrom" align="right">
          <MoneyField source="freeShippingFrom" />
        </DataTable.Col>
        <DataTable.Col source="dispatchHours" align="right">
          <NumberField source="dispatchHours" />
        </DataTable.Col>
        <DataTable.Col source="active">
          <BooleanField source="active" />
        </DataTable.Col>
      </DataTable>
    }
    small={
      <SimpleList<ShippingMethod>
        primaryText={(record) => record.name}
        secondaryText={() => <MoneyField source="price" />}
      />
    }
  />
);

export default ShippingMethodList;
