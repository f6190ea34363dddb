/**
 * The mock API's database: collections held in memory, changed only through
 * transactions. A transaction buffers its writes, sees its own changes, and is
 * committed (journalled, then applied) only if its function returns; a throw
 * discards everything, so a refused request never half-applies. Node runs one
 * request handler at a time and transactions are synchronous, so concurrent
 * requests are serialised. Records are never mutated in place: an update
 * stores a new object, which lets snapshots run while writes continue.
 */
import fs from 'node:fs';
import { Journal, writeSnapshot, type JournalEntry, type JournalOp } from './journal';
import { entriesToReplay, removeStaleSnapshots } from './recovery';

export interface StoredRecord {
  id: number;
  [field: string]: unknown;
}

type Table = { rows: Map<number, StoredRecord>; nextId: number };

export interface DatabaseFile {
  meta: { seq: number; [key: string]: unknown };
  [collection: string]: unknown;
}

export interface StoreOptions {
  /** Where the snapshot lives; the journal sits beside it. Without it the store is memory-only. */
  file?: string;
  /** Snapshot after this many journalled transactions (default 2000). */
  snapshotEvery?: number;
  fsync?: boolean;
  now?: () => Date;
}

const NO_ID_COLLECTIONS = { credentials: 'userId' } as const;

export class Store {
  private readonly tables = new Map<string, Table>();
  private meta: DatabaseFile['meta'];
  private journal: Journal | null = null;
  private snapshotting: Promise<void> | null = null;
  readonly now: () => Date;

  constructor(
    data: DatabaseFile,
    private readonly options: StoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.meta = { ...data.meta };
    for (const [name, value] of Object.entries(data)) {
      if (name === 'meta' || !Array.isArray(value)) continue;
      this.tables.set(name, tableFrom(name, value as Record<string, unknown>[]));
    }
  }

  /** Loads the snapshot and replays the journal written after it. */
  static open(file: string, options: Omit<StoreOptions, 'file'> = {}): Store {
    removeStaleSnapshots(file);
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as DatabaseFile;
    const store = new Store(data, { ...options, file });
    const journalFile = `${file}.journal`;
    // Throws on damage in the middle of a journal; cuts a torn tail off before the journal is reopened for appending.
    const replay = entriesToReplay([`${journalFile}.old`, journalFile], store.meta.seq);
    for (const entry of replay) store.apply(entry);
    store.journal = new Journal(journalFile, { fsync: options.fsync });
    // Fold what was replayed into the snapshot so the journal does not grow across restarts.
    if (replay.length > 0) {
      store
        .snapshot()
        .catch((error: unknown) =>
          console.error('Snapshot after recovery failed; the journal keeps every write.', error),
        );
    }
    return store;
  }

  get seq(): number {
    return this.meta.seq;
  }

  collections(): string[] {
    return [...this.tables.keys()];
  }

  has(collection: string): boolean {
    return this.tables.has(collection);
  }

  all<T = StoredRecord>(collection: string): IterableIterator<T> {
    return this.table(collection).rows.values() as IterableIterator<T>;
  }

  count(collection: string): number {
    return this.table(collection).rows.size;
  }

  get<T = StoredRecord>(collection: string, id: number): T | undefined {
    return this.table(collection).rows.get(id) as T | undefined;
  }

  transact<T>(fn: (tx: Transaction) => T): T {
    const tx = new Transaction(this);
    const result = fn(tx);
    const ops = tx.ops();
    if (ops.length > 0) this.commit(ops);
    return result;
  }

  /** Writes a full snapshot now and drops the journal entries it contains. */
  async snapshot(): Promise<void> {
    if (!this.options.file) return;
    if (this.snapshotting) return this.snapshotting;
    const file = this.options.file;
    const meta = { ...this.meta };
    const tables = [...this.tables].map(
      ([name, t]) => [name, [...t.rows.values()]] as [string, StoredRecord[]],
    );
    const oldJournal = this.journal?.rotate();
    this.snapshotting = writeSnapshot(file, meta, tables)
      .then(() => {
        if (oldJournal) fs.rmSync(oldJournal, { force: true });
      })
      .finally(() => {
        this.snapshotting = null;
      });
    return this.snapshotting;
  }

  async close(): Promise<void> {
    if (this.snapshotting) await this.snapshotting;
    if (this.journal && this.journal.pending > 0) await this.snapshot();
    this.journal?.close();
    this.journal = null;
  }

  /** Reserves the next id of a collection; ids are never reused, even if the transaction fails. */
  reserveId(collection: string): number {
    const table = this.table(collection);
    return table.nextId++;
  }

  private commit(ops: JournalOp[]): void {
    const entry: JournalEntry = { seq: this.meta.seq + 1, ops };
    this.journal?.append(entry);
    this.apply(entry);
    const every = this.options.snapshotEvery ?? 2000;
    if (this.journal && this.journal.pending >= every && !this.snapshotting) {
      this.snapshot().catch((error: unknown) =>
        console.error('Snapshot failed; the journal keeps every write.', error),
      );
    }
  }

  private apply(entry: JournalEntry): void {
    for (const op of entry.ops) {
      const table = this.tables.get(op.c) ?? this.createTable(op.c);
      if ('d' in op) table.rows.delete(op.id);
      else {
        table.rows.set(op.id, op.r as StoredRecord);
        if (op.id >= table.nextId) table.nextId = op.id + 1;
      }
    }
    this.meta.seq = entry.seq;
  }

  private createTable(name: string): Table {
    const table: Table = { rows: new Map(), nextId: 1 };
    this.tables.set(name, table);
    return table;
  }

  private table(collection: string): Table {
    return this.tables.get(collection) ?? this.createTable(collection);
  }
}

function tableFrom(name: string, rows: Record<string, unknown>[]): Table {
  const keyField = NO_ID_COLLECTIONS[name as keyof typeof NO_ID_COLLECTIONS];
  const map = new Map<number, StoredRecord>();
  let maxId = 0;
  for (const row of rows) {
    const id = Number(row.id ?? (keyField ? row[keyField] : undefined));
    map.set(id, row.id === undefined ? { ...row, id } : (row as StoredRecord));
    if (id > maxId) maxId = id;
  }
  return { rows: map, nextId: maxId + 1 };
}

/**
 * Buffered writes of one transaction. Reads through it see its own writes.
 * `insert`/`update` fill in id, timestamps and version the same way for every
 * collection, so no route sets them by hand.
 */
export class Transaction {
  private readonly changes = new Map<string, { c: string; id: number; r: StoredRecord | null }>();
  readonly at: string;

  constructor(private readonly store: Store) {
    this.at = store.now().toISOString();
  }

  get<T = StoredRecord>(collection: string, id: number): T | undefined {
    const change = this.changes.get(key(collection, id));
    if (change) return (change.r ?? undefined) as T | undefined;
    return this.store.get<T>(collection, id);
  }

  /** Committed records overlaid with this transaction's own changes. */
  *all<T = StoredRecord>(collection: string): Generator<T> {
    for (const row of this.store.all<StoredRecord>(collection)) {
      const change = this.changes.get(key(collection, row.id));
      if (!change) yield row as T;
      else if (change.r) yield change.r as T;
    }
    for (const change of this.changes.values()) {
      if (change.c === collection && change.r && !this.store.get(collection, change.id)) yield change.r as T;
    }
  }

  insert<T extends { id: number } = StoredRecord>(
    collection: string,
    data: Omit<T, 'id' | 'createdAt' | 'updatedAt' | 'version'>,
  ): T {
    const id = this.store.reserveId(collection);
    const record = { ...data, id, createdAt: this.at, updatedAt: this.at, version: 1 } as unknown as T;
    this.changes.set(key(collection, id), { c: collection, id, r: record as unknown as StoredRecord });
    return record;
  }

  /** Stores a record with an id the caller chose (credentials are keyed by user id). */
  put<T extends { id: number } = StoredRecord>(collection: string, record: T): T {
    this.changes.set(key(collection, record.id), {
      c: collection,
      id: record.id,
      r: record as unknown as StoredRecord,
    });
    return record;
  }

  update<T extends { id: number } = StoredRecord>(
    collection: string,
    id: number,
    patch: Partial<NoInfer<T>>,
  ): T {
    const current = this.get<StoredRecord>(collection, id);
    if (!current) throw new Error(`update of missing ${collection} ${id}`);
    const record = {
      ...current,
      ...patch,
      id,
      createdAt: current.createdAt,
      updatedAt: this.at,
      version: Number(current.version ?? 0) + 1,
    } as unknown as T;
    this.changes.set(key(collection, id), { c: collection, id, r: record as unknown as StoredRecord });
    return record;
  }

  remove(collection: string, id: number): void {
    this.changes.set(key(collection, id), { c: collection, id, r: null });
  }

  ops(): JournalOp[] {
    return [...this.changes.values()].map((ch) =>
      ch.r ? { c: ch.c, id: ch.id, r: ch.r } : { c: ch.c, id: ch.id, d: 1 },
    );
  }
}

function key(collection: string, id: number): string {
  return `${collection}\u0000${id}`;
}
