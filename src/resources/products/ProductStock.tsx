import { Box, Typography } from '@mui/material';
import {
  DataTable,
  Link,
  ReferenceField,
  ReferenceManyField,
  SimpleList,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DeltaField } from '../../components/DeltaField';
import { LocalDateField } from '../../components/LocalDateField';
import { Responsive } from '../../components/ResponsiveList';
import { StatusChip } from '../../components/StatusChip';
import type { StockLevel, StockMovement } from '../../domain/types';
import { AvailableField } from '../stock-levels/AvailableField';
import type { ProductRow } from './types';

const RECENT_MOVEMENTS = 10;

const WarehouseName = () => <ReferenceField source="warehouseId" reference="warehouses" link={false} />;

const StockTotal = () => {
  const record = useRecordContext<ProductRow>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (typeof record?.available !== 'number') return null;
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
      {translate('kontor.products.stock.total', { count: record.available.toLocaleString(locale) })}
    </Typography>
  );
};

/** The product's stock level in every warehouse (the API limits warehouse staff to their own). */
export const ProductStockLevels = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ minWidth: 0, width: '100%' }}>
      <StockTotal />
      <ReferenceManyField<ProductRow, StockLevel>
        reference="stock-levels"
        target="productId"
        perPage={100}
        sort={{ field: 'warehouseId', order: 'ASC' }}
        empty={<Typography variant="body2">{translate('kontor.products.stock.none')}</Typography>}
      >
        <Responsive
          wide={
            <DataTable<StockLevel> bulkActionButtons={false} rowClick={false}>
              <DataTable.Col source="warehouseId">
                <WarehouseName />
              </DataTable.Col>
              <DataTable.NumberCol source="onHand" />
              <DataTable.NumberCol source="reserved" />
              <DataTable.Col source="available" align="right">
                <AvailableField />
              </DataTable.Col>
              <DataTable.NumberCol source="reorderPoint" />
              <DataTable.Col source="binLocation" />
            </DataTable>
          }
          small={
            <SimpleList<StockLevel>
              rowClick={false}
              primaryText={() => <WarehouseName />}
              secondaryText={(level) =>
                `${translate('resources.stock-levels.fields.binLocation')}: ${level.binLocation || '—'}`
              }
              tertiaryText={() => <AvailableField />}
            />
          }
        />
      </ReferenceManyField>
    </Box>
  );
};

/** The product's latest stock movements, with a link to all of them in the ledger. */
export const RecentStockMovements = () => {
  const record = useRecordContext<ProductRow>();
  const translate = useTranslate();
  if (!record) return null;
  const allMovements = `/stock-movements?filter=${encodeURIComponent(JSON.stringify({ productId: record.id }))}`;
  return (
    <Box sx={{ minWidth: 0, width: '100%' }}>
      <ReferenceManyField<ProductRow, StockMovement>
        reference="stock-movements"
        target="productId"
        perPage={RECENT_MOVEMENTS}
        sort={{ field: 'createdAt', order: 'DESC' }}
        pagination={false}
        empty={<Typography variant="body2">{translate('kontor.products.stock.noMovements')}</Typography>}
      >
        <Responsive
          wide={
            <DataTable<StockMovement> bulkActionButtons={false} rowClick={false}>
              <DataTable.Col source="createdAt">
                <LocalDateField source="createdAt" />
              </DataTable.Col>
              <DataTable.Col source="warehouseId">
                <WarehouseName />
              </DataTable.Col>
              <DataTable.Col source="delta" align="right">
                <DeltaField source="delta" />
              </DataTable.Col>
              <DataTable.Col source="reason">
                <StatusChip kind="stockReason" source="reason" />
              </DataTable.Col>
              <DataTable.NumberCol source="balanceAfter" />
            </DataTable>
          }
          small={
            <SimpleList<StockMovement>
              rowClick={false}
              primaryText={() => <WarehouseName />}
              secondaryText={() => <LocalDateField source="createdAt" />}
              tertiaryText={() => <DeltaField source="delta" />}
            />
          }
        />
      </ReferenceManyField>
      <Link to={allMovements} sx={{ display: 'inline-block', mt: 1 }}>
        {translate('kontor.products.stock.allMovements')}
      </Link>
    </Box>
  );
};
