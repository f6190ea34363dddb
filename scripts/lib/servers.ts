/**
 * How the dev scripts start Kontor's pieces: the mock API, the Vite dev server
 * or preview server, and the seed CLI. Paths are relative to the repo root.
 */
import { fileURLToPath } from 'node:url';
import { waitForHttp } from './http';
import { startProcess, runToCompletion, type ManagedProcess, type ProcessOutput } from './processes';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DEFAULT_DB_FILE = 'mock-api/data/db.json';
export const SEED_SCALES = ['tiny', 'demo', 'large'] as const;
export type SeedScale = (typeof SEED_SCALES)[number];
export const DEMO_USERNAMES = ['admin', 'manager', 'merchandiser', 'warehouse'] as const;
export type DemoUsername = (typeof DEMO_USERNAMES)[number];

const TSX_CLI = 'node_modules/tsx/dist/cli.mjs';
const VITE_CLI = 'node_modules/vite/bin/vite.js';
const LOOPBACK = '127.0.0.1';
const STARTUP_TIMEOUT_MS = 90_000;

export interface RunningServer {
  process: ManagedProcess;
  /** e.g. http://127.0.0.1:3000 (no trailing slash). */
  origin: string;
}

export function parseSeedScale(value: string | undefined, fallback: SeedScale): SeedScale {
  if (value === undefined || value === '') return fallback;
  if ((SEED_SCALES as readonly string[]).includes(value)) return value as SeedScale;
  throw new Error(`unknown seed scale "${value}"; use one of ${SEED_SCALES.join(', ')}`);
}

export function parsePort(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`invalid port "${value}"`);
  return port;
}

export async function startApi(options: {
  port: number;
  dbFile: string;
  scale: SeedScale;
  output: ProcessOutput;
  env?: NodeJS.ProcessEnv;
}): Promise<RunningServer> {
  const origin = `http://${LOOPBACK}:${options.port}`;
  const child = startProcess({
    name: 'API',
    command: process.execPath,
    args: [TSX_CLI, 'mock-api/main.ts'],
    cwd: REPO_ROOT,
    env: {
      ...options.env,
      API_PORT: String(options.port),
      DB_FILE: options.dbFile,
      SEED_SCALE: options.scale,
    },
    output: options.output,
  });
  return awaitReady(child, origin, `${origin}/api/health`);
}

/** `dev` serves the sources with hot reload; `preview` serves the built dist/. Both proxy /api to `apiPort`. */
export async function startWeb(options: {
  mode: 'dev' | 'preview';
  port: number;
  apiPort: number;
  output: ProcessOutput;
  env?: NodeJS.ProcessEnv;
}): Promise<RunningServer> {
  const origin = `http://${LOOPBACK}:${options.port}`;
  const modeArgs = options.mode === 'preview' ? ['preview'] : [];
  const child = startProcess({
    name: options.mode === 'preview' ? 'Vite preview' : 'Vite',
    command: process.execPath,
    args: [VITE_CLI, ...modeArgs, '--host', LOOPBACK, '--port', String(options.port), '--strictPort'],
    cwd: REPO_ROOT,
    env: { ...options.env, API_PORT: String(options.apiPort), PORT: String(options.port) },
    output: options.output,
  });
  return awaitReady(child, origin, `${origin}/`);
}

async function awaitReady(child: ManagedProcess, origin: string, readyUrl: string): Promise<RunningServer> {
  try {
    await waitForHttp(readyUrl, { timeoutMs: STARTUP_TIMEOUT_MS, owner: child });
  } catch (error) {
    await child.stop();
    throw error;
  }
  return { process: child, origin };
}

/** Writes a fresh database with the seed CLI (deterministic for a given seed). */
export async function generateDatabase(options: {
  scale: SeedScale;
  out: string;
  seed?: number;
  output: ProcessOutput;
}): Promise<void> {
  const seedArgs = options.seed === undefined ? [] : ['--seed', String(options.seed)];
  await runToCompletion({
    name: 'seed',
    command: process.execPath,
    args: [TSX_CLI, 'mock-api/seed/cli.ts', '--scale', options.scale, '--out', options.out, ...seedArgs],
    cwd: REPO_ROOT,
    output: options.output,
  });
}

/** Through npm, so whatever `npm run build` grows into (say, a type check first) is what gets tested. */
export async function buildSpa(output: ProcessOutput): Promise<void> {
  await runToCompletion({
    name: 'npm run build',
    command: 'npm',
    args: ['run', 'build', '--silent'],
    cwd: REPO_ROOT,
    output,
  });
}
