/**
 * `npm run api`: the mock API alone. API_PORT (3000), API_HOST (127.0.0.1),
 * DB_FILE (mock-api/data/db.json, generated from the seed when missing) and
 * SEED_SCALE (demo | large | tiny).
 */
import path from 'node:path';
import { createApp } from './server';
import { configFromEnv } from './config';
import { Store } from './store/store';
import { ensureDatabase } from './seed/database';

const SCALES = ['tiny', 'demo', 'large'] as const;
type Scale = (typeof SCALES)[number];

async function main(): Promise<void> {
  const port = Number(process.env.API_PORT ?? 3000);
  const host = process.env.API_HOST ?? '127.0.0.1';
  const dbFile = path.resolve(process.env.DB_FILE ?? path.join(import.meta.dirname, 'data', 'db.json'));
  const scale = (process.env.SEED_SCALE ?? 'demo') as Scale;
  if (!SCALES.includes(scale))
    throw new Error(`SEED_SCALE must be one of ${SCALES.join(', ')}, got "${scale}"`);

  if (await ensureDatabase(dbFile, scale)) console.log(`Generated a ${scale} database at ${dbFile}`);
  const started = Date.now();
  const store = Store.open(dbFile);
  console.log(`Loaded ${dbFile} in ${Date.now() - started} ms`);
  const app = await createApp(store, configFromEnv());
  const server = app.listen(port, host, () => {
    console.log(`Kontor mock API listening on http://${host}:${port}`);
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: saving the database and stopping…`);
    server.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
