import { useRecordContext } from 'react-admin';
import type { Cents, Order, OrderItem } from '../../domain/types';

/** Units ordered across all lines. */
export function itemCount(order: Pick<Order, 'items'>): number {
  return order.items.reduce((sum, item) => sum + item.quantity, 0);
}

/** A line's amount after its discount (which applies to the whole line). */
export function lineTotal(item: OrderItem): Cents {
  return item.quantity * item.unitPrice - item.discount;
}

export const ItemCountField = () => {
  const order = useRecordContext<Order>();
  return order ? <span>{itemCount(order)}</span> : null;
};
