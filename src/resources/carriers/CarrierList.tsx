import { BooleanField, DataTable, SearchInput, SimpleList, TextField } from 'react-admin';
import { ResponsiveList } from '../../components/ResponsiveList';
import type { Carrier } from '../../domain/types';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

const CarrierList = () => (
  <ResponsiveList
    filters={filters}
    table={
      <DataTable<Carrier> bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="trackingPattern">
          <TextField
            source="trackingPattern"
            emptyText="kontor.carriers.anyNumber"
            sx={{ fontFamily: 'monospace' }}
          />
        </DataTable.Col>
        <DataTable.Col source="active">
          <BooleanField source="active" />
        </DataTable.Col>
      </DataTable>
    }
    small={
      <SimpleList<Carrier>
        primaryText={(record) => record.name}
        secondaryText={(record) => record.trackingPattern ?? ''}
      />
    }
  />
);

export default CarrierList;
