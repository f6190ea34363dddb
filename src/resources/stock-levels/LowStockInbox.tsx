import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import MoveToInboxIcon from '@mui/icons-material/MoveToInbox';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { Box, Typography } from '@mui/material';
import {
  DataTable,
  FilterButton,
  List,
  ReferenceInput,
  TopToolbar,
  useCanAccess,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { PER_PAGE, Responsive } from '../../components/ResponsiveList';
import { useWarehouseDefaults } from './access';
import { StockActionsProvider, useStockActions } from './StockActions';
import {
  AvailableCell,
  DaysOfCoverField,
  DENSE_TABLE_SX,
  ProductCell,
  UnitsPerDayField,
  type StockLevelView,
} from './stockFields';
import { warehouseFilter } from './warehouseFilter';
import { StockLevelCards } from './StockLevelCards';
import { StockShortcuts } from './StockShortcuts';
import { RowAction, RowActions } from './StockRowActions';
import { WarehouseCodeField } from '../../components/WarehouseCodeField';

/** A draft transfer into this warehouse for the suggested quantity, to complete on the create form. */
export function transferDraftPath(level: StockLevelView): string {
  const draft = {
    toWarehouseId: level.warehouseId,
    items: [{ productId: level.productId, quantity: Math.max(1, level.suggestedReorderQuantity) }],
  };
  return `/stock-transfers/create?source=${encodeURIComponent(JSON.stringify(draft))}`;
}

/** Receive the suggested quantity here, or ask another warehouse for it. */
const InboxActions = ({ size = 'compact' }: { size?: 'compact' | 'large' }) => {
  const level = useRecordContext<StockLevelView>();
  const actions = useStockActions();
  const navigate = useNavigate();
  const { canAccess: canTransfer } = useCanAccess({ resource: 'stock-transfers', action: 'create' });
  if (!level) return null;
  return (
    <RowActions size={size}>
      {actions.canAdjust(level.warehouseId) && (
        <RowAction
          size={size}
          primary
          icon={<MoveToInboxIcon />}
          label="kontor.stock-levels.lowStock.receive"
          onClick={() =>
            actions.adjust({
              level,
              reason: 'receipt',
              quantity: level.suggestedReorderQuantity || undefined,
            })
          }
        />
      )}
      {canTransfer && (
        <RowAction
          size={size}
          icon={<LocalShippingIcon />}
          label="kontor.stock-levels.lowStock.transfer"
          onClick={() => navigate(transferDraftPath(level))}
        />
      )}
    </RowActions>
  );
};

const Suggestion = () => {
  const level = useRecordContext<StockLevelView>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!level) return null;
  return (
    <Typography variant="body2" sx={{ mb: 1 }}>
      <UnitsPerDayField /> ·{' '}
      {translate('kontor.stock-levels.lowStock.suggested', {
        quantity: level.suggestedReorderQuantity.toLocaleString(locale),
      })}
    </Typography>
  );
};

const InboxTable = () => (
  <DataTable<StockLevelView> bulkActionButtons={false} rowClick="show" sx={DENSE_TABLE_SX}>
    <DataTable.Col source="productId">
      <ProductCell />
    </DataTable.Col>
    <DataTable.Col source="warehouseId">
      <WarehouseCodeField />
    </DataTable.Col>
    <DataTable.Col source="available" align="right">
      <AvailableCell />
    </DataTable.Col>
    <DataTable.NumberCol source="reorderPoint" />
    <DataTable.Col source="unitsPerDay" disableSort>
      <UnitsPerDayField />
    </DataTable.Col>
    <DataTable.Col source="daysOfCover" disableSort>
      <DaysOfCoverField />
    </DataTable.Col>
    <DataTable.NumberCol source="suggestedReorderQuantity" disableSort />
    <DataTable.Col label="kontor.stock-levels.actions.title" disableSort>
      <InboxActions />
    </DataTable.Col>
  </DataTable>
);

const InboxEmpty = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', py: 6, px: 2, color: 'text.secondary', flex: 1 }}>
      <TaskAltIcon sx={{ fontSize: 64, opacity: 0.5 }} />
      <Typography variant="h6" component="p" sx={{ mt: 1 }}>
        {translate('kontor.stock-levels.lowStock.empty')}
      </Typography>
    </Box>
  );
};

const filters = [
  warehouseFilter,
  <ReferenceInput key="categoryId" source="categoryId" reference="categories" />,
];

/**
 * Every stock level at or below its reorder point, the least available
 * first, with how fast it sells and how much to order. Receiving here or
 * asking another warehouse for goods are one click away; what is restocked
 * above its reorder point leaves the inbox.
 */
const LowStockInbox = () => {
  const defaults = useWarehouseDefaults();
  return (
    <StockActionsProvider>
      <List
        resource="stock-levels"
        storeKey="stock-levels.lowStock"
        title="kontor.stock-levels.lowStock.title"
        filter={{ lowStock: true }}
        filters={filters}
        filterDefaultValues={defaults}
        sort={{ field: 'available', order: 'ASC' }}
        perPage={PER_PAGE}
        empty={<InboxEmpty />}
        actions={
          <TopToolbar sx={{ flexWrap: 'wrap' }}>
            <FilterButton disableSaveQuery />
            <StockShortcuts inbox={false} />
          </TopToolbar>
        }
      >
        <Responsive
          wide={
            <Box sx={{ overflowX: 'auto' }}>
              <InboxTable />
            </Box>
          }
          small={<StockLevelCards details={<Suggestion />} actions={<InboxActions size="large" />} />}
        />
      </List>
    </StockActionsProvider>
  );
};

export default LowStockInbox;
