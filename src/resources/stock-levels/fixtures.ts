/** Records for the stock screens' tests. */
import type { Warehouse } from '../../domain/types';
import type { StockLevelView } from './stockFields';

const stamp = { createdAt: '2025-01-10T09:00:00.000Z', updatedAt: '2025-02-01T12:30:00.000Z', version: 3 };

export function makeStockLevel(overrides: Partial<StockLevelView> & { id: number }): StockLevelView {
  const level: StockLevelView = {
    productId: overrides.id,
    warehouseId: 1,
    onHand: 12,
    reserved: 2,
    available: 10,
    reorderPoint: 4,
    binLocation: 'A-01-1',
    unitsPerDay: 0,
    daysOfCover: null,
    suggestedReorderQuantity: 0,
    inTransitIn: 0,
    inTransitOut: 0,
    ...stamp,
    ...overrides,
  };
  return { ...level, available: overrides.available ?? level.onHand - level.reserved };
}

export function makeWarehouse(overrides: Partial<Warehouse> & { id: number }): Warehouse {
  return {
    code: `W${overrides.id}`,
    name: `Warehouse ${overrides.id}`,
    city: 'Berlin',
    ...stamp,
    ...overrides,
  };
}

/**
 * For findBy/waitFor in the stock screens' tests: their first render loads
 * several chunks and references, which on a loaded two-core machine (test
 * files run in parallel) takes longer than the shared WAIT allows.
 */
export const PATIENT = { timeout: 20_000 };
