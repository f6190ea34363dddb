/**
 * Per-order indexes of shipments and returns, so the shipment path never scans
 * the whole table. Built once per store from the committed rows; workflow code
 * that inserts a child calls `rememberChild`. An id remembered by a
 * transaction that was then discarded reads as missing and is skipped; ids are
 * never reused, so it can never point at someone else's record.
 */
import type { Id } from '../../src/domain/types';
import type { Store, Transaction } from '../store/store';

export type ChildCollection = 'shipments' | 'returns';

const indexes = new WeakMap<Store, Map<ChildCollection, Map<Id, Id[]>>>();

function indexFor(store: Store, collection: ChildCollection): Map<Id, Id[]> {
  let perStore = indexes.get(store);
  if (!perStore) {
    perStore = new Map();
    indexes.set(store, perStore);
  }
  let index = perStore.get(collection);
  if (!index) {
    index = new Map();
    for (const row of store.all<{ id: Id; orderId: Id }>(collection)) push(index, row.orderId, row.id);
    perStore.set(collection, index);
  }
  return index;
}

function push(index: Map<Id, Id[]>, orderId: Id, id: Id): void {
  const ids = index.get(orderId);
  if (ids) ids.push(id);
  else index.set(orderId, [id]);
}

/** The order's shipments or returns as this transaction sees them, oldest first. */
export function childrenOf<T>(tx: Transaction, store: Store, collection: ChildCollection, orderId: Id): T[] {
  const ids = indexFor(store, collection).get(orderId) ?? [];
  const rows: T[] = [];
  for (const id of ids) {
    const row = tx.get<T>(collection, id);
    if (row) rows.push(row);
  }
  return rows;
}

export function rememberChild(store: Store, collection: ChildCollection, orderId: Id, id: Id): void {
  push(indexFor(store, collection), orderId, id);
}
