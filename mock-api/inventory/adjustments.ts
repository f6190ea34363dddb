/**
 * Manual stock changes: one adjustment or count, a batch of receipt lines,
 * and the reversal of a mistaken adjustment. Each posts ledger movements and
 * audits them in one transaction.
 */
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
import type { RequestContext } from '../http/context';
import type { Handler } from '../http/mount';
import { lookupFor } from '../lookups';
import { findOr404 } from '../rest/bridge';
import { rulesOf } from '../rest/rules';
import type { Database, WriteTransaction } from '../store/database';
import { postMovement, requireStockLevel } from './ledger';

function invalid(fields: FieldProblems): DomainError {
  return new DomainError(422, problem('errors.invalid'), fields);
}

/** One audit entry per stock level changed: on hand before and after, and why. */
async function auditStockChange(
  tx: WriteTransaction,
  ctx: RequestContext,
  before: StockLevel,
  after: StockLevel,
  note: string,
): Promise<void> {
  await recordAudit(tx, ctx, {
    action: 'adjust',
    resource: 'stock-levels',
    recordId: before.id,
    before: { onHand: before.onHand },
    after: { onHand: after.onHand },
    note,
  });
}

async function adjust(tx: WriteTransaction, ctx: RequestContext, input: Record<string, unknown>) {
  const problems = validateAdjustment(input, await lookupFor(tx, ['products', 'warehouses']));
  if (hasProblems(problems)) throw invalid(problems);
  const productId = input.productId as number;
  const warehouseId = input.warehouseId as number;
  const reason = input.reason as ManualStockReason;
  const level = await requireStockLevel(tx, productId, warehouseId);
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
  const result = await postMovement(tx, ctx, { productId, warehouseId, delta, reason, note });
  await auditStockChange(tx, ctx, level, result.level, note ? `${reason}: ${note}` : reason);
  return { movement: result.movement, stockLevel: result.level };
}

interface BatchLine {
  sku?: unknown;
  productId?: unknown;
  quantity?: unknown;
}

/** Resolves batch lines (by SKU, barcode or id) and sums repeated products, as a scanner repeats a scan. */
async function resolveLines(
  tx: WriteTransaction,
  lines: BatchLine[],
): Promise<{ totals: Map<number, number>; problems: FieldProblems }> {
  const byCode = new Map<string, Product>();
  const byId = new Map<number, Product>();
  for (const p of await tx.all<Product>('products')) {
    byId.set(p.id, p);
    byCode.set(p.sku.toLowerCase(), p);
    if (p.barcode) byCode.set(p.barcode, p);
  }
  const totals = new Map<number, number>();
  const problems: FieldProblems = {};
  lines.forEach((line, index) => {
    const lineNo = index + 1;
    const code = typeof line.sku === 'string' ? line.sku.trim().toLowerCase() : null;
    const product = code !== null ? byCode.get(code) : byId.get(Number(line.productId));
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

async function receiveBatch(tx: WriteTransaction, ctx: RequestContext, input: Record<string, unknown>) {
  const warehouseId = input.warehouseId as number;
  const reason = (input.reason ?? 'receipt') as ManualStockReason;
  const problems: FieldProblems = {};
  if (!(await tx.get('warehouses', warehouseId))) {
    problems.warehouseId = problem('errors.unknownReference', {
      resource: 'warehouses',
      id: String(warehouseId),
    });
  }
  const resolved = await resolveLines(tx, input.lines as BatchLine[]);
  Object.assign(problems, resolved.problems);
  if (hasProblems(problems)) throw invalid(problems);
  const note = typeof input.note === 'string' ? input.note.trim() : '';
  const movements: StockMovement[] = [];
  for (const [productId, quantity] of resolved.totals) {
    const delta = reason === 'damage' || reason === 'loss' ? -quantity : quantity;
    const before = await requireStockLevel(tx, productId, warehouseId as number);
    const result = await postMovement(tx, ctx, {
      productId,
      warehouseId: warehouseId as number,
      delta,
      reason,
      note,
    });
    movements.push(result.movement);
    await auditStockChange(
      tx,
      ctx,
      before,
      result.level,
      note ? `${reason} (batch): ${note}` : `${reason} (batch)`,
    );
  }
  return { movements };
}

async function reverseMovement(
  tx: WriteTransaction,
  ctx: RequestContext,
  original: StockMovement,
  note: string,
) {
  if (!(MANUAL_STOCK_REASONS as readonly string[]).includes(original.reason)) {
    throw new DomainError(409, problem('errors.notReversible', { reason: original.reason }));
  }
  for (const m of await tx.findBy<StockMovement>('stock-movements', 'reversesMovementId', original.id)) {
    throw new DomainError(409, problem('errors.alreadyReversed', { id: original.id, by: m.id }));
  }
  const level = await requireStockLevel(tx, original.productId, original.warehouseId);
  const result = await postMovement(tx, ctx, {
    productId: original.productId,
    warehouseId: original.warehouseId,
    delta: -original.delta,
    reason: 'correction',
    note: note || `Reverses movement ${original.id}`,
    reversesMovementId: original.id,
  });
  await auditStockChange(tx, ctx, level, result.level, `reverses movement ${original.id}`);
  return { movement: result.movement, stockLevel: result.level };
}

export function adjustmentHandlers(
  db: Database,
): Record<'adjustStock' | 'receiveStockBatch' | 'reverseStockMovement', Handler> {
  return {
    adjustStock: ({ body, ctx }) => db.transact((tx) => adjust(tx, ctx, body)),
    receiveStockBatch: ({ body, ctx }) => db.transact((tx) => receiveBatch(tx, ctx, body)),
    reverseStockMovement: ({ params, body, ctx }) => {
      const note = typeof body.note === 'string' ? body.note : '';
      return db.transact(async (tx) => {
        const original = (await findOr404(
          tx,
          rulesOf('stock-movements'),
          params.id,
        )) as unknown as StockMovement;
        return reverseMovement(tx, ctx, original, note);
      });
    },
  };
}

/** Unknown SKUs of a batch whose body broke its schema, so the scanner's user sees every bad line at once. */
export function explainBatch(db: Database): (input: Record<string, unknown>) => Promise<FieldProblems> {
  return async (input) =>
    Array.isArray(input.lines)
      ? db.transact(async (tx) => (await resolveLines(tx, input.lines as BatchLine[])).problems)
      : {};
}
