import { DataTable, ReferenceField, ReferenceInput, SearchInput, SelectInput, SimpleList } from 'react-admin';
import { LocalDateField } from '../../components/LocalDateField';
import { ResponsiveList } from '../../components/ResponsiveList';
import { StatusChip } from '../../components/StatusChip';
import { statusChoices } from '../../components/statusColors';
import { CARRIERS, type Shipment } from '../../domain/types';
import { TrackingNumberField } from './TrackingNumberField';

const carrierChoices = CARRIERS.map((carrier) => ({ id: carrier, name: carrier }));

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={statusChoices('shipment')} alwaysOn />,
  // Carrier names are brands: the same in every language.
  <SelectInput key="carrier" source="carrier" choices={carrierChoices} translateChoice={false} />,
  <ReferenceInput key="warehouseId" source="warehouseId" reference="warehouses" />,
];

const ShipmentList = () => (
  <ResponsiveList
    filters={filters}
    table={
      <DataTable<Shipment> bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="orderId">
          <ReferenceField source="orderId" reference="orders" />
        </DataTable.Col>
        <DataTable.Col source="warehouseId">
          <ReferenceField source="warehouseId" reference="warehouses" link={false} />
        </DataTable.Col>
        <DataTable.Col source="carrier" />
        <DataTable.Col source="trackingNumber">
          <TrackingNumberField />
        </DataTable.Col>
        <DataTable.Col source="status">
          <StatusChip kind="shipment" source="status" />
        </DataTable.Col>
        <DataTable.Col source="shippedAt">
          <LocalDateField source="shippedAt" emptyText="—" />
        </DataTable.Col>
      </DataTable>
    }
    small={
      <SimpleList<Shipment>
        rowClick={false}
        primaryText={() => <ReferenceField source="orderId" reference="orders" link={false} />}
        secondaryText={(record) => (
          <>
            {record.carrier} · <TrackingNumberField />
          </>
        )}
        tertiaryText={() => <StatusChip kind="shipment" source="status" />}
      />
    }
  />
);

export default ShipmentList;
