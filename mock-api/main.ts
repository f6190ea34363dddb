/**
 * `npm run api`: the mock API alone. API_PORT (3000), API_HOST (127.0.0.1),
 * and its database: DATABASE_URL (postgres://…, migrated on start with
 * DB_MIGRATE=1) or else the embedded store in DB_FILE
 * (mock-api/data/db.json, generated from the seed when missing, at
 * SEED_SCALE demo | large | tiny).
 */
import path from 'node:path';
import { createApp } from './server';
import { configFromEnv } from './config';
import { Store } from './store/store';
import type { Database } from './store/database';
import { ensureDatabase } from './seed/database';
import { openPostgres, redacted } from './postgres/open';

const SCALES = ['tiny', 'demo', 'large'] as const;
type Scale = (typeof SCALES)[number];

async function openDatabase(): Promise<Database> {
  const started = Date.now();
  const url = process.env.DATABASE_URL;
  if (url) {
    const db = await openPostgres(url, { migrate: process.env.DB_MIGRATE === '1' });
    console.log(`Opened PostgreSQL at ${redacted(url)} in ${Date.now() - started} ms`);
    return db;
  }
  const dbFile = path.resolve(process.env.DB_FILE ?? path.join(import.meta.dirname, 'data', 'db.json'));
  const scale = (process.env.SEED_SCALE ?? 'demo') as Scale;
  if (!SCALES.includes(scale))
    throw new Error(`SEED_SCALE must be one of ${SCALES.join(', ')}, got "${scale}"`);
  if (ensureDatabase(dbFile, scale)) console.log(`Generated a ${scale} database at ${dbFile}`);
  const store = Store.open(dbFile);
  console.log(`Loaded ${dbFile} in ${Date.now() - started} ms`);
  return store;
}

async function main(): Promise<void> {
  const port = Number(process.env.API_PORT ?? 3000);
  const host = process.env.API_HOST ?? '127.0.0.1';
  const db = await openDatabase();
  const app = await createApp(db, configFromEnv());
  const server = app.listen(port, host, () => {
    console.log(`Kontor mock API listening on http://${host}:${port}`);
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: saving the database and stopping…`);
    server.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
