import { DataTable, FunctionField, SearchInput, SimpleList } from 'react-admin';
import { LocalDateField } from '../../components/LocalDateField';
import { ResponsiveList } from '../../components/ResponsiveList';
import { StatusTabs } from '../../components/StatusTabs';
import { TRANSFER_STATUSES, type StockTransfer } from '../../domain/types';
import { warehousesFilter } from '../stock-levels/warehouseFilter';
import { StatusChip } from '../../components/StatusChip';
import { WarehouseCodeField } from '../../components/WarehouseCodeField';

const tabs = <StatusTabs kind="transfer" statuses={TRANSFER_STATUSES} />;

const Route = () => (
  <>
    <WarehouseCodeField source="fromWarehouseId" /> → <WarehouseCodeField source="toWarehouseId" />
  </>
);

const lineCount = (transfer: StockTransfer) => transfer.items.length;

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  warehousesFilter('fromWarehouseId', false),
  warehousesFilter('toWarehouseId', false),
];

/** Transfers between warehouses, by status tab; a row opens the transfer and its next steps. */
const TransferList = () => (
  <ResponsiveList
    filters={filters}
    table={
      <>
        {tabs}
        <DataTable<StockTransfer> bulkActionButtons={false} rowClick="show">
          <DataTable.Col source="number" />
          <DataTable.Col source="status">
            <StatusChip kind="transfer" source="status" />
          </DataTable.Col>
          <DataTable.Col source="fromWarehouseId">
            <WarehouseCodeField source="fromWarehouseId" />
          </DataTable.Col>
          <DataTable.Col source="toWarehouseId">
            <WarehouseCodeField source="toWarehouseId" />
          </DataTable.Col>
          <DataTable.Col source="items" align="right" disableSort>
            <FunctionField<StockTransfer> render={lineCount} />
          </DataTable.Col>
          <DataTable.Col source="createdAt">
            <LocalDateField source="createdAt" />
          </DataTable.Col>
          <DataTable.Col source="dispatchedAt">
            <LocalDateField source="dispatchedAt" />
          </DataTable.Col>
          <DataTable.Col source="receivedAt">
            <LocalDateField source="receivedAt" />
          </DataTable.Col>
        </DataTable>
      </>
    }
    small={
      <>
        {tabs}
        <SimpleList<StockTransfer>
          linkType="show"
          primaryText={(transfer) => transfer.number}
          secondaryText={() => <Route />}
          tertiaryText={() => <StatusChip kind="transfer" source="status" />}
        />
      </>
    }
  />
);

export default TransferList;
