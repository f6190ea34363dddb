/**
 * An order's shipments, returns and refunds, fetched once per order page and
 * shared by every part of it (react-query dedupes the identical queries), and
 * what the domain derives from them.
 */
import { useGetList, type GetListParams } from 'react-admin';
import { committedQuantities, remainingQuantities, sumLines, type Quantities } from '../../domain/shipments';
import type { Id, Order, OrderReturn, Refund, Shipment } from '../../domain/types';
import { useCurrentUser, userCan } from './currentUser';

/** No order has anywhere near this many shipments, returns or refunds. */
const ALL_OF_ONE_ORDER = 200;

function childParams(orderId: Id | undefined): Pick<GetListParams, 'filter' | 'pagination' | 'sort'> {
  return {
    filter: { orderId },
    pagination: { page: 1, perPage: ALL_OF_ONE_ORDER },
    sort: { field: 'id', order: 'ASC' },
  };
}

function useChildren<T extends { id: Id }>(resource: string, orderId: Id | undefined) {
  const user = useCurrentUser();
  const allowed = userCan(user, 'list', resource);
  const { data, isPending } = useGetList<T>(resource, childParams(orderId), {
    enabled: allowed && orderId !== undefined,
  });
  return { records: data ?? [], loaded: allowed && !isPending, allowed };
}

export const useOrderShipments = (orderId: Id | undefined) => useChildren<Shipment>('shipments', orderId);
export const useOrderReturns = (orderId: Id | undefined) => useChildren<OrderReturn>('returns', orderId);
export const useOrderRefunds = (orderId: Id | undefined) => useChildren<Refund>('refunds', orderId);

/** Units of each product not yet on a (live) shipment: what a new shipment may take. */
export function openToShip(order: Pick<Order, 'items'>, shipments: readonly Shipment[]): Quantities {
  return remainingQuantities(sumLines(order.items), committedQuantities(shipments));
}
