/** The inventory workflows' handlers, by endpoint id of the contract. */
import type { Database } from '../store/database';
import { adjustmentHandlers } from './adjustments';
import { transferHandlers } from './transfers';
import './resources';

export function inventoryHandlers(db: Database) {
  return { ...adjustmentHandlers(db), ...transferHandlers(db) };
}
