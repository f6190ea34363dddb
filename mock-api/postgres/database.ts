/**
 * The data layer on PostgreSQL (DATABASE_URL): each collection a table of
 * whole records in `doc` (see migrations/). Every write request is one
 * SERIALIZABLE transaction: PostgreSQL refuses a transaction whose reads
 * another committed one has changed, and it runs again from the start, so two
 * API instances on one database never lose an update and no lock is held
 * inside a Node process. Ids come from each table's identity, so they are
 * unique across instances and never reused.
 */
import pg from 'pg';
import { DomainError, problem } from '../../src/domain/errors';
import { updatedRecord, type Database, type StoredRecord, type WriteTransaction } from '../store/database';
import type { ListResult } from '../rest/list';
import type { Condition, ListQuery } from '../rest/query';
import { anyOfSql, listSql } from './list';
import { SEARCH_INDEXES, tableOf } from './tables';

/** serialization_failure, deadlock_detected: the transaction may simply run again. */
const RETRYABLE = new Set(['40001', '40P01']);
/** unique_violation, check_violation, foreign_key_violation: the database refused the change itself. */
const REFUSED = new Set(['23505', '23514', '23503']);
/** Enough for the busiest storm (200 writers on one stock level) to get through. */
const MAX_ATTEMPTS = 60;

/** A field name goes into SQL text (as a JSON key literal), so only plain identifiers are accepted. */
const FIELD = /^[A-Za-z][A-Za-z0-9]*$/;

type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;
type Row = { id: string; doc: Record<string, unknown> };

const sqlCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;

/** A record as the API holds it; credentials keep their key (the user id) only in the row. */
function recordOf<T>(row: Row): T {
  return ('id' in row.doc ? row.doc : { ...row.doc, id: Number(row.id) }) as T;
}

/** Table → the columns lifted out of `doc` (migrations/), which carry the indexes `findBy` should use. */
type LiftedColumns = Map<string, Set<string>>;

async function liftedColumns(db: Queryable): Promise<LiftedColumns> {
  const { rows } = await db.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND is_generated = 'ALWAYS'`,
  );
  const columns: LiftedColumns = new Map();
  for (const { table_name: table, column_name: column } of rows)
    columns.set(table, (columns.get(table) ?? new Set()).add(column));
  return columns;
}

const snakeCase = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

class Reader {
  constructor(
    protected readonly db: Queryable,
    protected readonly lifted: () => Promise<LiftedColumns>,
  ) {}

  async get<T = StoredRecord>(collection: string, id: number): Promise<T | undefined> {
    if (!Number.isSafeInteger(id)) return undefined;
    const { rows } = await this.db.query<Row>(`SELECT id, doc FROM ${tableOf(collection)} WHERE id = $1`, [
      id,
    ]);
    return rows[0] ? recordOf<T>(rows[0]) : undefined;
  }

  async all<T = StoredRecord>(collection: string): Promise<T[]> {
    const { rows } = await this.db.query<Row>(`SELECT id, doc FROM ${tableOf(collection)} ORDER BY id`);
    return rows.map((row) => recordOf<T>(row));
  }

  async findBy<T = StoredRecord>(collection: string, field: string, value: string | number): Promise<T[]> {
    if (!FIELD.test(field)) throw new Error(`findBy: "${field}" is not a plain field name`);
    const table = tableOf(collection);
    // A lifted column (shipments.order_id for `orderId`) has an index; the same key inside `doc` has none.
    const column = snakeCase(field);
    const where = (await this.lifted()).get(table)?.has(column) ? column : `doc ->> '${field}'`;
    const { rows } = await this.db.query<Row>(
      `SELECT id, doc FROM ${table} WHERE ${where} = $1 ORDER BY id`,
      [String(value)],
    );
    return rows.map((row) => recordOf<T>(row));
  }

  async count(collection: string): Promise<number> {
    const { rows } = await this.db.query<{ n: string }>(`SELECT count(*) AS n FROM ${tableOf(collection)}`);
    return Number(rows[0]?.n ?? 0);
  }
}

class PostgresTransaction extends Reader implements WriteTransaction {
  wrote = false;

  constructor(
    client: pg.PoolClient,
    lifted: () => Promise<LiftedColumns>,
    readonly at: string,
  ) {
    super(client, lifted);
  }

  async insert<T extends { id: number } = StoredRecord>(
    collection: string,
    data: Omit<T, 'id' | 'createdAt' | 'updatedAt' | 'version'>,
  ): Promise<T> {
    this.wrote = true;
    const table = tableOf(collection);
    const stamped = { ...data, createdAt: this.at, updatedAt: this.at, version: 1 };
    const { rows } = await this.db.query<Row>(
      `WITH next AS (SELECT nextval(pg_get_serial_sequence($1, 'id')) AS id)
       INSERT INTO ${table} (id, doc)
       SELECT next.id, $2::jsonb || jsonb_build_object('id', next.id) FROM next
       RETURNING id, doc`,
      [table, JSON.stringify(stamped)],
    );
    return recordOf<T>(rows[0]!);
  }

  async put<T extends { id: number } = StoredRecord>(collection: string, record: T): Promise<T> {
    this.wrote = true;
    await this.db.query(
      `INSERT INTO ${tableOf(collection)} (id, doc) VALUES ($1, $2)
       ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc`,
      [record.id, JSON.stringify(record)],
    );
    return record;
  }

  async update<T extends { id: number } = StoredRecord>(
    collection: string,
    id: number,
    patch: Partial<NoInfer<T>>,
  ): Promise<T> {
    const current = await this.get<StoredRecord>(collection, id);
    if (!current) throw new Error(`update of missing ${collection} ${id}`);
    this.wrote = true;
    const record = updatedRecord<T>(current, patch, id, this.at);
    await this.db.query(`UPDATE ${tableOf(collection)} SET doc = $2 WHERE id = $1`, [
      id,
      JSON.stringify(record),
    ]);
    return record;
  }

  async remove(collection: string, id: number): Promise<void> {
    this.wrote = true;
    await this.db.query(`DELETE FROM ${tableOf(collection)} WHERE id = $1`, [id]);
  }
}

export interface PostgresDatabaseOptions {
  now?: () => Date;
  /** Connections this instance keeps open (default 10). */
  poolSize?: number;
}

export class PostgresDatabase extends Reader implements Database {
  readonly now: () => Date;
  private readonly pool: pg.Pool;

  constructor(url: string, options: PostgresDatabaseOptions = {}) {
    const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
    let columns: Promise<LiftedColumns> | null = null;
    super(
      pool,
      () =>
        (columns ??= liftedColumns(pool).catch((error: unknown) => {
          columns = null; // asked again next time, not failed for good
          throw error;
        })),
    );
    this.pool = pool;
    this.now = options.now ?? (() => new Date());
    // An idle connection the server dropped must not take the process down.
    pool.on('error', (error) => console.error('PostgreSQL connection lost:', error.message));
  }

  private async listSqlFor(collection: string, query: ListQuery, searchFields: readonly string[]) {
    const table = tableOf(collection);
    const lifted = (await this.lifted()).get(table) ?? new Set<string>();
    return { table, sql: listSql(query, searchFields, lifted, SEARCH_INDEXES[table]) };
  }

  async page<T = StoredRecord>(
    collection: string,
    query: ListQuery,
    searchFields: readonly string[],
  ): Promise<ListResult<T> | undefined> {
    const { table, sql } = await this.listSqlFor(collection, query, searchFields);
    if (!sql) return undefined;
    const limit = sql.limit === null ? '' : ` LIMIT ${sql.limit}`;
    // The total is counted before LIMIT, in the same statement, so page and total agree.
    const { rows } = await this.pool.query<Row & { total: string }>(
      `SELECT id, doc, count(*) OVER () AS total FROM ${table} WHERE ${sql.where}
        ORDER BY ${sql.orderBy}${limit} OFFSET ${sql.offset}`,
      sql.params,
    );
    const total =
      rows[0] !== undefined
        ? Number(rows[0].total)
        : Number(
            (
              await this.pool.query<{ n: string }>(
                `SELECT count(*) AS n FROM ${table} WHERE ${sql.where}`,
                sql.params,
              )
            ).rows[0]?.n ?? 0,
          );
    const end = sql.limit === null ? total - 1 : query.start + sql.limit - 1;
    return { rows: rows.map((row) => recordOf<T>(row)), total, start: query.start, end };
  }

  async anyOf<T = StoredRecord>(
    collection: string,
    groups: readonly (readonly Condition[])[],
  ): Promise<T[] | undefined> {
    const table = tableOf(collection);
    const sql = anyOfSql(groups, (await this.lifted()).get(table) ?? new Set());
    if (!sql) return undefined;
    const { rows } = await this.pool.query<Row>(
      `SELECT id, doc FROM ${table} WHERE ${sql.where} ORDER BY id`,
      sql.params,
    );
    return rows.map((row) => recordOf<T>(row));
  }

  async countBy(
    collection: string,
    query: ListQuery,
    searchFields: readonly string[],
    field: string,
  ): Promise<{ all: number; by: Map<string, number> } | undefined> {
    const { table, sql } = await this.listSqlFor(collection, query, searchFields);
    if (!sql || !FIELD.test(field)) return undefined;
    const { rows } = await this.pool.query<{ value: string | null; n: string }>(
      `SELECT doc ->> '${field}' AS value, count(*) AS n FROM ${table} WHERE ${sql.where} GROUP BY 1`,
      sql.params,
    );
    const by = new Map<string, number>();
    let all = 0;
    for (const row of rows) {
      all += Number(row.n);
      if (row.value !== null) by.set(row.value, Number(row.n));
    }
    return { all, by };
  }

  async version(): Promise<number> {
    const { rows } = await this.pool.query<{ last_value: string; is_called: boolean }>(
      'SELECT last_value, is_called FROM data_version',
    );
    const row = rows[0];
    return row?.is_called ? Number(row.last_value) : 0;
  }

  async transact<T>(fn: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const client = await this.pool.connect();
      let tx: PostgresTransaction | null = null;
      try {
        await client.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
        tx = new PostgresTransaction(client, this.lifted, this.now().toISOString());
        const result = await fn(tx);
        await client.query('COMMIT');
        // After the commit, so a cache built meanwhile is at worst fresher than its version, never staler.
        if (tx.wrote) await client.query("SELECT nextval('data_version')");
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        const code = sqlCode(error);
        if (code && RETRYABLE.has(code) && attempt < MAX_ATTEMPTS) {
          await backOff(attempt);
          continue;
        }
        // The handlers check what they can first; what reaches here lost a race (or ran out of retries).
        if (code && (RETRYABLE.has(code) || REFUSED.has(code)))
          throw new DomainError(409, problem('errors.writeConflict'));
        throw error;
      } finally {
        client.release();
      }
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** Waits a random while that grows with the attempts, so writers that collided do not collide again. */
function backOff(attempt: number): Promise<void> {
  const ceiling = Math.min(2 ** attempt, 100);
  return new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
}
