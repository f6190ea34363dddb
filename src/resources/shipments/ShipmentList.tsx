import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import { IconButton, Tooltip } from '@mui/material';
import type { MouseEvent } from 'react';
import {
  DataTable,
  Link,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SimpleList,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { LocalDateField } from '../../components/LocalDateField';
import { ResponsiveList } from '../../components/ResponsiveList';
import { StatusChip } from '../../components/StatusChip';
import { StatusTabs } from '../../components/StatusTabs';
import { WarehouseCodeField } from '../../components/WarehouseCodeField';
import { SHIPMENT_STATUSES, type Shipment } from '../../domain/types';
import { OrderNumberField } from '../orders/LateChip';
import { BulkTransitionButton } from './BulkTransitionButton';
import { packingSlipPath } from './packingSlipPath';
import { TrackingNumberField } from './TrackingNumberField';
import { CarrierFilter } from '../carriers/CarrierFilter';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  // Carrier names are brands: the same in every language. Shipments keep the carrier's name.
  <CarrierFilter key="carrier" source="carrier" alwaysOn />,
  <ReferenceInput key="warehouseId" source="warehouseId" reference="warehouses" alwaysOn />,
];

/** The order a parcel belongs to, flagged when that order is late. */
const OrderOfShipment = (_props: { label?: string }) => (
  <ReferenceField source="orderId" reference="orders">
    <OrderNumberField />
  </ReferenceField>
);

// `label` is read by DataTable headers.
const PackingSlipLink = (_props: { label?: string }) => {
  const shipment = useRecordContext<Shipment>();
  const translate = useTranslate();
  if (!shipment) return null;
  const label = translate('kontor.shipments.packingSlipOf', { id: shipment.id });
  return (
    <Tooltip title={label}>
      <IconButton
        component={Link}
        to={packingSlipPath(shipment.id)}
        aria-label={label}
        onClick={(event: MouseEvent) => event.stopPropagation()}
      >
        <ReceiptLongIcon />
      </IconButton>
    </Tooltip>
  );
};

/** Bulk status changes only for roles that may move shipments on. */
function useBulkButtons() {
  const { canAccess } = useCanAccess({ resource: 'shipments', action: 'edit' });
  if (!canAccess) return false;
  return (
    <>
      <BulkTransitionButton to="packed" />
      <BulkTransitionButton to="shipped" />
    </>
  );
}

const ShipmentList = () => {
  const bulkButtons = useBulkButtons();
  const tabs = <StatusTabs kind="shipment" statuses={SHIPMENT_STATUSES} />;
  return (
    <ResponsiveList
      filters={filters}
      table={
        <>
          {tabs}
          <DataTable<Shipment> bulkActionButtons={bulkButtons} rowClick={false}>
            <DataTable.Col source="orderId">
              <OrderOfShipment />
            </DataTable.Col>
            <DataTable.Col source="warehouseId">
              <WarehouseCodeField />
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
            <DataTable.Col source="packingSlip" label="" disableSort>
              <PackingSlipLink />
            </DataTable.Col>
          </DataTable>
        </>
      }
      small={
        <>
          {tabs}
          <SimpleList<Shipment>
            rowClick={false}
            rightIcon={() => <PackingSlipLink />}
            primaryText={() => <OrderOfShipment />}
            secondaryText={(record) => (
              <>
                {record.carrier} · <TrackingNumberField />
              </>
            )}
            tertiaryText={() => <StatusChip kind="shipment" source="status" />}
          />
        </>
      }
    />
  );
};

export default ShipmentList;
