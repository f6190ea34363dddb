/**
 * Loads a generated database (the seed) into an empty, migrated PostgreSQL
 * database with COPY, one stream per table, in one transaction: a refused row
 * leaves nothing behind. References are checked at the commit (the schema's
 * foreign keys are deferrable), so the order of rows does not matter.
 */
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { idOf, LOAD_ORDER, tableOf, type Database } from './tables';

/** A CSV field: quoted, with its quotes doubled. */
const csvField = (text: string) => `"${text.replaceAll('"', '""')}"`;

function* csvRows(records: readonly object[]): Generator<string> {
  let chunk = '';
  for (const record of records) {
    chunk += `${idOf(record as Record<string, unknown>)},${csvField(JSON.stringify(record))}\n`;
    if (chunk.length > 1 << 16) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

export interface LoadReport {
  rows: Record<string, number>;
  ms: number;
}

export async function loadDatabase(databaseUrl: string, db: Database): Promise<LoadReport> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const rows: Record<string, number> = {};
  try {
    await client.query('BEGIN');
    await client.query('SET CONSTRAINTS ALL DEFERRED');
    for (const collection of LOAD_ORDER) {
      const table = tableOf(collection);
      const { rows: existing } = await client.query<{ any: boolean }>(
        `SELECT EXISTS (SELECT 1 FROM ${table}) AS any`,
      );
      if (existing[0]?.any) throw new Error(`${table} already holds data; load into an empty database`);
      // A file from before a collection existed (the shop's settings) simply has none of it.
      const records = (db[collection] ?? []) as readonly object[];
      await pipeline(
        Readable.from(csvRows(records)),
        client.query(copyFrom(`COPY ${table} (id, doc) FROM STDIN WITH (FORMAT csv)`)),
      );
      rows[collection] = records.length;
      // The seed chose its own ids; new records must be numbered after them.
      await client.query(
        `SELECT setval(seq, (SELECT coalesce(max(id), 0) + 1 FROM ${table}), false)
           FROM pg_get_serial_sequence($1, 'id') AS seq WHERE seq IS NOT NULL`,
        [table],
      );
    }
    await client.query('INSERT INTO meta (key, value) VALUES ($1, $2)', [
      'database',
      JSON.stringify(db.meta),
    ]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  return { rows, ms: performance.now() - started };
}
