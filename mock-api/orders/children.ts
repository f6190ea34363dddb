/**
 * An order's shipments or returns, found by `orderId` in the database (no
 * index is kept in the process: several API instances may share one database).
 */
import type { Id } from '../../src/domain/types';
import type { RecordReader } from '../store/database';

export type ChildCollection = 'shipments' | 'returns';

/** The order's shipments or returns as `reader` (usually the transaction) sees them, oldest first. */
export function childrenOf<T>(reader: RecordReader, collection: ChildCollection, orderId: Id): Promise<T[]> {
  return reader.findBy<T>(collection, 'orderId', orderId);
}
