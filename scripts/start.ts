/**
 * `npm start`: the mock API and the Vite dev server side by side, with demo
 * data generated on first run. Ctrl-C stops both; if either dies, so does the other.
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { findFreePort } from './lib/ports';
import { describeExit, stopAllProcesses, type ExitStatus } from './lib/processes';
import {
  DEFAULT_DB_FILE,
  REPO_ROOT,
  parsePort,
  parseSeedScale,
  startApi,
  startWeb,
  type RunningServer,
  type SeedScale,
} from './lib/servers';
import { onInterrupt } from './lib/shutdown';
import { colorEnabled, describeError, formatDuration, paint } from './lib/terminal';

const DEFAULT_API_PORT = 3000;
const DEFAULT_WEB_PORT = 5173;

const ROLE_SUMMARIES = {
  admin: 'everything, including users',
  manager: 'reads everything, runs promotions',
  merchandiser: 'catalogue and promotions',
  warehouse: 'stock, transfers, fulfilment, shipments',
} as const;

/** Relative to the repo when inside it, else absolute. */
function displayPath(file: string): string {
  const inRepo = relative(REPO_ROOT, file);
  return inRepo.startsWith('..') ? file : inRepo;
}

async function ensureDatabaseFile(dbFile: string, scale: SeedScale): Promise<void> {
  if (existsSync(dbFile)) return;
  console.log(`No database at ${displayPath(dbFile)}; generating demo data (scale ${scale})…`);
  const started = performance.now();
  // Imported only when needed, so an existing database never depends on the seed code loading.
  const { ensureDatabase } = await import('../mock-api/seed/index');
  ensureDatabase(dbFile, scale);
  console.log(`Generated ${displayPath(dbFile)} in ${formatDuration(performance.now() - started)}.`);
}

async function pickPort(envName: string, fallback: number, taken: number[] = []): Promise<number> {
  const preferred = parsePort(process.env[envName], fallback);
  const port = await findFreePort(preferred, taken);
  if (port !== preferred) console.log(`Port ${preferred} is busy; using ${port} instead (${envName}).`);
  return port;
}

function printBanner(api: RunningServer, web: RunningServer, dbFile: string): void {
  const width = Math.max(...Object.keys(ROLE_SUMMARIES).map((name) => name.length));
  const logins = Object.entries(ROLE_SUMMARIES).map(
    ([name, summary]) => `    ${paint('bold', name.padEnd(width))}  ${paint('dim', summary)}`,
  );
  console.log(
    [
      '',
      `  ${paint('green', '✓')} ${paint('bold', 'Kontor is running')}`,
      '',
      `  Open      ${paint('cyan', `${web.origin}/`)}`,
      `  API       ${api.origin}/api`,
      `  Data      ${displayPath(dbFile)} ${paint('dim', '(delete it to start over)')}`,
      '',
      `  Demo logins, password ${paint('bold', 'kontor-demo')}:`,
      ...logins,
      '',
      `  ${paint('dim', 'Ctrl-C stops both servers.')}`,
      '',
    ].join('\n'),
  );
}

/** Set on Ctrl-C / SIGTERM: children exiting from then on are expected. */
let stopping = false;

async function main(): Promise<void> {
  const dbFile = resolve(REPO_ROOT, process.env.DB_FILE || DEFAULT_DB_FILE);
  const scale = parseSeedScale(process.env.SEED_SCALE, 'demo');
  // On PostgreSQL the data is loaded with `npm run seed -- --database-url`, not into a file.
  if (!process.env.DATABASE_URL) await ensureDatabaseFile(dbFile, scale);

  const apiPort = await pickPort('API_PORT', DEFAULT_API_PORT);
  const webPort = await pickPort('PORT', DEFAULT_WEB_PORT, [apiPort]);
  onInterrupt(async (signal) => {
    stopping = true;
    console.log(`\n${signal}: stopping the API and the dev server…`);
    await stopAllProcesses();
  }, 0);

  // Children write through pipes; keep their colours when we are on a terminal.
  const env = colorEnabled() ? { FORCE_COLOR: '1' } : {};
  const [api, web] = await Promise.all([
    startApi({ port: apiPort, dbFile, scale, env, output: { prefix: paint('cyan', 'api │ ') } }),
    startWeb({ mode: 'dev', port: webPort, apiPort, env, output: { prefix: paint('magenta', 'web │ ') } }),
  ]);
  printBanner(api, web, dbFile);

  const [stopped, status] = (await Promise.race(
    [api, web].map((server) =>
      server.process.exited.then((exit): [RunningServer, ExitStatus] => [server, exit]),
    ),
  )) as [RunningServer, ExitStatus];
  if (stopping) return;
  console.error(
    paint('red', `${stopped.process.name} exited (${describeExit(status)}); stopping the other server.`),
  );
  await stopAllProcesses();
  process.exit(1);
}

main().catch(async (error: unknown) => {
  if (stopping) return;
  console.error(paint('red', `npm start failed: ${describeError(error)}`));
  await stopAllProcesses();
  process.exit(1);
});
