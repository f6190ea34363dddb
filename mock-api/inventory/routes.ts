/** The inventory workflows' handlers, by endpoint id of the contract. */
import type { Store } from '../store/store';
import { adjustmentHandlers } from './adjustments';
import { transferHandlers } from './transfers';
import './resources';

export function inventoryHandlers(store: Store) {
  return { ...adjustmentHandlers(store), ...transferHandlers(store) };
}
