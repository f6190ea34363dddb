/**
 * Stock transfers between warehouses: draft → in_transit → received, or
 * cancelled. Dispatch takes the goods out of the source (transfer_out);
 * receipt books what arrived into the destination (transfer_in) and a
 * shortfall as a loss there; cancelling in transit books the goods back into
 * the source. Each step is one transaction.
 */
import { DomainError, hasProblems, problem, type FieldProblems } from '../../src/domain/errors';
import { term } from '../../src/domain/messages';
import { label } from '../../src/domain/messages/labels';
import type { StockTransfer, TransferItem, TransferStatus } from '../../src/domain/types';
import { referenceProblems } from '../../src/domain/contract/problems';
import { recordAudit } from '../audit';
import type { RequestContext } from '../http/context';
import type { Handler } from '../http/mount';
import { lookupFor, type RecordLookup } from '../lookups';
import { checkVersion, findOr404, present } from '../rest/bridge';
import { defineResource, type ResourceRules } from '../rest/rules';
import type { Database, StoredRecord, WriteTransaction } from '../store/database';
import { postMovement } from './ledger';

const NEXT: Record<TransferStatus, readonly TransferStatus[]> = {
  draft: ['in_transit', 'cancelled'],
  in_transit: ['received', 'cancelled'],
  received: [],
  cancelled: [],
};

async function validateTransfer(
  input: Record<string, unknown>,
  existing: StockTransfer | null,
  tx: WriteTransaction,
): Promise<FieldProblems> {
  const lookup = await lookupFor(tx, ['warehouses', 'products']);
  const problems = referenceProblems(
    input,
    { fromWarehouseId: 'warehouses', toWarehouseId: 'warehouses' },
    {},
    lookup,
  );
  const next = { ...existing, ...input } as StockTransfer;
  if (!problems.toWarehouseId && next.fromWarehouseId === next.toWarehouseId)
    problems.toWarehouseId = problem('errors.sameWarehouse');
  if (input.items !== undefined) Object.assign(problems, validateItems(input.items, lookup));
  return problems;
}

/** Lines' shapes are the contract's; here: products that exist, each once. */
function validateItems(items: unknown, lookup: RecordLookup): FieldProblems {
  const problems: FieldProblems = {};
  const seen = new Set<number>();
  if (!Array.isArray(items)) return problems;
  items.forEach((item: unknown, index) => {
    const productId = (item as { productId?: unknown } | null)?.productId;
    if (typeof productId !== 'number') return;
    if (!lookup.exists('products', productId)) {
      problems[`items.${index}.productId`] = problem('errors.unknownReference', {
        resource: term('collections.products'),
        id: String(productId),
      });
    } else if (seen.has(productId)) {
      problems[`items.${index}.productId`] = problem('errors.duplicateLine', { productId });
    } else seen.add(productId);
  });
  return problems;
}

async function nextNumber(tx: WriteTransaction): Promise<string> {
  let highest = 0;
  for (const t of await tx.all<StockTransfer>('stock-transfers'))
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
      allowed:
        NEXT[transfer.status].length > 0
          ? NEXT[transfer.status].map((s) => label('transfer', s))
          : term('orders.noneAllowed'),
    }),
  );
}

export const transferRules: ResourceRules = defineResource({
  name: 'stock-transfers',

  defaults: {
    status: 'draft',
    note: '',
    shortfallReason: null,
    dispatchedAt: null,
    receivedAt: null,
    cancelledAt: null,
  },
  validate: (input, existing, tx) => validateTransfer(input, existing as unknown as StockTransfer | null, tx),
  derive: async (next, existing, tx, ctx) => {
    const items = (next.items as TransferItem[]).map((i) => ({
      productId: i.productId,
      quantity: i.quantity,
      receivedQuantity: null,
    }));
    return existing ? { items } : { items, number: await nextNumber(tx), createdBy: ctx.user?.id ?? null };
  },
  guard: (existing) => {
    if (existing.status !== 'draft') throw new DomainError(409, problem('errors.transferEditOnlyDraft'));
  },
});

async function audit(
  tx: WriteTransaction,
  ctx: RequestContext,
  before: StockTransfer,
  after: StockTransfer,
): Promise<void> {
  await recordAudit(tx, ctx, {
    action: 'transition',
    resource: 'stock-transfers',
    recordId: before.id,
    before,
    after,
  });
}

async function dispatch(tx: WriteTransaction, ctx: RequestContext, t: StockTransfer): Promise<StockTransfer> {
  refuseStep(t, 'in_transit');
  for (const item of t.items) {
    await postMovement(tx, ctx, {
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

async function receive(
  tx: WriteTransaction,
  ctx: RequestContext,
  t: StockTransfer,
  input: Record<string, unknown>,
): Promise<StockTransfer> {
  refuseStep(t, 'received');
  const reported = new Map<number, number>();
  const problems: FieldProblems = {};
  const lines = (input.items ?? []) as Array<{ productId: number; receivedQuantity: number }>;
  lines.forEach((line, index) => {
    if (!t.items.some((item) => item.productId === line.productId)) {
      problems[`items.${index}.productId`] = problem('errors.notInTransfer', {
        productId: line.productId,
        number: t.number,
      });
    } else if (reported.has(line.productId)) {
      problems[`items.${index}.productId`] = problem('errors.duplicateLine', { productId: line.productId });
    }
    reported.set(line.productId, line.receivedQuantity);
  });
  const items = t.items.map((item, index) => {
    const received = reported.get(item.productId) ?? item.quantity;
    if (received > item.quantity) {
      problems[`items.${index}.receivedQuantity`] = problem('errors.receivedMoreThanSent', {
        line: index + 1,
        received,
        sent: item.quantity,
      });
    }
    return { ...item, receivedQuantity: received };
  });
  const shortfall = items.some((i) => i.receivedQuantity < i.quantity);
  const reason = typeof input.shortfallReason === 'string' ? input.shortfallReason.trim() : '';
  if (shortfall && !reason) problems.shortfallReason = problem('errors.shortfallNeedsReason');
  if (hasProblems(problems)) throw new DomainError(422, problem('errors.invalid'), problems);
  for (const item of items) {
    const base = { productId: item.productId, warehouseId: t.toWarehouseId, transferId: t.id };
    const missing = item.quantity - item.receivedQuantity;
    // The whole dispatched quantity arrives on the books; what never arrived leaves again as a loss, visibly.
    await postMovement(tx, ctx, { ...base, delta: item.quantity, reason: 'transfer_in', note: t.number });
    if (missing > 0)
      await postMovement(tx, ctx, {
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

async function cancel(tx: WriteTransaction, ctx: RequestContext, t: StockTransfer): Promise<StockTransfer> {
  refuseStep(t, 'cancelled');
  if (t.status === 'in_transit') {
    for (const item of t.items) {
      await postMovement(tx, ctx, {
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

function stepHandler(db: Database, step: (typeof STEPS)[keyof typeof STEPS]): Handler {
  return async ({ params, body, ctx, res }) => {
    const updated = await db.transact(async (tx) => {
      const transfer = (await findOr404(tx, transferRules, params.id)) as unknown as StockTransfer;
      checkVersion(body, transfer as unknown as StoredRecord);
      const after = await step(tx, ctx, transfer, body);
      await audit(tx, ctx, transfer, after);
      return after;
    });
    return present(db, transferRules, updated as unknown as StoredRecord, res);
  };
}

export function transferHandlers(
  db: Database,
): Record<'dispatchTransfer' | 'receiveTransfer' | 'cancelTransfer', Handler> {
  return {
    dispatchTransfer: stepHandler(db, STEPS.dispatch),
    receiveTransfer: stepHandler(db, STEPS.receive),
    cancelTransfer: stepHandler(db, STEPS.cancel),
  };
}
