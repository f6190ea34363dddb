/**
 * Manual stock changes: one adjustment or count, a batch of receipt lines,
 * and the reversal of a mistaken adjustment. Each posts ledger movements and
 * audits them in one transaction.
 */
import { Router } from 'express';
import { DomainError, hasProblems, problem, type FieldProblems } from '../../src/domain/errors';
import { deltaForCount, validateAdjustment } from '../../src/domain/stock';
import {
  MANUAL_STOCK_REASONS,
  type ManualStockReason,
  type Product,
  type StockLevel,
  type StockMovement,
} from '../../src/domain/types';
import { recordAudit } from '../audit';
import { authorize } from '../http/access';
import { ctxOf, type RequestContext } from '../http/context';
import { route } from '../http/errors';
import { lookupFor } from '../lookups';
import { bodyOf, findOr404 } from '../rest/bridge';
import { rulesFor } from '../rest/rules';
import type { Store, Transaction } from '../store/store';
import { postMovement, requireStockLevel } from './ledger';
import { assertWarehouseAccess } from './scope';

export const MAX_BATCH_LINES = 2000;

function invalid(fields: FieldProblems): DomainError {
  return new DomainError(422, problem('errors.invalid'), fields);
}

/** One audit entry per stock level changed: on hand before and after, and why. */
function auditStockChange(
  tx: Transaction,
  ctx: RequestContext,
  before: StockLevel,
  after: StockLevel,
  note: string,
): void {
  recordAudit(tx, ctx, {
    action: 'adjust',
    resource: 'stock-levels',
    recordId: before.id,
    before: { onHand: before.onHand },
    after: { onHand: after.onHand },
    note,
  });
}

function adjust(tx: Transaction, store: Store, ctx: RequestContext, input: Record<string, unknown>) {
  const problems = validateAdjustment(input, lookupFor(tx));
  if (hasProblems(problems)) throw invalid(problems);
  const productId = input.productId as number;
  const warehouseId = input.warehouseId as number;
  const reason = input.reason as ManualStockReason;
  assertWarehouseAccess(ctx, store, warehouseId);
  const level = requireStockLevel(tx, store, productId, warehouseId);
  if (input.expectedOnHand !== undefined && input.expectedOnHand !== level.onHand) {
    throw new DomainError(
      409,
      problem('errors.staleOnHand', { expected: input.expectedOnHand as number, actual: level.onHand }),
    );
  }
  // A count that confirms the books is still worth a (zero) movement: it records that someone looked.
  const delta =
    reason === 'count'
      ? deltaForCount(level.onHand, input.countedQuantity as number)
      : (input.delta as number);
  const note = typeof input.note === 'string' ? input.note : '';
  const result = postMovement(tx, store, ctx, { productId, warehouseId, delta, reason, note });
  auditStockChange(tx, ctx, level, result.level, note ? `${reason}: ${note}` : reason);
  return { movement: result.movement, stockLevel: result.level };
}

interface BatchLine {
  sku?: unknown;
  productId?: unknown;
  quantity?: unknown;
}

/** Resolves batch lines (by SKU, barcode or id) and sums repeated products, as a scanner repeats a scan. */
function resolveLines(
  tx: Transaction,
  lines: BatchLine[],
): { totals: Map<number, number>; problems: FieldProblems } {
  const byCode = new Map<string, Product>();
  for (const p of tx.all<Product>('products')) {
    byCode.set(p.sku.toLowerCase(), p);
    if (p.barcode) byCode.set(p.barcode, p);
  }
  const totals = new Map<number, number>();
  const problems: FieldProblems = {};
  lines.forEach((line, index) => {
    const lineNo = index + 1;
    const code = typeof line.sku === 'string' ? line.sku.trim().toLowerCase() : null;
    const product = code !== null ? byCode.get(code) : tx.get<Product>('products', Number(line.productId));
    if (!product)
      problems[`lines.${index}.sku`] = problem('errors.unknownSku', {
        line: lineNo,
        sku: String(line.sku ?? line.productId ?? ''),
      });
    if (!Number.isInteger(line.quantity) || (line.quantity as number) <= 0) {
      problems[`lines.${index}.quantity`] = problem('errors.lineQuantity', { line: lineNo });
    }
    if (product && Number.isInteger(line.quantity))
      totals.set(product.id, (totals.get(product.id) ?? 0) + (line.quantity as number));
  });
  return { totals, problems };
}

function receiveBatch(tx: Transaction, store: Store, ctx: RequestContext, input: Record<string, unknown>) {
  const warehouseId = input.warehouseId;
  const reason = (input.reason ?? 'receipt') as ManualStockReason;
  const problems: FieldProblems = {};
  if (!Number.isInteger(warehouseId) || !tx.get('warehouses', warehouseId as number)) {
    problems.warehouseId = problem(
      warehouseId === undefined ? 'errors.required' : 'errors.unknownReference',
      {
        resource: 'warehouses',
        id: String(warehouseId),
      },
    );
  }
  if (!MANUAL_STOCK_REASONS.includes(reason) || reason === 'count') {
    problems.reason = problem('errors.notOneOf', {
      allowed: MANUAL_STOCK_REASONS.filter((r) => r !== 'count').join(', '),
    });
  }
  const lines = Array.isArray(input.lines) ? (input.lines as BatchLine[]) : [];
  if (lines.length === 0) problems.lines = problem('errors.noLines');
  if (lines.length > MAX_BATCH_LINES)
    problems.lines = problem('errors.tooManyLines', { max: MAX_BATCH_LINES });
  const resolved = resolveLines(tx, lines.slice(0, MAX_BATCH_LINES));
  Object.assign(problems, resolved.problems);
  if (hasProblems(problems)) throw invalid(problems);
  assertWarehouseAccess(ctx, store, warehouseId as number);
  const note = typeof input.note === 'string' ? input.note.trim() : '';
  const movements: StockMovement[] = [];
  for (const [productId, quantity] of resolved.totals) {
    const delta = reason === 'damage' || reason === 'loss' ? -quantity : quantity;
    const before = requireStockLevel(tx, store, productId, warehouseId as number);
    const result = postMovement(tx, store, ctx, {
      productId,
      warehouseId: warehouseId as number,
      delta,
      reason,
      note,
    });
    movements.push(result.movement);
    auditStockChange(
      tx,
      ctx,
      before,
      result.level,
      note ? `${reason} (batch): ${note}` : `${reason} (batch)`,
    );
  }
  return { movements };
}

function reverseMovement(
  tx: Transaction,
  store: Store,
  ctx: RequestContext,
  original: StockMovement,
  note: string,
) {
  if (!(MANUAL_STOCK_REASONS as readonly string[]).includes(original.reason)) {
    throw new DomainError(409, problem('errors.notReversible', { reason: original.reason }));
  }
  for (const m of tx.all<StockMovement>('stock-movements')) {
    if (m.reversesMovementId === original.id)
      throw new DomainError(409, problem('errors.alreadyReversed', { id: original.id, by: m.id }));
  }
  assertWarehouseAccess(ctx, store, original.warehouseId);
  const level = requireStockLevel(tx, store, original.productId, original.warehouseId);
  const result = postMovement(tx, store, ctx, {
    productId: original.productId,
    warehouseId: original.warehouseId,
    delta: -original.delta,
    reason: 'correction',
    note: note || `Reverses movement ${original.id}`,
    reversesMovementId: original.id,
  });
  auditStockChange(tx, ctx, level, result.level, `reverses movement ${original.id}`);
  return { movement: result.movement, stockLevel: result.level };
}

export function adjustmentRoutes(store: Store): Router {
  const router = Router();
  router.post(
    '/stock-adjustments',
    route((req, res) => {
      const ctx = ctxOf(res);
      authorize(ctx, 'create', 'stock-adjustments');
      const input = bodyOf(req);
      res.status(201).json(store.transact((tx) => adjust(tx, store, ctx, input)));
    }),
  );
  router.post(
    '/stock-adjustments/batch',
    route((req, res) => {
      const ctx = ctxOf(res);
      authorize(ctx, 'create', 'stock-adjustments');
      const input = bodyOf(req);
      res.status(201).json(store.transact((tx) => receiveBatch(tx, store, ctx, input)));
    }),
  );
  router.post(
    '/stock-movements/:id/reverse',
    route((req, res) => {
      const ctx = ctxOf(res);
      authorize(ctx, 'create', 'stock-adjustments');
      const input = bodyOf(req);
      const original = findOr404(
        store,
        rulesFor('stock-movements')!,
        req.params.id,
      ) as unknown as StockMovement;
      const note = typeof input.note === 'string' ? input.note.trim() : '';
      res.status(201).json(store.transact((tx) => reverseMovement(tx, store, ctx, original, note)));
    }),
  );
  return router;
}
