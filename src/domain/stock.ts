/**
 * Stock arithmetic, the same for the API and the console. On hand changes only
 * by movements; reserved follows open orders; available = on hand − reserved.
 */
import type { ManualStockReason } from './types';
import { problem, type FieldProblems } from './errors';
import { stockAdjustment } from './contract/inventory';
import { referenceProblems, valueProblems, type Lookup } from './contract/problems';

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

/** Field problems of an adjustment or count request (existence is checked by the caller's lookup). */
export function validateAdjustment(input: Record<string, unknown>, lookup?: Lookup): FieldProblems {
  const problems = valueProblems(stockAdjustment, input);
  return referenceProblems(input, { productId: 'products', warehouseId: 'warehouses' }, problems, lookup);
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

type LevelFigures = { available: number; reorderPoint: number };

/**
 * A level to reorder: its reorder point is set and reached, for a product still
 * sold. A reorder point of 0 is "nobody asked to be warned" (new products start
 * there), so it never raises a level. The low-stock inbox, its badge and the
 * dashboard's figure all use this one test, so they agree.
 */
export function needsReorder(level: LevelFigures, productStatus?: string | null): boolean {
  return productStatus !== 'archived' && level.reorderPoint > 0 && level.available <= level.reorderPoint;
}

/** Nothing left to sell of a product still sold, whatever its reorder point. */
export function isOutOfStock(level: LevelFigures, productStatus?: string | null): boolean {
  return productStatus !== 'archived' && level.available <= 0;
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
 * Units to order so that stock covers `horizonDays` of sales and ends above
 * the reorder point (at it, the level would still need reordering); zero when it
 * already does. Without sales, that is one unit above the reorder point.
 */
export function suggestedReorderQuantity(
  level: { available: number; reorderPoint: number },
  unitsPerDay: number,
  horizonDays: number,
): number {
  const target = Math.max(1, Math.ceil(unitsPerDay * horizonDays)) + level.reorderPoint;
  return Math.max(0, target - level.available);
}
