/**
 * Sign-in under attack, over HTTP from two loopback addresses: an attacker at
 * 127.0.0.2 cannot lock out the real admin at 127.0.0.1, a flooding client
 * runs out of budget, and sessions and lockouts survive a restart.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/domain/messages';
import { configFromEnv } from '../config';
import { createApp } from '../server';
import { startTestServer, type TestServer } from '../test/harness';
import { Busy, SignInGate } from './flood';
import { DEMO_PASSWORD } from './passwords';
import { auditEntries } from './testing';

const ATTACKER = '127.0.0.2';
const BUDGET = 12;

interface Answer {
  status: number;
  retryAfter: string | undefined;
  body: { token?: string; message?: string };
}

/** POST /api/auth/login from a chosen source address (fetch cannot pick one). */
function signInFrom(url: string, from: string, username: string, password: string): Promise<Answer> {
  const payload = JSON.stringify({ username, password });
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}/api/auth/login`,
      {
        method: 'POST',
        localAddress: from,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            retryAfter: res.headers['retry-after'],
            body: JSON.parse(text) as Answer['body'],
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ config: { loginAttemptsPerMinute: BUDGET } });
});
afterAll(() => server.close());

describe('an attacker at another address', () => {
  it('locks out only themselves: the real admin still signs in while admin is hammered', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 8 }, () => signInFrom(server.url, ATTACKER, 'admin', 'guess')),
    );
    const statuses = attempts.map((a) => a.status).sort();
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429, 429, 429]);
    const locked = attempts.find((a) => a.status === 429)!;
    expect(locked.body.message).toBe(formatMessage('en', 'errors.accountLocked', { minutes: 15 }));
    expect(locked.retryAfter).toBe(String(15 * 60));
    // Even the right password is refused from the attacker's address…
    expect((await signInFrom(server.url, ATTACKER, 'admin', DEMO_PASSWORD)).status).toBe(429);
    // …and accepted from the admin's.
    const real = await signInFrom(server.url, '127.0.0.1', 'admin', DEMO_PASSWORD);
    expect(real.status).toBe(200);

    const failed = await auditEntries(server, real.body.token!, {
      action: 'login_failed',
      username: 'admin',
    });
    expect(failed.map((e) => e.note)).toContain(`wrong password; locked out for 15 min (client ${ATTACKER})`);
  });

  it('answers unknown and known names identically, lockout included', async () => {
    const ghost = [];
    for (let i = 0; i < 5; i++) ghost.push(await signInFrom(server.url, '127.0.0.3', 'ghost', 'guess'));
    const manager = [];
    for (let i = 0; i < 5; i++) manager.push(await signInFrom(server.url, '127.0.0.3', 'manager', 'guess'));
    expect(ghost.map((a) => [a.status, a.body.message, a.retryAfter])).toEqual(
      manager.map((a) => [a.status, a.body.message, a.retryAfter]),
    );
    expect(ghost.at(-1)!.status).toBe(429);
  });
});

describe('a client flooding the sign-in', () => {
  it(`gets ${BUDGET} attempts a minute, then 429 with Retry-After and a message saying how long to wait`, async () => {
    const from = '127.0.0.4';
    const answers = await Promise.all(
      Array.from({ length: BUDGET + 4 }, (_, i) => signInFrom(server.url, from, `made-up-${i}`, 'x')),
    );
    const refused = answers.filter((a) => a.status === 429);
    expect(answers.filter((a) => a.status === 401)).toHaveLength(BUDGET);
    expect(refused).toHaveLength(4);
    const seconds = Number(refused[0]!.retryAfter);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(60);
    expect(refused[0]!.body.message).toBe(formatMessage('en', 'errors.tooManySignIns', { seconds }));
    // Other clients are not affected.
    expect((await signInFrom(server.url, '127.0.0.5', 'manager', DEMO_PASSWORD)).status).toBe(200);
  });
});

describe('a restart', () => {
  it('keeps sessions and lockouts, and stores no raw token', async () => {
    const from = '127.0.0.6';
    const { token } = (await signInFrom(server.url, from, 'warehouse', DEMO_PASSWORD)).body;
    for (let i = 0; i < 5; i++) await signInFrom(server.url, from, 'merchandiser', 'guess');
    // Another process opening the same files sees what a restart after a crash would see.
    const reopened = await server.reopen();
    const app = (await createApp(reopened, configFromEnv({ log: false }))).listen(0, '127.0.0.1');
    await new Promise((resolve) => app.once('listening', resolve));
    const url = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
    try {
      const me = await fetch(`${url}/api/auth/me`, { headers: { Authorization: `Bearer ${token}` } });
      expect(me.status).toBe(200);
      expect((await signInFrom(url, from, 'merchandiser', DEMO_PASSWORD)).status).toBe(429);
      const onDisk = JSON.stringify(await reopened.all('sessions'));
      expect(onDisk).not.toContain(token!);
      // Stored like records, yet no route serves them, not even to an admin.
      const admin = await server.login('admin');
      for (const collection of ['sessions', 'login-lockouts'])
        expect((await server.request('GET', `/api/${collection}`, { token: admin })).status).toBe(404);
    } finally {
      await new Promise((resolve) => app.close(resolve));
      await reopened.close();
    }
  });
});

describe('the hash queue', () => {
  it('runs at most the configured number of hashes at once and turns away sign-ins beyond a short queue', async () => {
    const gate = new SignInGate({ loginAttemptsPerMinute: 1000, loginHashConcurrency: 2 });
    let running = 0;
    let most = 0;
    const releases: Array<() => void> = [];
    const hash = () =>
      gate.hash(async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise<void>((resolve) => releases.push(resolve));
        running -= 1;
      });
    const admitted = Array.from({ length: 66 }, hash);
    const refused = await hash().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(Busy);
    expect((refused as Busy).reason).toBe('server');
    while (releases.length > 0 || running > 0) {
      releases.splice(0).forEach((release) => release());
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(admitted);
    expect(most).toBe(2);
  });
});
