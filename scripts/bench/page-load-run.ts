/**
 * The bench's page-load part: serves the production build the way `npm run
 * preview` does (gzip, /api proxied to a freshly seeded demo API), opens each
 * screen cold in Debian's Chromium several times, interleaved, and prints the
 * medians against the login page opened directly in the same run.
 */
import { join } from 'node:path';
import { launchChromium } from '../../e2e/harness/browser';
import type { Session } from '../../src/providers/session';
import { DEMO_PASSWORD } from '../../mock-api/auth/passwords';
import { anyFreePort } from '../lib/ports';
import { runToCompletion, tailOfFile } from '../lib/processes';
import { REPO_ROOT, generateDatabase, startApi, startWeb } from '../lib/servers';
import { step } from '../lib/steps';
import { paint } from '../lib/terminal';
import { pageLoadGoals, summarizePageLoads } from './page-goals';
import { measurePageLoads, PAGE_LOAD_CASES, type PageLoadCaseName } from './page-load';
import { formatTable, verdict } from './report';

/** Odd, so the median is a measured load; override with BENCH_PAGE_ROUNDS. */
const DEFAULT_ROUNDS = 7;
/** The demo user whose console is measured: administrators see every widget and menu entry. */
const USERNAME = 'admin';

function roundsFromEnv(): number {
  const rounds = Number(process.env.BENCH_PAGE_ROUNDS ?? DEFAULT_ROUNDS);
  if (!Number.isInteger(rounds) || rounds < 1)
    throw new Error(`BENCH_PAGE_ROUNDS must be a positive integer`);
  return rounds;
}

async function signIn(origin: string): Promise<Session> {
  const response = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: USERNAME, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`login as ${USERNAME} answered ${response.status}`);
  return (await response.json()) as Session;
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Expects dist/ to hold a fresh build. Returns whether every goal was met. */
export async function runPageLoadBench(workDir: string): Promise<boolean> {
  const rounds = roundsFromEnv();
  const logs = {
    seed: join(workDir, 'page-seed.log'),
    api: join(workDir, 'page-api.log'),
    web: join(workDir, 'web.log'),
  };
  const chromiumLog = join(workDir, 'chromium.log');
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
  // Seeded now, not cached: the dashboard shows the last 30 days, which a stale database would leave empty.
  const dbFile = join(workDir, 'page-db.json');
  await step(
    'Seeding a demo database',
    () => generateDatabase({ scale: 'demo', seed: 1, out: dbFile, output: { logFile: logs.seed } }),
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
        scale: 'demo',
        env: { API_LOG: '0' },
        output: { logFile: logs.api },
      }),
    logs.api,
  );
  const web = await step(
    'Starting vite preview',
    () => startWeb({ mode: 'preview', port: webPort, apiPort, output: { logFile: logs.web } }),
    logs.web,
  );
  const browser = await step('Launching Chromium', launchChromium);
  try {
    const session = await signIn(web.origin);
    const samples = await step(`Opening each screen cold, ${rounds} rounds`, () =>
      measurePageLoads({ browser, baseUrl: web.origin, session, rounds }),
    );
    const summary = summarizePageLoads(samples);
    const rows = PAGE_LOAD_CASES.map(({ name, label }) => {
      const figures = summary[name as PageLoadCaseName];
      return [
        label,
        ms(figures.visibleMs),
        name === 'login' ? 'floor' : `${figures.ratio.toFixed(2)}×`,
        String(figures.scripts),
        kib(figures.scriptBytes),
        String(figures.navigations),
      ];
    });
    console.log(
      `\n${formatTable(['page load (median, cold)', 'visible', 'vs floor', 'JS files', 'JS gzip', 'navigations'], rows)}`,
    );
    const goals = pageLoadGoals(summary);
    console.log(
      `\n${formatTable(
        ['page-load goal', 'measured', 'target', 'ok'],
        goals.map((goal) => [goal.label, goal.measured, goal.target, verdict(goal.met)]),
      )}`,
    );
    console.log(
      paint(
        'dim',
        `  ${rounds} interleaved cold loads per screen as ${USERNAME}; the floor is the login page's median.`,
      ),
    );
    return goals.every((goal) => goal.met);
  } catch (error) {
    const log = tailOfFile(logs.web) || tailOfFile(logs.api);
    if (log) console.error(paint('dim', log));
    throw error;
  } finally {
    await browser.close().catch(() => undefined);
    await web.process.stop();
    await api.process.stop();
  }
}
