import { BooleanField, DataTable, SearchInput, SimpleList } from 'react-admin';
import { LabelField } from '../../components/LabelField';
import { ResponsiveList } from '../../components/ResponsiveList';
import type { PaymentMethod } from '../../domain/types';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

const PaymentMethodList = () => (
  <ResponsiveList
    filters={filters}
    table={
      <DataTable<PaymentMethod> bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="kind">
          <LabelField source="kind" kind="paymentKind" />
        </DataTable.Col>
        <DataTable.Col source="waitsForPayment">
          <BooleanField source="waitsForPayment" />
        </DataTable.Col>
        <DataTable.Col source="active">
          <BooleanField source="active" />
        </DataTable.Col>
      </DataTable>
    }
    small={
      <SimpleList<PaymentMethod>
        primaryText={(record) => record.name}
        secondaryText={() => <LabelField source="kind" kind="paymentKind" />}
      />
    }
  />
);

export default PaymentMethodList;
