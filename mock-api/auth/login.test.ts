import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/domain/messages';
import { COLLECTION_NAMES } from '../../src/domain/resources';
import type { User } from '../../src/domain/types';
import { startTestServer, TEST_ANCHOR, type TestServer } from '../test/harness';
import { DEMO_PASSWORD, hashPassword } from './passwords';
import { auditEntries, containsHash, signIn, type ErrorBody } from './testing';

const RETIRED = { id: 900, username: 'retired' };

let server: TestServer;
// The server's clock: tests move it forward to expire sessions and lockouts without sleeping.
let clock = TEST_ANCHOR.getTime();
const advance = (ms: number) => {
  clock += ms;
};

beforeAll(async () => {
  server = await startTestServer({
    // Every test here signs in from 127.0.0.1; the per-client budget has its own tests (flood.test.ts).
    config: { loginAttemptsPerMinute: 10_000 },
    now: () => new Date(clock),
    prepare: (db) => {
      const template = db.users[0]!;
      db.users.push({
        ...template,
        ...RETIRED,
        fullName: 'Rita Ruhestand',
        role: 'manager',
        active: false,
        warehouseIds: [],
      });
      db.credentials.push({ userId: RETIRED.id, passwordHash: hashPassword(DEMO_PASSWORD) });
    },
  });
});
afterAll(() => server.close());

async function adminToken(): Promise<string> {
  const res = await signIn(server, 'admin');
  expect(res.status).toBe(200);
  return res.body.token;
}

describe('POST /api/auth/login', () => {
  it('answers with a token and the user, never a hash, and records the sign-in time', async () => {
    const res = await signIn(server, 'merchandiser');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(['token', 'user']);
    expect(res.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Object.keys(res.body.user).sort()).toEqual(['fullName', 'id', 'role', 'username', 'warehouseIds']);
    expect(res.body.user).toMatchObject({ username: 'merchandiser', role: 'merchandiser' });
    expect(containsHash(res.body)).toBe(false);

    const me = await server.request<User>('GET', `/api/users/${res.body.user.id}`, {
      token: await adminToken(),
    });
    expect(me.body.lastLoginAt).toBe(new Date(clock).toISOString());
  });

  it('matches the username case-insensitively and issues a new token each time', async () => {
    const upper = await signIn(server, 'MERCHANDISER');
    const lower = await signIn(server, 'merchandiser');
    expect(upper.status).toBe(200);
    expect(upper.body.user.username).toBe('merchandiser');
    expect(upper.body.token).not.toBe(lower.body.token);
  });

  it('gives a wrong password, an unknown user and an inactive user the identical 401', async () => {
    const wrongPassword = await signIn(server, 'merchandiser', 'not-the-password');
    const unknownUser = await signIn(server, 'nobody-here', DEMO_PASSWORD);
    const inactiveUser = await signIn(server, RETIRED.username, DEMO_PASSWORD);
    for (const res of [wrongPassword, unknownUser, inactiveUser]) {
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ message: formatMessage('en', 'errors.wrongCredentials') });
    }
    const german = await signIn(server, 'nobody-here', 'x', { 'Accept-Language': 'de-DE,de;q=0.9' });
    expect(german.body.message).toBe(formatMessage('de', 'errors.wrongCredentials'));
    expect(german.body.message).not.toBe(wrongPassword.body.message);
  });

  it('rejects malformed bodies with 400, oversized ones with 413 and invalid fields with 422 naming each', async () => {
    const post = (options: Parameters<TestServer['request']>[2]) =>
      server.request<ErrorBody>('POST', '/api/auth/login', options);
    const cases = {
      empty: await post({}),
      emptyObject: await post({ body: {} }),
      notJson: await post({ rawBody: 'not json', headers: { 'Content-Type': 'application/json' } }),
      array: await post({ body: ['admin', DEMO_PASSWORD] }),
      numbers: await post({ body: { username: 123, password: 456 } }),
      operatorObject: await post({ body: { username: 'admin', password: { $gt: '' } } }),
      blank: await post({ body: { username: '   ', password: '' } }),
      megabyte: await post({ body: { username: 'a'.repeat(1024 * 1024), password: DEMO_PASSWORD } }),
    };
    const expected = {
      empty: 422,
      emptyObject: 422,
      notJson: 400,
      array: 400,
      numbers: 422,
      operatorObject: 422,
      blank: 422,
      megabyte: 413,
    };
    for (const [name, res] of Object.entries(cases)) {
      expect(res.status, name).toBe(expected[name as keyof typeof expected]);
      expect(typeof res.body.message, name).toBe('string');
    }
    expect(cases.emptyObject.body.errors).toEqual({
      username: formatMessage('en', 'errors.required'),
      password: formatMessage('en', 'errors.required'),
    });
    expect(cases.empty.body.errors).toEqual(cases.emptyObject.body.errors);
    expect(cases.numbers.body.errors?.username).toBe(formatMessage('en', 'errors.notAString'));
    expect(cases.operatorObject.body.errors).toEqual({ password: formatMessage('en', 'errors.notAString') });
    expect(cases.megabyte.body.message).toBe(formatMessage('en', 'errors.payloadTooLarge', { max: 256 }));
    const long = await post({ body: { username: 'a'.repeat(201), password: DEMO_PASSWORD } });
    expect(long.status).toBe(422);
    expect(long.body.errors).toEqual({ username: formatMessage('en', 'errors.tooLong', { max: 200 }) });
    expect(cases.array.body.message).toBe(formatMessage('en', 'errors.bodyNotObject'));
    expect(cases.notJson.body.message).toBe(formatMessage('en', 'errors.malformedJson'));
  });

  it('treats SQL- and script-like usernames as wrong credentials and audits only their first character', async () => {
    const sqlLike = "admin' OR '1'='1";
    const scriptLike = '<script>alert("x")</script>';
    for (const username of [sqlLike, scriptLike]) {
      const res = await signIn(server, username, "' OR ''='");
      expect(res.status).toBe(401);
      expect(res.body.message).toBe(formatMessage('en', 'errors.wrongCredentials'));
    }
    const failed = await auditEntries(server, await adminToken(), { action: 'login_failed' });
    const names = failed.map((entry) => entry.username);
    expect(names).toContain('a…');
    expect(names).toContain('<…');
    expect(JSON.stringify(failed)).not.toContain('script');
  });
});

describe('lockout', () => {
  const { lockoutThreshold, lockoutMs, lockoutWindowMs } = {
    lockoutThreshold: 5,
    lockoutMs: 15 * 60_000,
    lockoutWindowMs: 15 * 60_000,
  };

  it('uses the default settings this suite assumes', () => {
    expect(server.config).toMatchObject({ lockoutThreshold, lockoutMs, lockoutWindowMs });
  });

  it(`locks a username after ${lockoutThreshold} failures, even against the right password, until the lockout ends`, async () => {
    const statuses: number[] = [];
    for (let i = 0; i < lockoutThreshold; i++)
      statuses.push((await signIn(server, i % 2 ? 'Manager' : 'manager', 'wrong')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);

    const locked = await signIn(server, 'manager', DEMO_PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe(String(lockoutMs / 1000));
    expect(locked.body.message).toBe(formatMessage('en', 'errors.accountLocked', { minutes: 15 }));

    const otherUser = await signIn(server, 'merchandiser');
    expect(otherUser.status).toBe(200);

    advance(lockoutMs - 60_000);
    const later = await signIn(server, 'manager', DEMO_PASSWORD);
    expect(later.status).toBe(429);
    expect(later.headers.get('retry-after')).toBe('60');
    expect(later.body.message).toContain('1 min');

    advance(60_000);
    expect((await signIn(server, 'manager', DEMO_PASSWORD)).status).toBe(200);
  });

  it('locks unknown usernames the same way, so a lockout reveals nothing', async () => {
    for (let i = 0; i < lockoutThreshold - 1; i++)
      expect((await signIn(server, 'ghost', 'wrong')).status).toBe(401);
    expect((await signIn(server, 'ghost', 'wrong')).status).toBe(429);
    advance(lockoutMs);
  });

  it('forgets failures after a success or outside the window', async () => {
    for (let i = 0; i < lockoutThreshold - 1; i++) await signIn(server, 'manager', 'wrong');
    expect((await signIn(server, 'manager')).status).toBe(200);
    for (let i = 0; i < lockoutThreshold - 1; i++)
      expect((await signIn(server, 'manager', 'wrong')).status).toBe(401);
    advance(lockoutWindowMs + 1);
    expect((await signIn(server, 'manager', 'wrong')).status).toBe(401);
    expect((await signIn(server, 'manager')).status).toBe(200);
  });
});

describe('sessions', () => {
  const me = (token: string) =>
    server.request<ErrorBody & { username?: string }>('GET', '/api/auth/me', { token });

  it('returns the current user from /api/auth/me', async () => {
    const { body } = await signIn(server, 'warehouse');
    const res = await me(body.token);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(body.user);
  });

  it('expires a token after the session lifetime', async () => {
    const { body } = await signIn(server, 'warehouse');
    advance(server.config.sessionTtlMs - 1);
    expect((await me(body.token)).status).toBe(200);
    advance(1);
    const expired = await me(body.token);
    expect(expired.status).toBe(401);
    expect(expired.body.message).toBe(formatMessage('en', 'errors.sessionExpired'));
  });

  it('revokes only the presented token on logout', async () => {
    const first = (await signIn(server, 'warehouse')).body.token;
    const second = (await signIn(server, 'warehouse')).body.token;
    const out = await server.request('POST', '/api/auth/logout', { token: first });
    expect(out.status).toBe(204);
    const after = await me(first);
    expect(after.status).toBe(401);
    expect(after.body.message).toBe(formatMessage('en', 'errors.sessionEnded'));
    expect((await server.request('POST', '/api/auth/logout', { token: first })).status).toBe(401);
    expect((await me(second)).status).toBe(200);
  });

  it('refuses every route without a valid bearer token', async () => {
    const valid = (await signIn(server, 'admin')).body.token;
    const badHeaders: Array<Record<string, string>> = [
      {},
      { Authorization: 'Bearer' },
      { Authorization: 'Bearer garbage' },
      { Authorization: `Bearer ${'A'.repeat(43)}` },
      { Authorization: `Bearer ${valid}x` },
      { Authorization: valid },
      { Authorization: `Basic ${Buffer.from('admin:kontor-demo').toString('base64')}` },
    ];
    const paths = [
      ...COLLECTION_NAMES.map((name) => ['GET', `/api/${name}`]),
      ...COLLECTION_NAMES.map((name) => ['POST', `/api/${name}`]),
      ['GET', '/api/users/1'],
      ['PUT', '/api/users/1'],
      ['DELETE', '/api/products/1'],
      ['GET', '/api/auth/me'],
      ['POST', '/api/auth/logout'],
      ['GET', '/api/no-such-thing'],
    ];
    for (const headers of badHeaders) {
      for (const [method, path] of paths) {
        const res = await server.request<ErrorBody>(method!, path!, {
          headers,
          body: method === 'GET' ? undefined : {},
        });
        expect(res.status, `${method} ${path} ${JSON.stringify(headers)}`).toBe(401);
        expect(res.body.message).toMatch(/sign in/i);
      }
    }
    expect((await server.request('GET', '/api/users', { token: valid })).status).toBe(200);
  });

  it('never exposes credentials as a collection', async () => {
    const res = await server.request('GET', '/api/credentials', { token: await adminToken() });
    expect(res.status).toBe(404);
    expect(containsHash(res.body)).toBe(false);
  });
});

describe('audit trail', () => {
  it('records sign-ins, failed sign-ins and sign-outs', async () => {
    const success = await signIn(server, 'merchandiser');
    await signIn(server, 'merchandiser', 'wrong-password');
    const longName = `x${'y'.repeat(149)}`;
    await signIn(server, longName, 'whatever');
    await server.request('POST', '/api/auth/logout', { token: success.body.token });

    const token = await adminToken();
    const merchandiserId = success.body.user.id;
    const [login] = await auditEntries(server, token, { action: 'login', userId: merchandiserId });
    expect(login).toMatchObject({ username: 'merchandiser', resource: 'users', recordId: merchandiserId });

    const failed = await auditEntries(server, token, { action: 'login_failed' });
    expect(failed.find((e) => e.username === 'merchandiser')).toMatchObject({
      userId: merchandiserId,
      recordId: merchandiserId,
    });
    // A name that belongs to nobody may be a password typed into the wrong field: only its first character is kept.
    const unknown = failed.find((e) => e.username === 'x…');
    expect(unknown).toMatchObject({
      userId: null,
      recordId: null,
      note: 'unknown username (client 127.0.0.1)',
    });
    expect(JSON.stringify(failed)).not.toContain('yyy');

    const [logout] = await auditEntries(server, token, { action: 'logout', userId: merchandiserId });
    expect(logout).toMatchObject({ username: 'merchandiser', recordId: merchandiserId });
    expect(containsHash(failed)).toBe(false);
    expect(JSON.stringify(failed)).not.toContain('wrong-password');
  });
});
