/** A database of its own for each test file, on the server the `postgres` project set up. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { Database as SeedDatabase } from '../seed/database';
import { PostgresDatabase } from './database';
import { loadDatabase } from './load';
import { MIGRATED_TEMPLATE } from './test-server';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

async function onServer<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export interface FreshDatabaseOptions {
  /** Start as a copy of the migrated, empty template (see ./test-server.ts). */
  migrated?: boolean;
}

export async function freshDatabase(options: FreshDatabaseOptions = {}): Promise<TestDatabase> {
  const serverUrl = inject('postgresUrl');
  const name = `kontor_test_${randomBytes(6).toString('hex')}`;
  const template = options.migrated ? ` TEMPLATE ${MIGRATED_TEMPLATE}` : '';
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE ${name}${template}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    drop: () =>
      onServer(serverUrl, (client) => client.query(`DROP DATABASE ${name} WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}

export interface LoadedTestDatabase extends TestDatabase {
  db: PostgresDatabase;
}

/** A fresh database of the migrated template, loaded with `data`, and the data layer on it. */
export async function loadedDatabase(
  data: SeedDatabase,
  options: { now?: () => Date } = {},
): Promise<LoadedTestDatabase> {
  const database = await freshDatabase({ migrated: true });
  await loadDatabase(database.url, data);
  const db = new PostgresDatabase(database.url, { now: options.now, poolSize: 8 });
  return {
    url: database.url,
    db,
    drop: async () => {
      await db.close();
      await database.drop();
    },
  };
}
