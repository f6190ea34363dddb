/**
 * A compact list of orders (number with the late flag, date, status, total) for
 * pages that show the orders of something: a customer, a product.
 * Render it inside a ReferenceManyField or another list context.
 */
import type { ReactNode } from 'react';
import { DataTable, SimpleList } from 'react-admin';
import { LocalDateField } from '../../components/LocalDateField';
import { MoneyField } from '../../components/MoneyField';
import { Responsive } from '../../components/ResponsiveList';
import { StatusChip } from '../../components/StatusChip';
import type { Order } from '../../domain/types';
import { LateChip, OrderNumberField } from './LateChip';

export interface OrderSummaryListProps {
  /**
   * What to show when there are none. Without it react-admin's list says "No orders found using the
   * current filters. Clear filters" whenever the page narrows the orders with a fixed filter.
   */
  empty?: ReactNode;
}

export const OrderSummaryList = ({ empty }: OrderSummaryListProps) => (
  <Responsive
    wide={
      <DataTable<Order> bulkActionButtons={false} empty={empty}>
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
        empty={empty}
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
