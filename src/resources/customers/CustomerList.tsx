import { DataTable, EmailField, SearchInput, SimpleList } from 'react-admin';
import { LocalDateField } from '../../components/LocalDateField';
import { MoneyField } from '../../components/MoneyField';
import { ResponsiveList } from '../../components/ResponsiveList';
import type { Customer } from '../../domain/types';
import { customerName } from './customerName';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

const CustomerList = () => (
  <ResponsiveList
    filters={filters}
    table={
      <DataTable<Customer> bulkActionButtons={false}>
        <DataTable.Col source="lastName" label="resources.customers.fields.name" render={customerName} />
        <DataTable.Col source="email">
          <EmailField source="email" onClick={(event) => event.stopPropagation()} />
        </DataTable.Col>
        <DataTable.Col source="address.city" label="resources.customers.fields.city" disableSort />
        <DataTable.NumberCol source="orderCount" />
        <DataTable.Col source="lifetimeValue" align="right">
          <MoneyField source="lifetimeValue" />
        </DataTable.Col>
        <DataTable.Col source="lastOrderAt">
          <LocalDateField source="lastOrderAt" showTime={false} emptyText="—" />
        </DataTable.Col>
      </DataTable>
    }
    small={
      <SimpleList<Customer>
        primaryText={customerName}
        secondaryText={(record) => record.email}
        tertiaryText={(record) => record.address.city}
      />
    }
  />
);

export default CustomerList;
