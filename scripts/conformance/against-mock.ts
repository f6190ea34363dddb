/**
 * `npm run conformance:mock`: the conformance suite against Kontor's own mock
 * API, started on a free port over a fresh `tiny` database in a temporary
 * directory (what CI runs). `-- --postgres` runs the API on a throw-away
 * PostgreSQL loaded with the same data instead. Other arguments go to the
 * suite (`--only text`).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROLES, type Role } from '../../src/domain/permissions';
import { loadDatabase } from '../../mock-api/postgres/load';
import { migrateDatabase } from '../../mock-api/postgres/migrate';
import { ensureDatabase, type Database } from '../../mock-api/seed/database';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../lib/postgres';
import { anyFreePort } from '../lib/ports';
import { stopAllProcesses, tailOfFile } from '../lib/processes';
import { startApi } from '../lib/servers';
import type { Credentials } from './context';
import { runConformance } from './run';

const dir = mkdtempSync(join(tmpdir(), 'kontor-conformance-'));
const log = join(dir, 'api.log');
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const onPostgres = process.argv.includes('--postgres');
let postgres: ThrowawayPostgres | null = null;
let failed = 1;
try {
  const dbFile = join(dir, 'db.json');
  const env: NodeJS.ProcessEnv = { API_LOG: '0' };
  if (onPostgres) {
    postgres = await startThrowawayPostgres();
    await migrateDatabase(postgres.url);
    ensureDatabase(dbFile, 'tiny');
    await loadDatabase(postgres.url, JSON.parse(readFileSync(dbFile, 'utf8')) as Database);
    env.DATABASE_URL = postgres.url;
    console.log(`The API runs on PostgreSQL ${postgres.version} (a throw-away server).`);
  }
  const api = await startApi({
    port: await anyFreePort(),
    dbFile,
    scale: 'tiny',
    output: { logFile: log },
    env,
  });
  const credentials = Object.fromEntries(
    ROLES.map((role) => [role, { username: role, password: 'kontor-demo' }]),
  ) as Record<Role, Credentials>;
  ({ failed } = await runConformance({ url: `${api.origin}/api`, credentials, only }));
  if (failed > 0) console.log(`\nThe API's log (last lines):\n${tailOfFile(log)}`);
} finally {
  await stopAllProcesses();
  await postgres?.stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed > 0 ? 1 : 0);
