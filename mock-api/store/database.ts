/**
 * The one data layer every handler speaks to. Two implementations sit behind
 * it: the embedded store (`store.ts`: memory, journal, snapshots; the
 * zero-setup default) and PostgreSQL (`../postgres/database.ts`, chosen with
 * DATABASE_URL). Every method is asynchronous because a real database answers
 * over a socket; the embedded store answers at once.
 *
 * Records are plain JSON objects with a numeric `id`; `insert` and `update`
 * fill in `id`, `createdAt`, `updatedAt` and `version` the same way in both,
 * so no handler sets them by hand.
 */

import type { ListResult } from '../rest/list';
import type { Condition, ListQuery } from '../rest/query';

export interface StoredRecord {
  id: number;
  [field: string]: unknown;
}

/** What can be read, committed or inside a transaction. */
export interface RecordReader {
  get<T = StoredRecord>(collection: string, id: number): Promise<T | undefined>;
  /** Every record of a collection, in id order. */
  all<T = StoredRecord>(collection: string): Promise<T[]>;
  /** Records whose top-level `field` equals `value` (a session by its token digest, a lockout by user name). */
  findBy<T = StoredRecord>(collection: string, field: string, value: string | number): Promise<T[]>;
  count(collection: string): Promise<number>;
}

/**
 * One request's writes. Reads through it see its own writes; nothing is
 * visible to anyone else until the transaction function resolves, and a
 * throw (or rejection) discards everything.
 */
export interface WriteTransaction extends RecordReader {
  /** The transaction's timestamp (ISO 8601 UTC), stamped on every record it writes. */
  readonly at: string;
  insert<T extends { id: number } = StoredRecord>(
    collection: string,
    data: Omit<T, 'id' | 'createdAt' | 'updatedAt' | 'version'>,
  ): Promise<T>;
  /** Stores a record under an id the caller chose (credentials are keyed by user id). */
  put<T extends { id: number } = StoredRecord>(collection: string, record: T): Promise<T>;
  update<T extends { id: number } = StoredRecord>(
    collection: string,
    id: number,
    patch: Partial<NoInfer<T>>,
  ): Promise<T>;
  remove(collection: string, id: number): Promise<void>;
}

export interface Database extends RecordReader {
  /**
   * Filters, sorts and pages a list in the database itself (PostgreSQL), with
   * runList's exact answers. Absent, or answering undefined, means the caller
   * runs the query over `all` (the embedded store, whose records are in memory).
   */
  page?<T = StoredRecord>(
    collection: string,
    query: ListQuery,
    searchFields: readonly string[],
  ): Promise<ListResult<T> | undefined>;
  /**
   * The records matching any of `groups` (each group's conditions all hold), in
   * id order, filtered by the database itself (PostgreSQL); as `page`, optional.
   * A KPI report reads only the orders its scan can count this way.
   */
  anyOf?<T = StoredRecord>(
    collection: string,
    groups: readonly (readonly Condition[])[],
  ): Promise<T[] | undefined>;
  /** How many records a list query matches, in all and per value of `field` (a status); as `page`, optional. */
  countBy?(
    collection: string,
    query: ListQuery,
    searchFields: readonly string[],
    field: string,
  ): Promise<{ all: number; by: Map<string, number> } | undefined>;
  readonly now: () => Date;
  /**
   * Changes whenever committed data changes (the embedded store's journal
   * sequence, PostgreSQL's commit counter), so in-process caches of derived
   * figures know when to recompute.
   */
  version(): Promise<number>;
  /**
   * Runs `fn` as one transaction and commits its writes if it resolves.
   * Concurrent transactions are serialised (embedded: one at a time; PostgreSQL:
   * SERIALIZABLE, retried on a serialisation failure). Because of that retry,
   * `fn` may run more than once: it must not touch anything outside `tx`
   * (no response, no in-process cache) before it resolves.
   */
  transact<T>(fn: (tx: WriteTransaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A record as `update` stores it in both implementations: the patch over the current record, stamped. */
export function updatedRecord<T>(current: StoredRecord, patch: object, id: number, at: string): T {
  return {
    ...current,
    ...patch,
    id,
    createdAt: current.createdAt,
    updatedAt: at,
    version: Number(current.version ?? 0) + 1,
  } as unknown as T;
}
