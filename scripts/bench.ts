/**
 * `npm run bench [-- api|api-postgres|bundle|page-load …]`: API latency on a
 * large database (BENCH_SCALE=demo for a smaller one), on the embedded store
 * and (api-postgres, not run by default) on a throw-away PostgreSQL loaded
 * with the same data; the first screen's download size; and cold page loads
 * in Chromium. Reports against targets; fails on a miss only with
 * BENCH_STRICT=1. Naming parts runs only those (page-load builds first, as
 * bundle does).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDatabase } from '../mock-api/postgres/load';
import { migrateDatabase } from '../mock-api/postgres/migrate';
import type { Database as SeedDatabase } from '../mock-api/seed/database';
import { ApiClient, loginToApi } from './lib/api-client';
import { startThrowawayPostgres } from './lib/postgres';
import { anyFreePort } from './lib/ports';
import { stopAllProcesses, tailOfFile } from './lib/processes';
import { REPO_ROOT, buildSpa, startApi, type SeedScale } from './lib/servers';
import { onInterrupt } from './lib/shutdown';
import { step } from './lib/steps';
import { describeError, paint } from './lib/terminal';
import { firstScreenSizes } from './bench/bundle-size';
import { LATENCY_CASES } from './bench/cases';
import { cachedDatabase } from './bench/database';
import { measureLatency, type LatencyRun, type LoadShape } from './bench/latency';
import { runPageLoadBench } from './bench/page-load-run';
import { formatTable, kilobytes, milliseconds, verdict } from './bench/report';

const SCALE = (process.env.BENCH_SCALE ?? 'large') as SeedScale;
const SEED = 42;
const SEQUENTIAL: LoadShape = { warmup: 20, iterations: 200, concurrency: 1 };
const UNDER_LOAD: LoadShape = { warmup: 0, iterations: 200, concurrency: 10 };
/** The request log would be part of what is measured. */
const QUIET_API = { API_LOG: '0' };

interface CaseResult {
  name: string;
  description: string;
  p99TargetMs: number;
  runs: LatencyRun[];
}

const workDir = mkdtempSync(join(tmpdir(), 'kontor-bench-'));
const apiLog = join(workDir, 'api.log');

/** BENCH_CASES=orders,search runs only the cases whose names start with one of those words. */
function selectedCases(): typeof LATENCY_CASES {
  const wanted = (process.env.BENCH_CASES ?? '').split(',').filter(Boolean);
  if (wanted.length === 0) return LATENCY_CASES;
  const chosen = LATENCY_CASES.filter(({ name }) => wanted.some((word) => name.startsWith(word)));
  if (chosen.length === 0)
    throw new Error(
      `BENCH_CASES matches no case; the cases are: ${LATENCY_CASES.map((c) => c.name).join('; ')}`,
    );
  return chosen;
}

type Backend = 'embedded' | 'postgres';
/** Throw-away database servers, stopped after their part and on Ctrl-C. */
const stopAtExit: Array<() => Promise<void>> = [];

/** The API's environment for `backend`: its own copy of the database file, or PostgreSQL loaded from it. */
async function databaseFor(backend: Backend, file: string): Promise<NodeJS.ProcessEnv> {
  if (backend === 'embedded') return {};
  const server = await step('Starting a throw-away PostgreSQL', () => startThrowawayPostgres());
  stopAtExit.push(() => server.stop());
  await step('Migrating it', () => migrateDatabase(server.url));
  const data = JSON.parse(readFileSync(file, 'utf8')) as SeedDatabase;
  const loaded = await step('Loading the database with COPY', () => loadDatabase(server.url, data));
  console.log(paint('dim', `  loaded in ${(loaded.ms / 1000).toFixed(1)} s`));
  return { DATABASE_URL: server.url };
}

async function measureApi(backend: Backend): Promise<CaseResult[]> {
  const seedLog = join(workDir, 'seed.log');
  const db = await step(
    `Preparing a ${SCALE} database (seed ${SEED})`,
    () => cachedDatabase(SCALE, SEED, seedLog),
    seedLog,
  );
  console.log(paint('dim', `  ${db.reused ? 'reused' : 'generated'} ${db.file}`));
  // The API may write to its database; the cached copy stays pristine.
  const dbFile = join(workDir, 'db.json');
  copyFileSync(db.file, dbFile);
  const backendEnv = await databaseFor(backend, dbFile);
  const port = await anyFreePort();
  const api = await step(
    `Starting the API on ${backend === 'embedded' ? 'the embedded store' : 'PostgreSQL'}`,
    () =>
      startApi({
        port,
        dbFile,
        scale: SCALE,
        env: { ...QUIET_API, ...backendEnv },
        output: { logFile: apiLog },
      }),
    apiLog,
  );
  const client = new ApiClient(`${api.origin}/api`, await loginToApi(`${api.origin}/api`, 'admin'));

  const results: CaseResult[] = [];
  for (const latencyCase of selectedCases()) {
    const prepared = await latencyCase.prepare(client);
    prepared.background?.start();
    const runs = await step(latencyCase.name, async () => [
      await measureLatency(prepared.operation, SEQUENTIAL),
      await measureLatency(prepared.operation, UNDER_LOAD),
    ]);
    const alongside = await prepared.background?.stop();
    const description = alongside ? `${prepared.description} (${alongside})` : prepared.description;
    results.push({ ...latencyCase, description, runs });
  }
  await api.process.stop();
  if (client.resentAfterReset > 0) {
    console.log(
      paint('yellow', `  ${client.resentAfterReset} GETs were resent after a reset keep-alive connection`),
    );
  }
  return results;
}

function printLatency(results: CaseResult[]): boolean {
  const rows = results.flatMap(({ name, p99TargetMs, runs }) =>
    runs.map(({ shape, latency, throughput }) => {
      const judged = shape.concurrency === 1;
      return [
        name,
        String(shape.concurrency),
        milliseconds(latency.p50),
        milliseconds(latency.p99),
        `${throughput.toFixed(0)} req/s`,
        judged ? `< ${p99TargetMs} ms` : '',
        judged ? verdict(latency.p99 < p99TargetMs) : '',
      ];
    }),
  );
  console.log(`\n${formatTable(['case', 'conc.', 'p50', 'p99', 'throughput', 'target p99', 'ok'], rows)}`);
  for (const { name, description } of results) console.log(paint('dim', `  ${name}: ${description}`));
  return results.every(({ p99TargetMs, runs }) =>
    runs.every((run) => run.shape.concurrency !== 1 || run.latency.p99 < p99TargetMs),
  );
}

async function measureBundle(): Promise<void> {
  const buildLog = join(workDir, 'build.log');
  await step('Building the console', () => buildSpa({ logFile: buildLog }), buildLog);
  const sizes = firstScreenSizes(join(REPO_ROOT, 'dist'));
  const total = sizes.reduce(
    (sum, size) => ({ bytes: sum.bytes + size.bytes, gzip: sum.gzip + size.gzipBytes }),
    { bytes: 0, gzip: 0 },
  );
  const rows = sizes.map(({ path, bytes, gzipBytes }) => [path, kilobytes(bytes), kilobytes(gzipBytes)]);
  console.log(
    `\n${formatTable(['first screen JavaScript', 'raw', 'gzip'], [...rows, ['total', kilobytes(total.bytes), kilobytes(total.gzip)]])}`,
  );
}

const PARTS = ['api', 'api-postgres', 'bundle', 'page-load'] as const;
type Part = (typeof PARTS)[number];
/** PostgreSQL needs its package and a minute of loading, so it runs only when named. */
const DEFAULT_PARTS: readonly Part[] = ['api', 'bundle', 'page-load'];

function partsFromArgs(args: readonly string[]): ReadonlySet<Part> {
  const unknown = args.filter((arg) => !(PARTS as readonly string[]).includes(arg));
  if (unknown.length > 0)
    throw new Error(`unknown bench part ${unknown.join(', ')}; use ${PARTS.join(', ')}`);
  return new Set(args.length > 0 ? (args as Part[]) : DEFAULT_PARTS);
}

async function main(): Promise<number> {
  const parts = partsFromArgs(process.argv.slice(2));
  let failed = false;
  let withinTargets = true;
  for (const backend of ['embedded', 'postgres'] as const) {
    if (!parts.has(backend === 'embedded' ? 'api' : 'api-postgres')) continue;
    try {
      console.log(
        paint('bold', `\nAPI latency on ${backend === 'embedded' ? 'the embedded store' : 'PostgreSQL'}`),
      );
      if (!printLatency(await measureApi(backend))) withinTargets = false;
    } catch (error) {
      failed = true;
      console.error(paint('red', `API latency (${backend}): ${describeError(error)}`));
      const log = tailOfFile(apiLog);
      if (log) console.error(paint('dim', log));
      await stopAllProcesses();
    }
    for (const stop of stopAtExit.splice(0)) await stop();
  }
  let built = false;
  if (parts.has('bundle') || parts.has('page-load')) {
    try {
      await measureBundle();
      built = true;
    } catch (error) {
      failed = true;
      console.error(paint('red', `bundle size: ${describeError(error)}`));
    }
  }
  if (parts.has('page-load') && built) {
    try {
      if (!(await runPageLoadBench(workDir))) withinTargets = false;
    } catch (error) {
      failed = true;
      console.error(paint('red', `page load: ${describeError(error)}`));
      await stopAllProcesses();
    }
  }
  const strict = process.env.BENCH_STRICT === '1';
  if (!withinTargets)
    console.log(
      paint(
        strict ? 'red' : 'yellow',
        `\nSome targets were missed${strict ? '' : ' (BENCH_STRICT=1 makes this fail)'}.`,
      ),
    );
  return failed || (strict && !withinTargets) ? 1 : 0;
}

onInterrupt(async () => {
  for (const stop of stopAtExit.splice(0)) await stop();
  await stopAllProcesses();
  rmSync(workDir, { recursive: true, force: true });
});

const exitCode = await main();
await stopAllProcesses();
rmSync(workDir, { recursive: true, force: true });
process.exit(exitCode);
