/**
 * The real API process (`tsx mock-api/main.ts`) killed with SIGKILL in the
 * middle of writes: after a restart every acknowledged write is there, nothing
 * appears that was not sent, and the reproduction of issue 12 (a torn journal
 * line before the start) keeps the adjustment made after it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { StockMovement } from '../../src/domain/types';
import { DEMO_PASSWORD } from '../auth/passwords';
import { ledgerViolations } from '../test/invariants';
import { Store } from './store';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PORT = 4731;
const URL = `http://127.0.0.1:${PORT}`;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontor-crash-'));
const dbFile = path.join(dir, 'db.json');
let api: ChildProcess | null = null;

afterAll(() => {
  api?.kill('SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

async function start(): Promise<void> {
  // tsx's own binary runs the script in a child process, which SIGKILL would not reach: load tsx into node instead.
  const child = spawn(process.execPath, ['--import', 'tsx', 'mock-api/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, API_PORT: String(PORT), DB_FILE: dbFile, SEED_SCALE: 'tiny', API_LOG: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  api = child;
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening on')) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the API exited (${code}) before listening:\n${output}`)));
  });
}

async function stop(signal: 'SIGKILL' | 'SIGTERM'): Promise<void> {
  const child = api!;
  api = null;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

async function signIn(username = 'admin'): Promise<string> {
  const res = await fetch(`${URL}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

function adjust(token: string, note: string): Promise<Response> {
  return fetch(`${URL}/api/stock-adjustments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ productId: 1, warehouseId: 1, delta: 1, reason: 'correction', note }),
  });
}

/** Notes of the test's movements in the database on disk, read the way a start reads it. */
async function notesOnDisk(prefix: string): Promise<string[]> {
  const store = Store.open(dbFile, { fsync: false });
  expect(await ledgerViolations(store)).toEqual([]);
  return (await store.all<StockMovement>('stock-movements'))
    .map((m) => m.note ?? '')
    .filter((note) => note.startsWith(prefix));
}

describe('kill -9', () => {
  it('loses no acknowledged write and invents none', { timeout: 90_000 }, async () => {
    await start();
    const token = await signIn();
    const sent = new Set<string>();
    const acknowledged: string[] = [];
    let stopping = false;
    const writer = async (lane: number) => {
      for (let i = 0; !stopping; i++) {
        const note = `crash ${lane}-${i}`;
        sent.add(note);
        try {
          const res = await adjust(token, note);
          if (res.status === 201) acknowledged.push(note);
          else expect.fail(`adjustment answered ${res.status}`);
        } catch {
          return; // the connection died with the process: this write was never acknowledged
        }
      }
    };
    const lanes = Array.from({ length: 6 }, (_, lane) => writer(lane));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await stop('SIGKILL');
    stopping = true;
    await Promise.all(lanes);
    expect(acknowledged.length).toBeGreaterThan(20);

    await start();
    // The session from before the crash is still valid: sessions are journalled too.
    const me = await fetch(`${URL}/api/auth/me`, { headers: { Authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    await stop('SIGTERM');
    const present = await notesOnDisk('crash ');
    expect(new Set(present).size).toBe(present.length);
    expect(present.filter((note) => !sent.has(note))).toEqual([]);
    expect(acknowledged.filter((note) => !present.includes(note))).toEqual([]);
  });

  it(
    'keeps the adjustment made after a torn line was appended while stopped (issue 12)',
    { timeout: 90_000 },
    async () => {
      fs.appendFileSync(`${dbFile}.journal`, '{"seq":999999,"ops":[{"c":"x"');
      await start();
      const res = await adjust(await signIn(), 'after the torn line');
      expect(res.status).toBe(201);
      await stop('SIGKILL');
      await start();
      await stop('SIGTERM');
      expect(await notesOnDisk('after the torn line')).toEqual(['after the torn line']);
      expect(fs.readdirSync(dir).some((name) => name.startsWith('db.json.journal.torn-'))).toBe(true);
    },
  );
});
