/**
 * `npm run test:e2e [-- filter…]`: builds the console, seeds a throwaway
 * database, serves both on free ports and runs every journey in e2e/journeys/
 * in Debian's Chromium, each in a fresh browser context.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { waitForHttp } from '../scripts/lib/http';
import { anyFreePort } from '../scripts/lib/ports';
import { runToCompletion, stopAllProcesses, tailOfFile } from '../scripts/lib/processes';
import {
  REPO_ROOT,
  buildSpa,
  generateDatabase,
  startApi,
  startWeb,
  type SeedScale,
} from '../scripts/lib/servers';
import { onInterrupt } from '../scripts/lib/shutdown';
import { step } from '../scripts/lib/steps';
import { describeError, formatDuration, paint } from '../scripts/lib/terminal';
import { launchChromium } from './harness/browser';
import { openJourneySession } from './harness/context';
import { loadJourneys } from './harness/journeys';
import type { Journey } from './harness/types';

const ARTIFACTS_DIR = join(REPO_ROOT, 'e2e/artifacts');
const JOURNEYS_DIR = join(REPO_ROOT, 'e2e/journeys');
/** Demo scale gives lists and charts realistic volume; the data is the same on every run. */
const SEED_SCALE: SeedScale = 'demo';
const SEED = 1;
const JOURNEY_TIMEOUT_MS = 300_000;

const held: { browser?: Browser; workDir?: string } = {};

async function cleanUp(): Promise<void> {
  await held.browser?.close().catch(() => undefined);
  held.browser = undefined;
  await stopAllProcesses();
  if (held.workDir) rmSync(held.workDir, { recursive: true, force: true });
  held.workDir = undefined;
}

async function startServers(): Promise<{ baseUrl: string; apiUrl: string }> {
  const workDir = mkdtempSync(join(tmpdir(), 'kontor-e2e-'));
  held.workDir = workDir;
  const dbFile = join(workDir, 'db.json');
  const logs = {
    seed: join(ARTIFACTS_DIR, 'seed.log'),
    api: join(ARTIFACTS_DIR, 'api.log'),
    web: join(ARTIFACTS_DIR, 'web.log'),
  };
  await step(
    `Seeding a ${SEED_SCALE} database`,
    () => generateDatabase({ scale: SEED_SCALE, seed: SEED, out: dbFile, output: { logFile: logs.seed } }),
    logs.seed,
  );
  const apiPort = await anyFreePort();
  let webPort = await anyFreePort();
  while (webPort === apiPort) webPort = await anyFreePort();
  const api = await step(
    'Starting the API',
    () =>
      startApi({
        port: apiPort,
        dbFile,
        scale: SEED_SCALE,
        // Every journey signs in through the preview's proxy, so all share one client address and its budget.
        env: { LOGIN_ATTEMPTS_PER_MINUTE: '600' },
        output: { logFile: logs.api },
      }),
    logs.api,
  );
  const web = await step(
    'Starting vite preview',
    async () => {
      const server = await startWeb({
        mode: 'preview',
        port: webPort,
        apiPort,
        output: { logFile: logs.web },
      });
      // Through the preview proxy, so a miswired API_PORT fails here and not in every journey.
      await waitForHttp(`${server.origin}/api/health`, { timeoutMs: 10_000, owner: server.process });
      return server;
    },
    logs.web,
  );
  return { baseUrl: `${web.origin}/`, apiUrl: `${api.origin}/api` };
}

async function runJourney(journey: Journey, browser: Browser, urls: { baseUrl: string; apiUrl: string }) {
  const started = performance.now();
  const session = await openJourneySession({
    journeyName: journey.name,
    browser,
    artifactsDir: ARTIFACTS_DIR,
    ...urls,
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`timed out after ${formatDuration(JOURNEY_TIMEOUT_MS)}`)),
        JOURNEY_TIMEOUT_MS,
      );
    });
    await Promise.race([journey.run(session.context), timeout]);
    const problems = session.problems();
    if (problems.length > 0) throw new Error(problems.join('; '));
    console.log(`${paint('green', '✓')} ${journey.name} (${Math.round(performance.now() - started)} ms)`);
    return true;
  } catch (error) {
    const message = describeError(error);
    const details = join(ARTIFACTS_DIR, `${journey.name}-error.txt`);
    writeFileSync(details, `${error instanceof Error ? (error.stack ?? message) : message}\n`);
    const shots = await session.captureFailure().catch(() => []);
    // Playwright errors carry a call log after the first line; that goes to the details file.
    console.log(`${paint('red', '✗')} ${journey.name}: ${message.split('\n')[0]}`);
    for (const file of [details, ...shots]) console.log(paint('dim', `    ${relative(REPO_ROOT, file)}`));
    return false;
  } finally {
    for (const warning of session.warnings()) console.log(paint('yellow', `    ! ${warning}`));
    clearTimeout(timer);
    await session.close().catch(() => undefined);
  }
}

async function main(): Promise<number> {
  rmSync(ARTIFACTS_DIR, { recursive: true, force: true });
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const journeys = await loadJourneys(JOURNEYS_DIR, process.argv.slice(2));
  if (journeys.length === 0) throw new Error(`no journey matches ${process.argv.slice(2).join(' ')}`);

  const chromiumLog = join(ARTIFACTS_DIR, 'chromium.log');
  await step(
    'Checking Chromium',
    () =>
      runToCompletion({
        name: 'ensure-chromium',
        command: 'bash',
        args: ['scripts/ensure-chromium.sh'],
        cwd: REPO_ROOT,
        output: { logFile: chromiumLog },
      }),
    chromiumLog,
  );
  console.log(paint('dim', `  ${tailOfFile(chromiumLog, 1)}`));
  if (process.env.E2E_SKIP_BUILD === '1') {
    if (!existsSync(join(REPO_ROOT, 'dist/index.html')))
      throw new Error('E2E_SKIP_BUILD=1, but dist/ holds no build');
    console.log(paint('dim', '• Skipping the build (E2E_SKIP_BUILD=1)'));
  } else {
    const buildLog = join(ARTIFACTS_DIR, 'build.log');
    await step('Building the console', () => buildSpa({ logFile: buildLog }), buildLog);
  }
  const urls = await startServers();
  held.browser = await step('Launching Chromium', launchChromium);

  let passed = 0;
  for (const journey of journeys) {
    if (await runJourney(journey, held.browser, urls)) passed += 1;
  }
  const failed = journeys.length - passed;
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

onInterrupt(async (signal) => {
  console.log(`\n${signal}: stopping the servers and the browser…`);
  await cleanUp();
});

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.log(`${paint('red', '✗')} set-up: ${describeError(error)}`);
  console.log('0 passed, 1 failed');
} finally {
  await cleanUp();
}
process.exit(exitCode);
