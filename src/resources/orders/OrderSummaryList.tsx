/**
 * A compact list of orders (number with the late flag, date, status, total) for
 * pages that show the orders of something: a customer, a product.
 * Render it inside a ReferenceManyField or another list context.
 */
import { DataTable, SimpleList } from 'react-admin';
import { LocalDateField } from '../../components/LocalDateField';
import { MoneyField } from '../../components/MoneyField';
import { Responsive } from '../../components/ResponsiveList';
import { StatusChip } from '../../components/StatusChip';
import type { Order } from '../../domain/types';
import { LateChip, OrderNumberField } from './LateChip';

export const OrderSummaryList = () => (
  <Responsive
    wide={
      <DataTable<Order> bulkActionButtons={false}>
        <DataTable.Col source="number">
          <OrderNumberField />
        </DataTable.Col>
        <DataTable.Col source="placedAt">
          <LocalDateField source="placedAt" />
        </DataTable.Col>
        <DataTable.Col source="status">
          <StatusChip kind="order" source="status" />
        </DataTable.Col>
        <DataTable.Col source="total" align="right">
          <MoneyField source="total" />
        </DataTable.Col>
      </DataTable>
    }
    small={
      <SimpleList<Order>
        primaryText={(order) => order.number}
        secondaryText={() => (
          <>
            <LocalDateField source="placedAt" showTime={false} /> · <MoneyField source="total" />
          </>
        )}
        tertiaryText={() => (
          <>
            <StatusChip kind="order" source="status" /> <LateChip />
          </>
        )}
      />
    }
  />
);
