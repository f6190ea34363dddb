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
 */
import { Router, type Response } from 'express';
import type { Order, Shipment } from '../../src/domain/types';
import { authorize } from '../http/access';
import { ctxOf } from '../http/context';
import { route } from '../http/errors';
import { bodyOf, checkVersion, findOr404, present } from '../rest/bridge';
import type { Store, StoredRecord } from '../store/store';
import { buildPickList, ordersToPick } from './pickList';
import type { ResourceRules } from '../rest/rules';
import { orderRules, shipmentRules } from './resources';
import { createRefund, createReturn } from './returns';
import { advanceShipment, bulkAdvance, createShipment, parseBulk } from './shipping';
import { transitionOrder } from './transitions';

export function ordersRoutes(store: Store): Router {
  const router = Router();
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

  router.post(
    '/orders/:id/transitions',
    route((req, res) => {
      const ctx = ctxOf(res);
      authorize(ctx, 'fulfil', 'orders');
      const input = bodyOf(req);
      const order = store.transact((tx) =>
        transitionOrder(tx, store, ctx, findOrder(req.params.id, input), input),
      );
      res.json(showOrder(order, res));
    }),
  );

  router.post(
    '/orders/:id/shipments',
    route((req, res) => {
      const ctx = ctxOf(res);
      authorize(ctx, 'create', 'shipments');
      const input = bodyOf(req);
      const result = store.transact((tx) =>
        createShipment(tx, store, ctx, findOrder(req.params.id, input), input),
      );
      res.status(201).json({ shipment: result.shipment, order: showOrder(result.order, res) });
    }),
  );

  router.post(
    '/shipments/bulk-transition',
    route((req, res) => {
      const ctx = ctxOf(res);
      authorize(ctx, 'edit', 'shipments');
      const { ids, to } = parseBulk(bodyOf(req));
      const shipments = store.transact((tx) => bulkAdvance(tx, store, ctx, ids, to));
      res.json({ shipments });
    }),
  );

  router.post(
    '/shipments/:id/transitions',
    route((req, res) => {
      const ctx = ctxOf(res);
      authorize(ctx, 'edit', 'shipments');
      const input = bodyOf(req);
      const result = store.transact((tx) =>
        advanceShipment(tx, store, ctx, findShipment(req.params.id, input), input.to),
      );
      res.json({ shipment: result.shipment, order: showOrder(result.order, res) });
    }),
  );

  router.post(
    '/orders/:id/returns',
    route((req, res) => {
      const ctx = ctxOf(res);
      authorize(ctx, 'create', 'returns');
      const input = bodyOf(req);
      const result = store.transact((tx) =>
        createReturn(tx, store, ctx, findOrder(req.params.id, input), input),
      );
      res.status(201).json({ return: result.return, order: showOrder(result.order, res) });
    }),
  );

  router.post(
    '/orders/:id/refunds',
    route((req, res) => {
      const ctx = ctxOf(res);
      authorize(ctx, 'create', 'refunds');
      const input = bodyOf(req);
      const result = store.transact((tx) => createRefund(tx, ctx, findOrder(req.params.id, input), input));
      res.status(201).json({ refund: result.refund, order: showOrder(result.order, res) });
    }),
  );

  router.get(
    '/pick-list',
    route((req, res) => {
      authorize(ctxOf(res), 'list', 'orders');
      const orders = ordersToPick(store, req.query as Record<string, unknown>);
      const byIds = 'orderIds' in req.query;
      res.json(store.transact((tx) => buildPickList(tx, store, orders, byIds)));
    }),
  );

  return router;
}
