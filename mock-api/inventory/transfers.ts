/**
 * Stock transfers between warehouses: draft → in_transit → received, or
 * cancelled. Dispatch takes the goods out of the source (transfer_out);
 * receipt books what arrived into the destination (transfer_in) and a
 * shortfall as a loss there; cancelling in transit books the goods back into
 * the source. Each step is one transaction.
 */
import { Router } from 'express';
import { DomainError, hasProblems, problem, type FieldProblems } from '../../src/domain/errors';
import { term } from '../../src/domain/messages';
import type { StockTransfer, TransferItem, TransferStatus } from '../../src/domain/types';
import { checkFields, type FieldSpec } from '../../src/domain/validation/fields';
import { recordAudit } from '../audit';
import { authorize } from '../http/access';
import { ctxOf, type RequestContext } from '../http/context';
import { route } from '../http/errors';
import { lookupFor } from '../lookups';
import { bodyOf, checkVersion, findOr404, present } from '../rest/bridge';
import { defineResource, type ResourceRules } from '../rest/rules';
import type { Store, StoredRecord, Transaction } from '../store/store';
import { postMovement } from './ledger';
import { assertWarehouseAccess } from './scope';

const TRANSFER_FIELDS: FieldSpec = {
  fromWarehouseId: { kind: 'ref', collection: 'warehouses', required: true },
  toWarehouseId: { kind: 'ref', collection: 'warehouses', required: true },
  items: { kind: 'json' },
  note: { kind: 'text', max: 500 },
};

const NEXT: Record<TransferStatus, readonly TransferStatus[]> = {
  draft: ['in_transit', 'cancelled'],
  in_transit: ['received', 'cancelled'],
  received: [],
  cancelled: [],
};

function validateTransfer(
  input: Record<string, unknown>,
  existing: StockTransfer | null,
  tx: Transaction,
): FieldProblems {
  const problems = checkFields(TRANSFER_FIELDS, input, {
    creating: existing === null,
    lookup: lookupFor(tx),
  });
  const next = { ...existing, ...input } as StockTransfer;
  if (!problems.toWarehouseId && next.fromWarehouseId === next.toWarehouseId)
    problems.toWarehouseId = problem('errors.sameWarehouse');
  if (input.items !== undefined || existing === null) Object.assign(problems, validateItems(input.items, tx));
  return problems;
}

function validateItems(items: unknown, tx: Transaction): FieldProblems {
  if (!Array.isArray(items) || items.length === 0) return { items: problem('errors.noLines') };
  const problems: FieldProblems = {};
  const seen = new Set<number>();
  items.forEach((raw: unknown, index) => {
    const item = (raw ?? {}) as Record<string, unknown>;
    const productId = item.productId;
    if (!Number.isInteger(productId) || !tx.get('products', productId as number)) {
      problems[`items.${index}.productId`] = problem('errors.unknownReference', {
        resource: term('collections.products'),
        id: String(productId),
      });
    } else if (seen.has(productId as number)) {
      problems[`items.${index}.productId`] = problem('errors.duplicateLine', {
        productId: productId as number,
      });
    } else seen.add(productId as number);
    if (!Number.isInteger(item.quantity) || (item.quantity as number) <= 0) {
      problems[`items.${index}.quantity`] = problem('errors.lineQuantity', { line: index + 1 });
    }
  });
  return problems;
}

function nextNumber(tx: Transaction): string {
  let highest = 0;
  for (const t of tx.all<StockTransfer>('stock-transfers'))
    highest = Math.max(highest, Number(t.number.slice(3)) || 0);
  return `TR-${String(highest + 1).padStart(5, '0')}`;
}

function refuseStep(transfer: StockTransfer, to: TransferStatus): void {
  if (NEXT[transfer.status].includes(to)) return;
  throw new DomainError(
    409,
    problem('errors.transferStatus', {
      status: term(`transferStatus.${transfer.status}`),
      action: term(`transferAction.${to}`),
      allowed: NEXT[transfer.status].join(', ') || '—',
    }),
  );
}

export const transferRules: ResourceRules = defineResource({
  name: 'stock-transfers',
  methods: ['create', 'update', 'delete'],
  defaults: {
    status: 'draft',
    note: '',
    shortfallReason: null,
    dispatchedAt: null,
    receivedAt: null,
    cancelledAt: null,
  },
  validate: (input, existing, tx) => validateTransfer(input, existing as unknown as StockTransfer | null, tx),
  derive: (next, existing, tx, ctx) => {
    const items = (next.items as TransferItem[]).map((i) => ({
      productId: i.productId,
      quantity: i.quantity,
      receivedQuantity: null,
    }));
    return existing ? { items } : { items, number: nextNumber(tx), createdBy: ctx.user?.id ?? null };
  },
  guard: (existing) => {
    if (existing.status !== 'draft') throw new DomainError(409, problem('errors.transferEditOnlyDraft'));
  },
});

function audit(tx: Transaction, ctx: RequestContext, before: StockTransfer, after: StockTransfer): void {
  recordAudit(tx, ctx, {
    action: 'transition',
    resource: 'stock-transfers',
    recordId: before.id,
    before,
    after,
  });
}

function dispatch(tx: Transaction, store: Store, ctx: RequestContext, t: StockTransfer): StockTransfer {
  refuseStep(t, 'in_transit');
  assertWarehouseAccess(ctx, store, t.fromWarehouseId);
  for (const item of t.items) {
    postMovement(tx, store, ctx, {
      productId: item.productId,
      warehouseId: t.fromWarehouseId,
      delta: -item.quantity,
      reason: 'transfer_out',
      transferId: t.id,
      note: t.number,
    });
  }
  return tx.update<StockTransfer>('stock-transfers', t.id, { status: 'in_transit', dispatchedAt: tx.at });
}

function receive(
  tx: Transaction,
  store: Store,
  ctx: RequestContext,
  t: StockTransfer,
  input: Record<string, unknown>,
): StockTransfer {
  refuseStep(t, 'received');
  assertWarehouseAccess(ctx, store, t.toWarehouseId);
  const reported = new Map<number, unknown>();
  if (Array.isArray(input.items))
    for (const i of input.items as Array<Record<string, unknown>>)
      reported.set(Number(i.productId), i.receivedQuantity);
  const problems: FieldProblems = {};
  const items = t.items.map((item, index) => {
    const raw = reported.has(item.productId) ? reported.get(item.productId) : item.quantity;
    if (!Number.isInteger(raw) || (raw as number) < 0)
      problems[`items.${index}.receivedQuantity`] = problem('errors.nonNegative');
    else if ((raw as number) > item.quantity) {
      problems[`items.${index}.receivedQuantity`] = problem('errors.receivedMoreThanSent', {
        line: index + 1,
        received: raw as number,
        sent: item.quantity,
      });
    }
    return { ...item, receivedQuantity: Number(raw) };
  });
  const shortfall = items.some((i) => i.receivedQuantity < i.quantity);
  const reason = typeof input.shortfallReason === 'string' ? input.shortfallReason.trim() : '';
  if (shortfall && !reason) problems.shortfallReason = problem('errors.shortfallNeedsReason');
  if (hasProblems(problems)) throw new DomainError(422, problem('errors.invalid'), problems);
  for (const item of items) {
    const base = { productId: item.productId, warehouseId: t.toWarehouseId, transferId: t.id };
    const missing = item.quantity - item.receivedQuantity;
    // The whole dispatched quantity arrives on the books; what never arrived leaves again as a loss, visibly.
    postMovement(tx, store, ctx, { ...base, delta: item.quantity, reason: 'transfer_in', note: t.number });
    if (missing > 0)
      postMovement(tx, store, ctx, {
        ...base,
        delta: -missing,
        reason: 'loss',
        note: `${t.number}: ${reason}`,
      });
  }
  return tx.update<StockTransfer>('stock-transfers', t.id, {
    status: 'received',
    items,
    receivedAt: tx.at,
    shortfallReason: shortfall ? reason : null,
  });
}

function cancel(tx: Transaction, store: Store, ctx: RequestContext, t: StockTransfer): StockTransfer {
  refuseStep(t, 'cancelled');
  assertWarehouseAccess(ctx, store, t.fromWarehouseId);
  if (t.status === 'in_transit') {
    for (const item of t.items) {
      postMovement(tx, store, ctx, {
        productId: item.productId,
        warehouseId: t.fromWarehouseId,
        delta: item.quantity,
        reason: 'transfer_in',
        transferId: t.id,
        note: `${t.number} cancelled`,
      });
    }
  }
  return tx.update<StockTransfer>('stock-transfers', t.id, { status: 'cancelled', cancelledAt: tx.at });
}

const STEPS = { dispatch, receive, cancel } as const;

export function transferRoutes(store: Store): Router {
  const router = Router();
  router.post(
    '/stock-transfers/:id/:step(dispatch|receive|cancel)',
    route((req, res) => {
      const ctx = ctxOf(res);
      authorize(ctx, 'edit', 'stock-transfers');
      const input = bodyOf(req);
      const step = STEPS[req.params.step as keyof typeof STEPS];
      const updated = store.transact((tx) => {
        const transfer = findOr404(store, transferRules, req.params.id) as unknown as StockTransfer;
        checkVersion(input, transfer as unknown as StoredRecord);
        const after = step(tx, store, ctx, transfer, input);
        audit(tx, ctx, transfer, after);
        return after;
      });
      res.json(present(store, transferRules, updated as unknown as StoredRecord, res));
    }),
  );
  return router;
}
