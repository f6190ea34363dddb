/**
 * The embedded database (the zero-setup default behind `Database`):
 * collections held in memory, changed only through transactions. A
 * transaction buffers its writes, sees its own changes, and is committed
 * (journalled, then applied) only if its function resolves; a throw discards
 * everything, so a refused request never half-applies. Transaction functions
 * are asynchronous, so an `await` inside one lets another request run:
 * transactions therefore wait in a queue and run one at a time, and reads
 * outside them see committed data only. Records are never mutated in place: an
 * update stores a new object, which lets snapshots run while writes continue.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import type { Database, StoredRecord, WriteTransaction } from './database';
import { Journal, writeSnapshot, type JournalEntry, type JournalOp } from './journal';
import { entriesToReplay, removeStaleSnapshots } from './recovery';
import { Transaction, type CommittedTables } from './transaction';

export type { StoredRecord } from './database';

type Table = {
  rows: Map<number, StoredRecord>;
  nextId: number;
  /** The rows in id order, built on the first read after a change. */
  sorted: StoredRecord[] | null;
};

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

export class Store implements Database {
  private readonly tables = new Map<string, Table>();
  private meta: DatabaseFile['meta'];
  private journal: Journal | null = null;
  private snapshotting: Promise<void> | null = null;
  /** The last queued transaction; the next one starts when it has settled. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Set while a transaction function runs, so a nested `transact` fails instead of waiting for itself. */
  private readonly running = new AsyncLocalStorage<true>();
  private readonly committedTables: CommittedTables = {
    committed: (collection, id) => this.table(collection).rows.get(id),
    committedRows: (collection) => this.rowsInIdOrder(collection),
    reserveId: (collection) => this.table(collection).nextId++,
  };
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

  /** The journal sequence: the number of transactions committed since the database was created. */
  async version(): Promise<number> {
    return this.meta.seq;
  }

  collections(): string[] {
    return [...this.tables.keys()];
  }

  has(collection: string): boolean {
    return this.tables.has(collection);
  }

  async all<T = StoredRecord>(collection: string): Promise<T[]> {
    return this.rowsInIdOrder(collection).slice() as T[];
  }

  async findBy<T = StoredRecord>(collection: string, field: string, value: string | number): Promise<T[]> {
    return this.rowsInIdOrder(collection).filter((row) => row[field] === value) as T[];
  }

  async count(collection: string): Promise<number> {
    return this.table(collection).rows.size;
  }

  async get<T = StoredRecord>(collection: string, id: number): Promise<T | undefined> {
    return this.table(collection).rows.get(id) as T | undefined;
  }

  /**
   * Queues `fn` behind the transactions before it and commits its writes if it
   * resolves. Calling `transact` from inside a transaction function would wait
   * for itself forever, so it is refused: use the `tx` you were given.
   */
  transact<T>(fn: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    if (this.running.getStore()) {
      return Promise.reject(new Error('transact() inside a transaction: use its tx instead'));
    }
    const run = this.queue.then(() => this.running.run(true, () => this.runTransaction(fn)));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async runTransaction<T>(fn: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    const tx = new Transaction(this.committedTables, this.now().toISOString());
    try {
      const result = await fn(tx);
      const ops = tx.finish();
      if (ops.length > 0) this.commit(ops);
      return result;
    } finally {
      tx.finish();
    }
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
    await this.queue;
    if (this.snapshotting) await this.snapshotting;
    if (this.journal && this.journal.pending > 0) await this.snapshot();
    this.journal?.close();
    this.journal = null;
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
      table.sorted = null;
      if ('d' in op) table.rows.delete(op.id);
      else {
        table.rows.set(op.id, op.r as StoredRecord);
        if (op.id >= table.nextId) table.nextId = op.id + 1;
      }
    }
    this.meta.seq = entry.seq;
  }

  private createTable(name: string): Table {
    const table: Table = { rows: new Map(), nextId: 1, sorted: null };
    this.tables.set(name, table);
    return table;
  }

  private table(collection: string): Table {
    return this.tables.get(collection) ?? this.createTable(collection);
  }

  private rowsInIdOrder(collection: string): StoredRecord[] {
    const table = this.table(collection);
    if (!table.sorted) {
      const rows = [...table.rows.values()];
      // Maps keep insertion order, which is id order unless a record was put under an older id.
      if (rows.some((row, i) => i > 0 && row.id < rows[i - 1]!.id)) rows.sort((a, b) => a.id - b.id);
      table.sorted = rows;
    }
    return table.sorted;
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
  return { rows: map, nextId: maxId + 1, sorted: null };
}
