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
import type { Database, RecordReader, StoredRecord } from '../store/database';
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

export function ordersHandlers(db: Database): Record<OrderEndpoint, Handler> {
  /** The record as the transaction sees it, refused with 409 when the request names a version that is no longer current. */
  const find = async (
    tx: RecordReader,
    rules: ResourceRules,
    id: unknown,
    input: Record<string, unknown>,
  ) => {
    const record = await findOr404(tx, rules, id);
    checkVersion(input, record);
    return record;
  };
  const findOrder = async (tx: RecordReader, id: unknown, input: Record<string, unknown>) =>
    (await find(tx, orderRules, id, input)) as unknown as Order;
  const findShipment = async (tx: RecordReader, id: unknown, input: Record<string, unknown>) =>
    (await find(tx, shipmentRules, id, input)) as unknown as Shipment;
  const showOrder = (order: Order, res: Response) =>
    present(db, orderRules, order as unknown as StoredRecord, res);

  return {
    transitionOrder: async ({ params, body, ctx, res }) => {
      const order = await db.transact(async (tx) =>
        transitionOrder(tx, ctx, await findOrder(tx, params.id, body), body),
      );
      return showOrder(order, res);
    },
    createShipment: async ({ params, body, ctx, res }) => {
      const result = await db.transact(async (tx) =>
        createShipment(tx, ctx, await findOrder(tx, params.id, body), body),
      );
      return { shipment: result.shipment, order: await showOrder(result.order, res) };
    },
    bulkTransitionShipments: async ({ body, ctx }) => {
      const { ids, to } = parseBulk(body);
      return { shipments: await db.transact((tx) => bulkAdvance(tx, ctx, ids, to)) };
    },
    transitionShipment: async ({ params, body, ctx, res }) => {
      const result = await db.transact(async (tx) =>
        advanceShipment(tx, ctx, await findShipment(tx, params.id, body), body.to),
      );
      return { shipment: result.shipment, order: await showOrder(result.order, res) };
    },
    createReturn: async ({ params, body, ctx, res }) => {
      const result = await db.transact(async (tx) =>
        createReturn(tx, ctx, await findOrder(tx, params.id, body), body),
      );
      return { return: result.return, order: await showOrder(result.order, res) };
    },
    createRefund: async ({ params, body, ctx, res }) => {
      const result = await db.transact(async (tx) =>
        createRefund(tx, ctx, await findOrder(tx, params.id, body), body),
      );
      return { refund: result.refund, order: await showOrder(result.order, res) };
    },
    // Read-only, in a transaction all the same: every order and level is read as of one moment.
    pickList: ({ query }) =>
      db.transact(async (tx) => buildPickList(tx, await ordersToPick(tx, query), 'orderIds' in query)),
    exportOrderLines: exportOrderLines(db),
    orderTotals: orderTotals(db),
  };
}
