import { Box } from '@mui/material';
import { DataTable, TopToolbar } from 'react-admin';
import { FilterTools } from '../../components/SavedFilterPresets';
import { ResponsiveList } from '../../components/ResponsiveList';
import { useWarehouseDefaults } from './access';
import { StockActionsProvider } from './StockActions';
import {
  AvailableCell,
  DaysOfCoverField,
  DENSE_TABLE_SX,
  ProductCell,
  type StockLevelView,
} from './stockFields';
import { stockLevelFilters } from './stockFilters';
import { StockLevelCards } from './StockLevelCards';
import { StockRowActions } from './StockRowActions';
import { StockShortcuts } from './StockShortcuts';
import { WarehouseCodeField } from '../../components/WarehouseCodeField';

const StockListActions = () => (
  <TopToolbar sx={{ flexWrap: 'wrap' }}>
    <FilterTools />
    <StockShortcuts />
  </TopToolbar>
);

const StockTable = () => (
  <DataTable<StockLevelView> bulkActionButtons={false} rowClick="show" sx={DENSE_TABLE_SX}>
    <DataTable.Col source="productId">
      <ProductCell />
    </DataTable.Col>
    <DataTable.Col source="warehouseId">
      <WarehouseCodeField />
    </DataTable.Col>
    <DataTable.NumberCol source="onHand" />
    <DataTable.NumberCol source="reserved" />
    <DataTable.Col source="available" align="right">
      <AvailableCell />
    </DataTable.Col>
    <DataTable.NumberCol source="reorderPoint" />
    <DataTable.Col source="binLocation" />
    <DataTable.Col source="daysOfCover" disableSort>
      <DaysOfCoverField />
    </DataTable.Col>
    <DataTable.Col label="kontor.stock-levels.actions.title" disableSort>
      <StockRowActions />
    </DataTable.Col>
  </DataTable>
);

/**
 * Stock per product and warehouse. The search box takes scans: Enter on an
 * exact SKU or barcode opens the count dialog. Warehouse staff start with
 * their own warehouses.
 */
const StockLevelList = () => {
  const defaults = useWarehouseDefaults();
  return (
    <StockActionsProvider>
      <ResponsiveList
        filters={stockLevelFilters}
        filterDefaultValues={defaults}
        actions={<StockListActions />}
        table={
          <Box sx={{ overflowX: 'auto' }}>
            <StockTable />
          </Box>
        }
        small={<StockLevelCards />}
      />
    </StockActionsProvider>
  );
};

export default StockLevelList;
