/**
 * Stock arithmetic, the same for the API and the console. On hand changes only
 * by movements; reserved follows open orders; available = on hand − reserved.
 */
import { MANUAL_STOCK_REASONS, type ManualStockReason } from './types';
import { problem, type FieldProblems } from './errors';
import { checkFields, type FieldSpec } from './validation/fields';

export interface AdjustmentInput {
  productId: number;
  warehouseId: number;
  reason: ManualStockReason;
  note: string;
  /** Set for a delta adjustment. */
  delta?: number;
  /** Set for a count: the quantity found on the shelf. */
  countedQuantity?: number;
  /** Compare-and-set: refuse if on hand is no longer this. */
  expectedOnHand?: number;
}

const MAX_QUANTITY = 10_000_000;

const ADJUSTMENT_FIELDS: FieldSpec = {
  productId: { kind: 'ref', collection: 'products', required: true },
  warehouseId: { kind: 'ref', collection: 'warehouses', required: true },
  reason: { kind: 'enum', values: MANUAL_STOCK_REASONS, required: true },
  note: { kind: 'text', max: 500 },
  delta: { kind: 'integer', min: -MAX_QUANTITY, max: MAX_QUANTITY },
  countedQuantity: { kind: 'integer', min: 0, max: MAX_QUANTITY },
  expectedOnHand: { kind: 'integer', min: 0, max: MAX_QUANTITY },
};

/** Field problems of an adjustment or count request (existence is checked by the caller's lookup). */
export function validateAdjustment(
  input: Record<string, unknown>,
  lookup?: { exists(collection: string, id: number): boolean },
): FieldProblems {
  const problems = checkFields(ADJUSTMENT_FIELDS, input, { creating: true, lookup });
  const isCount = input.reason === 'count';
  if (isCount) {
    if (input.countedQuantity === undefined) problems.countedQuantity ??= problem('errors.required');
    if (input.delta !== undefined) problems.delta ??= problem('errors.countTakesQuantity');
  } else if (!problems.reason) {
    if (input.delta === undefined) problems.delta ??= problem('errors.required');
    else if (input.delta === 0) problems.delta ??= problem('errors.zeroDelta');
    if (input.countedQuantity !== undefined)
      problems.countedQuantity ??= problem('errors.quantityOnlyForCount');
  }
  return problems;
}

/** The delta a count implies: what was found minus what the books say. */
export function deltaForCount(onHand: number, counted: number): number {
  return counted - onHand;
}

/** Why a delta cannot be applied to a stock level, or null when it can. */
export function negativeStockProblem(onHand: number, delta: number) {
  return onHand + delta < 0
    ? problem('errors.negativeStock', { onHand, delta, result: onHand + delta })
    : null;
}

export function availableOf(level: { onHand: number; reserved: number }): number {
  return level.onHand - level.reserved;
}

/** Days until available stock runs out at the given daily sales rate; null when nothing sells. */
export function daysOfCover(available: number, unitsPerDay: number): number | null {
  if (unitsPerDay <= 0) return null;
  return Math.max(0, Math.floor((available / unitsPerDay) * 10) / 10);
}

/**
 * Units to order so that stock covers `horizonDays` of sales and stays above
 * the reorder point; zero when it already does.
 */
export function suggestedReorderQuantity(
  level: { available: number; reorderPoint: number },
  unitsPerDay: number,
  horizonDays: number,
): number {
  const target = Math.ceil(unitsPerDay * horizonDays) + level.reorderPoint;
  return Math.max(0, target - level.available);
}
