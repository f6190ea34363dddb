/**
 * One transaction of the embedded store: buffered writes over the committed
 * tables. Reads through it see its own writes; the store journals and applies
 * `ops()` only once the transaction function has resolved, so a throw discards
 * everything. `insert`/`update` fill in id, timestamps and version the same
 * way for every collection (as the PostgreSQL implementation does), so no
 * route sets them by hand.
 */
import { updatedRecord, type StoredRecord, type WriteTransaction } from './database';
import type { JournalOp } from './journal';

/** What a transaction reads of the store it belongs to: committed data, read synchronously in-process. */
export interface CommittedTables {
  committed(collection: string, id: number): StoredRecord | undefined;
  /** Committed records in id order (the caller must not change the array). */
  committedRows(collection: string): readonly StoredRecord[];
  /** The next id of a collection; ids are never reused, even if the transaction fails. */
  reserveId(collection: string): number;
}

type Change = { c: string; id: number; r: StoredRecord | null };

export class Transaction implements WriteTransaction {
  private readonly changes = new Map<string, Change>();
  /** Collections this transaction wrote to, so reads of the others skip the overlay. */
  private readonly touched = new Set<string>();
  private finished = false;

  constructor(
    private readonly tables: CommittedTables,
    readonly at: string,
  ) {}

  async get<T = StoredRecord>(collection: string, id: number): Promise<T | undefined> {
    return this.read<T>(collection, id);
  }

  /** Committed records overlaid with this transaction's own changes, in id order. */
  async all<T = StoredRecord>(collection: string): Promise<T[]> {
    return this.rows(collection) as T[];
  }

  async findBy<T = StoredRecord>(collection: string, field: string, value: string | number): Promise<T[]> {
    return this.rows(collection).filter((row) => row[field] === value) as T[];
  }

  async count(collection: string): Promise<number> {
    return this.rows(collection).length;
  }

  async insert<T extends { id: number } = StoredRecord>(
    collection: string,
    data: Omit<T, 'id' | 'createdAt' | 'updatedAt' | 'version'>,
  ): Promise<T> {
    this.writable();
    const id = this.tables.reserveId(collection);
    const record = { ...data, id, createdAt: this.at, updatedAt: this.at, version: 1 } as unknown as T;
    this.change(collection, id, record as unknown as StoredRecord);
    return record;
  }

  async put<T extends { id: number } = StoredRecord>(collection: string, record: T): Promise<T> {
    this.writable();
    this.change(collection, record.id, record as unknown as StoredRecord);
    return record;
  }

  async update<T extends { id: number } = StoredRecord>(
    collection: string,
    id: number,
    patch: Partial<NoInfer<T>>,
  ): Promise<T> {
    this.writable();
    const current = this.read<StoredRecord>(collection, id);
    if (!current) throw new Error(`update of missing ${collection} ${id}`);
    const record = updatedRecord<T>(current, patch, id, this.at);
    this.change(collection, id, record as unknown as StoredRecord);
    return record;
  }

  async remove(collection: string, id: number): Promise<void> {
    this.writable();
    this.change(collection, id, null);
  }

  /** Ends the transaction: what it wrote, as journal operations. A write after this throws. */
  finish(): JournalOp[] {
    this.finished = true;
    return [...this.changes.values()].map((ch) =>
      ch.r ? { c: ch.c, id: ch.id, r: ch.r } : { c: ch.c, id: ch.id, d: 1 },
    );
  }

  private read<T>(collection: string, id: number): T | undefined {
    const change = this.changes.get(key(collection, id));
    if (change) return (change.r ?? undefined) as T | undefined;
    return this.tables.committed(collection, id) as T | undefined;
  }

  private rows(collection: string): StoredRecord[] {
    const committed = this.tables.committedRows(collection);
    if (!this.touched.has(collection)) return committed.slice();
    const rows: StoredRecord[] = [];
    for (const row of committed) {
      const change = this.changes.get(key(collection, row.id));
      if (!change) rows.push(row);
      else if (change.r) rows.push(change.r);
    }
    let added = false;
    for (const change of this.changes.values()) {
      if (change.c === collection && change.r && !this.tables.committed(collection, change.id)) {
        rows.push(change.r);
        added = true;
      }
    }
    return added ? rows.sort((a, b) => a.id - b.id) : rows;
  }

  private change(collection: string, id: number, record: StoredRecord | null): void {
    this.changes.set(key(collection, id), { c: collection, id, r: record });
    this.touched.add(collection);
  }

  /** A write after the transaction function resolved (an un-awaited promise) would be lost: refuse it loudly. */
  private writable(): void {
    if (this.finished) throw new Error('write after the transaction ended (a missing await?)');
  }
}

function key(collection: string, id: number): string {
  return `${collection}\u0000${id}`;
}
