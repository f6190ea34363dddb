/**
 * `npm run conformance:mock`: the conformance suite against Kontor's own mock
 * API, started on a free port over a fresh `tiny` database in a temporary
 * directory (what CI runs). Extra arguments go to the suite (`--only text`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROLES, type Role } from '../../src/domain/permissions';
import { anyFreePort } from '../lib/ports';
import { stopAllProcesses, tailOfFile } from '../lib/processes';
import { startApi } from '../lib/servers';
import type { Credentials } from './context';
import { runConformance } from './run';

const dir = mkdtempSync(join(tmpdir(), 'kontor-conformance-'));
const log = join(dir, 'api.log');
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
let failed = 1;
try {
  const api = await startApi({
    port: await anyFreePort(),
    dbFile: join(dir, 'db.json'),
    scale: 'tiny',
    output: { logFile: log },
    env: { API_LOG: '0' },
  });
  const credentials = Object.fromEntries(
    ROLES.map((role) => [role, { username: role, password: 'kontor-demo' }]),
  ) as Record<Role, Credentials>;
  ({ failed } = await runConformance({ url: `${api.origin}/api`, credentials, only }));
  if (failed > 0) console.log(`\nThe API's log (last lines):\n${tailOfFile(log)}`);
} finally {
  await stopAllProcesses();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed > 0 ? 1 : 0);
