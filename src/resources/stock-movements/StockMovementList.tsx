import { Box } from '@mui/material';
import { ReferenceInput, SearchInput, SelectInput, TopToolbar, useCanAccess } from 'react-admin';
import { FilterTools } from '../../components/SavedFilterPresets';
import { PresetSwitch } from '../../components/PresetSwitch';
import { dateRangeFilters } from '../../components/rangeFilters';
import { ResponsiveList } from '../../components/ResponsiveList';
import { statusChoices } from '../../components/statusColors';
import { readSession } from '../../providers/session';
import { useWarehouseDefaults } from '../stock-levels/access';
import { warehouseFilter } from '../stock-levels/warehouseFilter';
import { CsvExportButton } from '../../components/CsvExportButton';
import { MovementSimpleList, MovementTable } from './MovementTable';

/**
 * Who made a movement: any user for those who may read users; everyone else
 * can narrow the ledger to their own movements.
 */
function useUserFilter() {
  const { canAccess: canReadUsers } = useCanAccess({ resource: 'users', action: 'list' });
  if (canReadUsers) return <ReferenceInput key="userId" source="userId" reference="users" />;
  return (
    <PresetSwitch
      key="userId"
      source="userId"
      value={readSession()?.user.id}
      label="kontor.stock-movements.mine"
    />
  );
}

const LedgerActions = () => (
  <TopToolbar>
    <FilterTools />
    <CsvExportButton />
  </TopToolbar>
);

/**
 * The stock ledger: every movement, newest first, filterable by product,
 * warehouse, reason, user and date, exportable in full. A mistaken manual
 * adjustment is reversed, never edited.
 */
const StockMovementList = () => {
  const defaults = useWarehouseDefaults();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <ReferenceInput key="productId" source="productId" reference="products" alwaysOn />,
    warehouseFilter,
    <SelectInput key="reason" source="reason" choices={statusChoices('stockReason')} />,
    useUserFilter(),
    ...dateRangeFilters('createdAt'),
  ];
  return (
    <ResponsiveList
      filters={filters}
      filterDefaultValues={defaults}
      actions={<LedgerActions />}
      table={
        <Box sx={{ overflowX: 'auto' }}>
          <MovementTable withProduct />
        </Box>
      }
      small={<MovementSimpleList withProduct />}
    />
  );
};

export default StockMovementList;
