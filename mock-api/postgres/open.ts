/**
 * Opening the API's database on PostgreSQL: the schema must be up to date
 * (migrated here when asked, otherwise by `npm run db:migrate`) and the data
 * loaded (`npm run seed -- --database-url …`). Either missing is said plainly,
 * with the command that fixes it, instead of failing on the first request.
 */
import { readdirSync } from 'node:fs';
import pg from 'pg';
import { PostgresDatabase, type PostgresDatabaseOptions } from './database';
import { MIGRATIONS_DIR, migrateDatabase } from './migrate';

export interface OpenPostgresOptions extends PostgresDatabaseOptions {
  /** Apply pending migrations first (DB_MIGRATE=1). Instances starting together take turns. */
  migrate?: boolean;
}

/** The URL without its password, for messages. */
export function redacted(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.href;
}

async function pendingMigrations(client: pg.Client): Promise<string[]> {
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((file) => file.endsWith('.sql'))
    .map((file) => file.replace(/\.sql$/, ''));
  const { rows: table } = await client.query<{ exists: boolean }>(
    "SELECT to_regclass('pgmigrations') IS NOT NULL AS exists",
  );
  if (!table[0]?.exists) return files;
  const { rows } = await client.query<{ name: string }>('SELECT name FROM pgmigrations');
  const applied = new Set(rows.map((row) => row.name));
  return files.filter((file) => !applied.has(file));
}

export async function openPostgres(
  url: string,
  options: OpenPostgresOptions = {},
): Promise<PostgresDatabase> {
  if (options.migrate) await migrateDatabase(url, { log: (message) => console.log(message) });
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `Cannot reach PostgreSQL at ${redacted(url)}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  try {
    const pending = await pendingMigrations(client);
    if (pending.length > 0)
      throw new Error(
        `The database at ${redacted(url)} lacks ${pending.length} schema migration(s) (${pending.join(', ')}). ` +
          'Run `npm run db:migrate` with the same DATABASE_URL, or start the API with DB_MIGRATE=1.',
      );
    const { rows } = await client.query<{ any: boolean }>('SELECT EXISTS (SELECT 1 FROM users) AS any');
    if (!rows[0]?.any)
      throw new Error(
        `The database at ${redacted(url)} holds no users yet. Load the demo data with ` +
          '`npm run seed -- --database-url <the same URL>`.',
      );
  } finally {
    await client.end();
  }
  return new PostgresDatabase(url, options);
}
