/** Named orders operations of the data provider (beyond CRUD); each calls one endpoint of the contract. */
import type { BodyOf, ResponseOf } from '../../domain/contract/endpoints';
import type { Id } from '../../domain/types';
import { callEndpoint } from './request';

/** An order as the API shows it: the stored record plus what it computes per request. */
export type PresentedOrder = ResponseOf<'transitionOrder'>;
export type OrderTransitionRequest = BodyOf<'transitionOrder'>;
export type ShipmentRequestBody = BodyOf<'createShipment'>;
export type ReturnRequestBody = BodyOf<'createReturn'>;
export type RefundRequestBody = BodyOf<'createRefund'>;
export type ShipmentResult = ResponseOf<'createShipment'>;
export type PickList = ResponseOf<'pickList'>;
export type PickWarehouse = PickList['warehouses'][number];
export type PickBin = PickWarehouse['bins'][number];
export type PickLine = PickBin['lines'][number];
export type PickOrderRef = PickLine['orders'][number];

/** A batch of orders by id, or every order of a warehouse that still has something to pick. */
export type PickListQuery = { orderIds: readonly Id[] } | { warehouseId: Id };

function pickListParams(query: PickListQuery): { orderIds: string } | { warehouseId: string } {
  return 'orderIds' in query
    ? { orderIds: JSON.stringify(query.orderIds) }
    : { warehouseId: String(query.warehouseId) };
}

/** `orderIds=[4,7]` or `warehouseId=2`: the API's pick-list query, also the console page's. */
export function pickListSearch(query: PickListQuery): string {
  return new URLSearchParams(pickListParams(query)).toString();
}

export type OrderListTotals = ResponseOf<'orderTotals'>;

export const ordersOperations = {
  /** The money of every order a list filter matches, summed as the dashboard sums it. */
  getOrderTotals: (filter: Record<string, unknown>) =>
    callEndpoint('orderTotals', { query: { filter: JSON.stringify(filter) } }),

  transitionOrder: (orderId: Id, body: OrderTransitionRequest) =>
    callEndpoint('transitionOrder', { id: orderId, body }),

  createShipment: (orderId: Id, body: ShipmentRequestBody) =>
    callEndpoint('createShipment', { id: orderId, body }),

  transitionShipment: (shipmentId: Id, body: BodyOf<'transitionShipment'>) =>
    callEndpoint('transitionShipment', { id: shipmentId, body }),

  /** All or nothing: a 409 carries one refusal reason per shipment id in `errors`. */
  bulkTransitionShipments: (body: BodyOf<'bulkTransitionShipments'>) =>
    callEndpoint('bulkTransitionShipments', { body }),

  createReturn: (orderId: Id, body: ReturnRequestBody) => callEndpoint('createReturn', { id: orderId, body }),

  createRefund: (orderId: Id, body: RefundRequestBody) => callEndpoint('createRefund', { id: orderId, body }),

  getPickList: (query: PickListQuery) => callEndpoint('pickList', { query: pickListParams(query) }),
};
