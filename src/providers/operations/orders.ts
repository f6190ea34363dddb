/** Named orders operations of the data provider (beyond CRUD); each calls one API endpoint. */
import type {
  Carrier,
  Cents,
  Id,
  Order,
  OrderReturn,
  OrderStatus,
  Refund,
  Shipment,
  ShipmentStatus,
} from '../../domain/types';
import { callApi } from './request';

/** An order as the API shows it: the stored record plus what it computes per request. */
export type PresentedOrder = Order & { late: boolean; paidTotal: Cents; balance: Cents };

export interface OrderTransitionRequest {
  to: OrderStatus;
  reason?: string;
  /** The version the user saw; a stale one is refused with 409. */
  version?: number;
}

export interface ShipmentRequestBody {
  /** Null or left out: the order's own warehouse. */
  warehouseId?: Id | null;
  carrier: Carrier;
  trackingNumber: string;
  items: { productId: Id; quantity: number }[];
  version?: number;
}

export interface ReturnRequestBody {
  items: { productId: Id; quantity: number; restock: boolean; warehouseId?: Id | null }[];
  reason: string;
  version?: number;
}

export interface RefundRequestBody {
  amount: Cents;
  reason: string;
  version?: number;
}

export interface ShipmentResult {
  shipment: Shipment;
  order: PresentedOrder;
}

export interface PickOrderRef {
  orderId: Id;
  number: string;
  quantity: number;
}

export interface PickLine {
  productId: Id;
  sku: string;
  name: string;
  quantity: number;
  orders: PickOrderRef[];
}

export interface PickBin {
  binLocation: string;
  lines: PickLine[];
}

export interface PickWarehouse {
  warehouseId: Id;
  code: string;
  name: string;
  bins: PickBin[];
}

export interface PickList {
  orderCount: number;
  warehouses: PickWarehouse[];
}

/** A batch of orders by id, or every order of a warehouse that still has something to pick. */
export type PickListQuery = { orderIds: readonly Id[] } | { warehouseId: Id };

/** `orderIds=[4,7]` or `warehouseId=2`: the API's pick-list query, also the console page's. */
export function pickListSearch(query: PickListQuery): string {
  return 'orderIds' in query
    ? `orderIds=${encodeURIComponent(JSON.stringify(query.orderIds))}`
    : `warehouseId=${encodeURIComponent(query.warehouseId)}`;
}

export const ordersOperations = {
  transitionOrder: (orderId: Id, body: OrderTransitionRequest) =>
    callApi<PresentedOrder>('POST', `/orders/${orderId}/transitions`, body),

  createShipment: (orderId: Id, body: ShipmentRequestBody) =>
    callApi<ShipmentResult>('POST', `/orders/${orderId}/shipments`, body),

  transitionShipment: (shipmentId: Id, body: { to: ShipmentStatus; version?: number }) =>
    callApi<ShipmentResult>('POST', `/shipments/${shipmentId}/transitions`, body),

  /** All or nothing: a 409 carries one refusal reason per shipment id in `errors`. */
  bulkTransitionShipments: (body: { ids: readonly Id[]; to: ShipmentStatus }) =>
    callApi<{ shipments: Shipment[] }>('POST', '/shipments/bulk-transition', body),

  createReturn: (orderId: Id, body: ReturnRequestBody) =>
    callApi<{ return: OrderReturn; order: PresentedOrder }>('POST', `/orders/${orderId}/returns`, body),

  createRefund: (orderId: Id, body: RefundRequestBody) =>
    callApi<{ refund: Refund; order: PresentedOrder }>('POST', `/orders/${orderId}/refunds`, body),

  getPickList: (query: PickListQuery) => callApi<PickList>('GET', `/pick-list?${pickListSearch(query)}`),
};
