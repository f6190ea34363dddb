/**
 * The order and shipment workflow routes, mounted before the generic REST
 * bridge. Every write is one transaction: refused requests change nothing.
 *
 *   POST /orders/:id/transitions      { to, reason?, version? }            → 200 Order
 *   POST /orders/:id/shipments        { warehouseId?, carrier, trackingNumber, items: [{ productId, quantity }] }
 *                                                                           → 201 { shipment, order }
 *   POST /shipments/:id/transitions   { to, version? }                      → 200 { shipment, order }
 *   POST /shipments/bulk-transition   { ids, to }                           → 200 { shipments }
 *   POST /orders/:id/returns          { items: [{ productId, quantity, restock, warehouseId? }], reason, version? }
 *                                                                           → 201 { return, order }
 *   POST /orders/:id/refunds          { amount, reason, version? }          → 201 { refund, order }
 *   GET  /pick-list?orderIds=[…] | ?warehouseId=…                           → 200 PickList
 *   GET  /orders/export-lines.csv?filter=…&sort=…                           → 200 CSV, one row per line
 */
import type { Response } from 'express';
import type { Order, Shipment } from '../../src/domain/types';
import type { Handler } from '../http/mount';
import { checkVersion, findOr404, present } from '../rest/bridge';
import type { Store, StoredRecord } from '../store/store';
import { exportOrderLines, orderTotals } from './listViews';
import { buildPickList, ordersToPick } from './pickList';
import type { ResourceRules } from '../rest/rules';
import { orderRules, shipmentRules } from './resources';
import { createRefund, createReturn } from './returns';
import { advanceShipment, bulkAdvance, createShipment, parseBulk } from './shipping';
import { transitionOrder } from './transitions';

type OrderEndpoint =
  | 'transitionOrder'
  | 'createShipment'
  | 'bulkTransitionShipments'
  | 'transitionShipment'
  | 'createReturn'
  | 'createRefund'
  | 'pickList'
  | 'exportOrderLines'
  | 'orderTotals';

export function ordersHandlers(store: Store): Record<OrderEndpoint, Handler> {
  /** The record, refused with 409 when the request names a version that is no longer current. */
  const find = (rules: ResourceRules, id: unknown, input: Record<string, unknown>) => {
    const record = findOr404(store, rules, id);
    checkVersion(input, record);
    return record;
  };
  const findOrder = (id: unknown, input: Record<string, unknown>) =>
    find(orderRules, id, input) as unknown as Order;
  const findShipment = (id: unknown, input: Record<string, unknown>) =>
    find(shipmentRules, id, input) as unknown as Shipment;
  const showOrder = (order: Order, res: Response) =>
    present(store, orderRules, order as unknown as StoredRecord, res);

  return {
    transitionOrder: ({ params, body, ctx, res }) => {
      const order = store.transact((tx) => transitionOrder(tx, store, ctx, findOrder(params.id, body), body));
      return showOrder(order, res);
    },
    createShipment: ({ params, body, ctx, res }) => {
      const result = store.transact((tx) => createShipment(tx, store, ctx, findOrder(params.id, body), body));
      return { shipment: result.shipment, order: showOrder(result.order, res) };
    },
    bulkTransitionShipments: ({ body, ctx }) => {
      const { ids, to } = parseBulk(body);
      return { shipments: store.transact((tx) => bulkAdvance(tx, store, ctx, ids, to)) };
    },
    transitionShipment: ({ params, body, ctx, res }) => {
      const result = store.transact((tx) =>
        advanceShipment(tx, store, ctx, findShipment(params.id, body), body.to),
      );
      return { shipment: result.shipment, order: showOrder(result.order, res) };
    },
    createReturn: ({ params, body, ctx, res }) => {
      const result = store.transact((tx) => createReturn(tx, store, ctx, findOrder(params.id, body), body));
      return { return: result.return, order: showOrder(result.order, res) };
    },
    createRefund: ({ params, body, ctx, res }) => {
      const result = store.transact((tx) => createRefund(tx, ctx, findOrder(params.id, body), body));
      return { refund: result.refund, order: showOrder(result.order, res) };
    },
    pickList: ({ query }) => {
      const orders = ordersToPick(store, query);
      return store.transact((tx) => buildPickList(tx, store, orders, 'orderIds' in query));
    },
    exportOrderLines: exportOrderLines(store),
    orderTotals: orderTotals(store),
  };
}
