import { Stack } from '@mui/material';
import { NumberField, ReferenceField, Show, TextField, useRecordContext } from 'react-admin';
import { DetailGrid } from '../../components/DetailGrid';
import { LocalDateField } from '../../components/LocalDateField';
import { MovementHistory } from '../stock-movements/MovementHistory';
import { StockActionsProvider } from './StockActions';
import { StockFigures, StockLevelHeading } from './StockFigures';
import { DaysOfCoverField, InTransitField, UnitsPerDayField, type StockLevelView } from './stockFields';
import { StockRowActions } from './StockRowActions';
import { WarehouseCodeField } from '../../components/WarehouseCodeField';

const field = (name: string) => `resources.stock-levels.fields.${name}`;

const StockLevelDetails = () => {
  const level = useRecordContext<StockLevelView>();
  if (!level) return null;
  return (
    <Stack spacing={3} sx={{ p: 2 }}>
      <Stack spacing={1.5}>
        <StockLevelHeading level={level} />
        <StockFigures level={level} />
        <StockRowActions size="large" />
      </Stack>
      <DetailGrid columns={4}>
        <NumberField source="reorderPoint" />
        <TextField source="binLocation" emptyText="—" />
        <UnitsPerDayField label={field('unitsPerDay')} />
        <DaysOfCoverField label={field('daysOfCover')} />
        <NumberField source="suggestedReorderQuantity" />
        <InTransitField label={field('inTransit')} />
        <LocalDateField source="updatedAt" />
      </DetailGrid>
      <MovementHistory productId={level.productId} warehouseId={level.warehouseId} />
    </Stack>
  );
};

/** The product and warehouse as the page title, rather than the record's number. */
const StockLevelTitle = () => (
  <span>
    <ProductTitle /> · <WarehouseCodeField />
  </span>
);

const ProductTitle = () => (
  <ReferenceField source="productId" reference="products" link={false}>
    <TextField source="name" variant="inherit" />
  </ReferenceField>
);

/** One product in one warehouse: its numbers, the stock actions, and its movements with a running balance. */
const StockLevelShow = () => (
  <StockActionsProvider>
    <Show actions={false} title={<StockLevelTitle />}>
      <StockLevelDetails />
    </Show>
  </StockActionsProvider>
);

export default StockLevelShow;
