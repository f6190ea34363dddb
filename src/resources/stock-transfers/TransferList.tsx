import { Tab, Tabs } from '@mui/material';
import { DataTable, FunctionField, SearchInput, SimpleList, useListContext, useTranslate } from 'react-admin';
import { LocalDateField } from '../../components/LocalDateField';
import { ResponsiveList } from '../../components/ResponsiveList';
import { TRANSFER_STATUSES, type StockTransfer } from '../../domain/types';
import { warehousesFilter } from '../stock-levels/warehouseFilter';
import { TransferStatusChip } from './TransferStatusChip';
import { WarehouseCodeField } from '../../components/WarehouseCodeField';

const ALL = 'all';

/** One tab per status, plus all of them; the tab is the list's `status` filter. */
const StatusTabs = () => {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const translate = useTranslate();
  const current = typeof filterValues.status === 'string' ? filterValues.status : ALL;
  const select = (status: string) => {
    const { status: _previous, ...others } = filterValues as Record<string, unknown>;
    setFilters(status === ALL ? others : { ...others, status }, displayedFilters);
  };
  return (
    <Tabs
      value={current}
      onChange={(_event, status: string) => select(status)}
      variant="scrollable"
      allowScrollButtonsMobile
      // Zero width, stretched to the container: the tabs scroll instead of widening the page on a phone.
      sx={{ borderBottom: 1, borderColor: 'divider', width: 0, minWidth: '100%' }}
    >
      <Tab value={ALL} label={translate('kontor.stock-transfers.tabs.all')} sx={{ minHeight: 48 }} />
      {TRANSFER_STATUSES.map((status) => (
        <Tab
          key={status}
          value={status}
          label={translate(`kontor.stock-transfers.status.${status}`)}
          sx={{ minHeight: 48 }}
        />
      ))}
    </Tabs>
  );
};

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
        <StatusTabs />
        <DataTable<StockTransfer> bulkActionButtons={false} rowClick="show">
          <DataTable.Col source="number" />
          <DataTable.Col source="status">
            <TransferStatusChip />
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
        <StatusTabs />
        <SimpleList<StockTransfer>
          linkType="show"
          primaryText={(transfer) => transfer.number}
          secondaryText={() => <Route />}
          tertiaryText={() => <TransferStatusChip />}
        />
      </>
    }
  />
);

export default TransferList;
