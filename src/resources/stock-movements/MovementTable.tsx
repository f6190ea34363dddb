import { Stack } from '@mui/material';
import { DataTable, ReferenceField, SimpleList, useTranslate } from 'react-admin';
import { DeltaField } from '../../components/DeltaField';
import { LocalDateField } from '../../components/LocalDateField';
import { StatusChip } from '../../components/StatusChip';
import { UserField } from '../../components/UserField';
import type { StockMovement } from '../../domain/types';
import { DENSE_TABLE_SX } from '../stock-levels/stockFields';
import { ReverseMovementButton } from './ReverseMovementButton';
import { ReversalsProvider } from './reversals';
import { WarehouseCodeField } from '../../components/WarehouseCodeField';

export interface MovementViewProps {
  /** The ledger shows product and warehouse; a stock level's history already knows them. */
  withProduct?: boolean;
}

/** Ledger rows, newest first, each with its reason, signed change, balance after and author. */
export const MovementTable = ({ withProduct = false }: MovementViewProps) => (
  <ReversalsProvider>
    <DataTable<StockMovement> bulkActionButtons={false} rowClick={false} sx={DENSE_TABLE_SX}>
      <DataTable.Col source="createdAt">
        <LocalDateField source="createdAt" />
      </DataTable.Col>
      {withProduct && (
        <DataTable.Col source="productId">
          <ReferenceField source="productId" reference="products" />
        </DataTable.Col>
      )}
      {withProduct && (
        <DataTable.Col source="warehouseId">
          <WarehouseCodeField />
        </DataTable.Col>
      )}
      <DataTable.Col source="reason">
        <StatusChip kind="stockReason" source="reason" />
      </DataTable.Col>
      <DataTable.Col source="delta" align="right">
        <DeltaField source="delta" />
      </DataTable.Col>
      <DataTable.NumberCol source="balanceAfter" />
      <DataTable.Col source="userId">
        <UserField source="userId" />
      </DataTable.Col>
      <DataTable.Col source="note" disableSort />
      <DataTable.Col label="kontor.stock-levels.actions.title" disableSort>
        <ReverseMovementButton />
      </DataTable.Col>
    </DataTable>
  </ReversalsProvider>
);

/** The same rows for phones. */
export const MovementSimpleList = ({ withProduct = false }: MovementViewProps) => {
  const translate = useTranslate();
  return (
    <SimpleList<StockMovement>
      rowClick={false}
      primaryText={() =>
        withProduct ? (
          <ReferenceField source="productId" reference="products" link={false} />
        ) : (
          <StatusChip kind="stockReason" source="reason" />
        )
      }
      secondaryText={(movement) => (
        <>
          <LocalDateField source="createdAt" />
          {withProduct && <> · {translate(`kontor.status.stockReason.${movement.reason}`)}</>}
          {movement.note && <> · {movement.note}</>}
        </>
      )}
      tertiaryText={() => (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <DeltaField source="delta" />
          <ReverseMovementButton />
        </Stack>
      )}
    />
  );
};
