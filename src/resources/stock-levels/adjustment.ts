/**
 * What the adjust/count dialog sends, worked out from what the user entered:
 * a count sends the counted quantity; receipts and returns add units, damage
 * and losses remove them, and a correction takes a signed change. The rules
 * themselves (valid input, never below zero) are the domain's.
 */
import type { Problem } from '../../domain/errors';
import { deltaForCount, negativeStockProblem, validateAdjustment } from '../../domain/stock';
import type { ManualStockReason, StockLevel } from '../../domain/types';
import type { StockAdjustmentRequest } from '../../providers/operations/inventory';

export type Direction = 'count' | 'in' | 'out' | 'signed';

export const REASON_DIRECTION: Record<ManualStockReason, Direction> = {
  count: 'count',
  receipt: 'in',
  return: 'in',
  damage: 'out',
  loss: 'out',
  correction: 'signed',
};

export interface AdjustmentDraft {
  reason: ManualStockReason | null;
  /** As typed: a count, a number of units, or a signed change for corrections. */
  quantity: string;
  note: string;
}

/** Where each request field's problems are shown in the dialog. */
export type DraftField = 'reason' | 'quantity' | 'note';

const FIELD_OF: Record<string, DraftField> = {
  reason: 'reason',
  delta: 'quantity',
  countedQuantity: 'quantity',
  note: 'note',
};

export function draftFieldOf(requestField: string): DraftField | null {
  return FIELD_OF[requestField] ?? null;
}

const WHOLE_NUMBER = /^[+-]?\d+$/;

/** Text that is a whole number becomes one; anything else is passed on for the validator to name. */
function quantityValue(text: string): number | string | undefined {
  const trimmed = text.trim().replace(/^\u2212/, '-');
  if (trimmed === '') return undefined;
  return WHOLE_NUMBER.test(trimmed) ? Number(trimmed) : trimmed;
}

function signed(direction: Direction, quantity: number | string | undefined) {
  if (typeof quantity !== 'number') return quantity;
  if (direction === 'in') return Math.abs(quantity);
  if (direction === 'out') return -Math.abs(quantity);
  return quantity;
}

export interface AdjustmentPlan {
  /** Set when the draft can be sent. */
  request: StockAdjustmentRequest | null;
  problems: Partial<Record<DraftField, Problem>>;
  /** The change to on hand, when the quantity reads as a number. */
  delta: number | null;
}

/** Checks a draft against the on hand the user is looking at and builds the request. */
export function planAdjustment(
  level: StockLevel,
  seenOnHand: number,
  draft: AdjustmentDraft,
): AdjustmentPlan {
  const quantity = quantityValue(draft.quantity);
  const base = {
    productId: level.productId,
    warehouseId: level.warehouseId,
    reason: draft.reason ?? undefined,
    note: draft.note.trim(),
    expectedOnHand: seenOnHand,
  };
  const direction = draft.reason ? REASON_DIRECTION[draft.reason] : null;
  const input: Record<string, unknown> =
    direction === 'count'
      ? { ...base, countedQuantity: quantity }
      : { ...base, delta: direction ? signed(direction, quantity) : quantity };
  const problems: AdjustmentPlan['problems'] = {};
  for (const [field, problem] of Object.entries(validateAdjustment(input))) {
    const target = draftFieldOf(field);
    if (target) problems[target] ??= problem;
  }
  const delta =
    direction === 'count'
      ? typeof quantity === 'number'
        ? deltaForCount(seenOnHand, quantity)
        : null
      : typeof input.delta === 'number'
        ? input.delta
        : null;
  const belowZero = delta === null ? null : negativeStockProblem(seenOnHand, delta);
  if (belowZero) problems.quantity ??= belowZero;
  const valid = Object.keys(problems).length === 0;
  return { request: valid ? (input as unknown as StockAdjustmentRequest) : null, problems, delta };
}
