/**
 * A throw-away PostgreSQL for tests, the bench and CI: `initdb` into a fresh
 * temporary directory, a server on a free port of 127.0.0.1, a `kontor`
 * database, and everything removed again on stop. It uses Debian's packaged
 * server (`apt-get install postgresql`; .ci/run installs it when missing).
 * initdb and postgres refuse to run as root, so as root they run as the
 * `postgres` OS user the package creates, on a directory that user owns.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import pg from 'pg';
import { anyFreePort } from './ports';
import { startProcess, type ManagedProcess, type ProcessOutput } from './processes';

const PACKAGE_DIR = '/usr/lib/postgresql';
const STARTUP_TIMEOUT_MS = 60_000;
export const MIN_POSTGRES_VERSION = 15;

export interface ThrowawayPostgres {
  /** postgres://kontor@127.0.0.1:<port>/kontor */
  url: string;
  version: number;
  stop(): Promise<void>;
}

/** The newest packaged server's bin directory, or null when none of a usable version is installed. */
export function findPostgresBin(): { bin: string; version: number } | null {
  if (!existsSync(PACKAGE_DIR)) return null;
  const versions = readdirSync(PACKAGE_DIR)
    .map(Number)
    .filter(
      (version) =>
        version >= MIN_POSTGRES_VERSION && existsSync(join(PACKAGE_DIR, String(version), 'bin/postgres')),
    )
    .sort((a, b) => b - a);
  return versions[0] === undefined
    ? null
    : { bin: join(PACKAGE_DIR, String(versions[0]), 'bin'), version: versions[0] };
}

/** As root, a command as the `postgres` user; otherwise as is. */
function asServerUser(command: string, args: string[]): [string, string[]] {
  return userInfo().uid === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
}

function ownedByServerUser(dir: string): void {
  if (userInfo().uid !== 0) return;
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  chownSync(dir, uid, gid);
}

async function waitUntilReady(url: string, server: ManagedProcess): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (server.hasExited()) throw new Error('PostgreSQL exited while starting; see its log');
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      lastError = error;
      await client.end().catch(() => undefined);
      await delay(100);
    }
  }
  throw new Error(`PostgreSQL did not accept connections within ${STARTUP_TIMEOUT_MS / 1000} s`, {
    cause: lastError,
  });
}

export async function startThrowawayPostgres(
  output: ProcessOutput = { logFile: join(tmpdir(), 'kontor-postgres.log') },
): Promise<ThrowawayPostgres> {
  const found = findPostgresBin();
  if (!found)
    throw new Error(
      `No PostgreSQL ${MIN_POSTGRES_VERSION} or later under ${PACKAGE_DIR}: install it with "apt-get install postgresql"`,
    );
  const root = mkdtempSync(join(tmpdir(), 'kontor-pg-'));
  // The server user must reach its directories inside ours.
  chmodSync(root, 0o755);
  const dataDir = join(root, 'data');
  const socketDir = root;
  ownedByServerUser(root);
  const [initdb, initArgs] = asServerUser(join(found.bin, 'initdb'), [
    '-D',
    dataDir,
    '-U',
    'kontor',
    '--auth=trust',
    '--encoding=UTF8',
    '--locale=C.UTF-8',
  ]);
  execFileSync(initdb, initArgs, { stdio: 'pipe' });
  const port = await anyFreePort();
  const [postgres, serverArgs] = asServerUser(join(found.bin, 'postgres'), [
    '-D',
    dataDir,
    '-p',
    String(port),
    '-k',
    socketDir,
    '-c',
    'listen_addresses=127.0.0.1',
  ]);
  const server = startProcess({ name: 'PostgreSQL', command: postgres, args: serverArgs, output });
  const admin = `postgres://kontor@127.0.0.1:${port}/postgres`;
  try {
    await waitUntilReady(admin, server);
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query('CREATE DATABASE kontor');
    await client.end();
  } catch (error) {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `postgres://kontor@127.0.0.1:${port}/kontor`,
    version: found.version,
    stop: async () => {
      await server.stop(10_000);
      rmSync(root, { recursive: true, force: true });
    },
  };
}
