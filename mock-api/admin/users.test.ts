import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/domain/messages';
import type { User } from '../../src/domain/types';
import { MIN_PASSWORD_LENGTH } from '../auth/passwords';
import { auditEntries, containsHash, signIn, type ErrorBody } from '../auth/testing';
import { startTestServer, type ApiResponse, type TestServer } from '../test/harness';

let server: TestServer;
let admin: string;
/** Every response this file sees, to check none of them carries a password hash. */
const seen: ApiResponse[] = [];

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.login('admin');
});
afterAll(() => server.close());

async function call<T = User & ErrorBody>(
  method: string,
  path: string,
  body?: unknown,
  token: string = admin,
) {
  const res = await server.request<T>(method, path, { token, body });
  seen.push(res);
  return res;
}

const en = (key: string, params?: Record<string, string | number>) => formatMessage('en', key, params);

let counter = 0;
function newUser(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    username: `staff.${counter}`,
    fullName: `Staff Member ${counter}`,
    role: 'merchandiser',
    password: `secret-pass-${counter}`,
    ...overrides,
  };
}

async function createUser(overrides: Record<string, unknown> = {}) {
  const input = newUser(overrides);
  const res = await call('POST', '/api/users', input);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { input, user: res.body };
}

describe('creating users', () => {
  it('validates every field', async () => {
    const empty = await call('POST', '/api/users', {});
    expect(empty.status).toBe(422);
    expect(empty.body.errors).toEqual({
      username: en('errors.required'),
      fullName: en('errors.required'),
      role: en('errors.required'),
      password: en('errors.required'),
    });

    const bad = await call('POST', '/api/users', {
      username: 'a b',
      fullName: 'x'.repeat(101),
      role: 'boss',
      password: 'short',
      active: 'yes',
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toMatchObject({
      username: en('errors.usernamePattern'),
      fullName: en('errors.tooLong', { max: 100 }),
      password: en('errors.passwordTooShort', { min: MIN_PASSWORD_LENGTH }),
      active: en('errors.notABoolean'),
    });
    expect(bad.body.errors?.role).toMatch(/admin, manager, merchandiser, warehouse/);

    const tooShortName = await call('POST', '/api/users', newUser({ username: 'ab' }));
    expect(tooShortName.body.errors).toEqual({ username: en('errors.usernamePattern') });
    const unknownWarehouse = await call(
      'POST',
      '/api/users',
      newUser({ role: 'warehouse', warehouseIds: [999] }),
    );
    expect(unknownWarehouse.status).toBe(422);
    expect(Object.keys(unknownWarehouse.body.errors ?? {})).toEqual(['warehouseIds']);
  });

  it('refuses a username that is taken, whatever its case', async () => {
    const res = await call('POST', '/api/users', newUser({ username: 'ADMIN' }));
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual({ username: en('errors.valueTaken', { value: 'admin' }) });
  });

  it('refuses a body that is not an object', async () => {
    const res = await call('POST', '/api/users', ['admin']);
    expect(res.status).toBe(400);
  });

  it('creates an active user who can sign in, and audits it without the password', async () => {
    const { input, user } = await createUser({ username: '  New.Hire ', warehouseIds: [1] });
    expect(user).toMatchObject({
      username: 'new.hire',
      fullName: input.fullName,
      role: 'merchandiser',
      active: true,
      lastLoginAt: null,
      version: 1,
    });
    // Only warehouse staff are tied to warehouses.
    expect(user.warehouseIds).toEqual([]);
    expect(user).not.toHaveProperty('password');

    const session = await signIn(server, 'new.hire', input.password);
    expect(session.status).toBe(200);
    expect(session.body.user).toMatchObject({ id: user.id, role: 'merchandiser' });

    const [entry] = await auditEntries(server, admin, {
      action: 'create',
      resource: 'users',
      recordId: user.id,
    });
    expect(entry?.changes.map((c) => c.field).sort()).toEqual([
      'active',
      'fullName',
      'role',
      'username',
      'warehouseIds',
    ]);
    expect(JSON.stringify(entry)).not.toContain(input.password);
  });

  it('keeps the warehouses of warehouse staff', async () => {
    const { user } = await createUser({ role: 'warehouse', warehouseIds: [2] });
    expect(user.warehouseIds).toEqual([2]);
  });
});

describe('changing users', () => {
  it('resets a password: old sessions end, the old password stops working, the new one works', async () => {
    const { input, user } = await createUser();
    const oldToken = (await signIn(server, input.username, input.password)).body.token;
    const newPassword = 'a-brand-new-password';
    const res = await call('PUT', `/api/users/${user.id}`, { password: newPassword });
    expect(res.status).toBe(200);

    expect((await server.request('GET', '/api/auth/me', { token: oldToken })).status).toBe(401);
    expect((await signIn(server, input.username, input.password)).status).toBe(401);
    expect((await signIn(server, input.username, newPassword)).status).toBe(200);

    const [entry] = await auditEntries(server, admin, { action: 'update', recordId: user.id });
    expect(entry?.note).toBe('password reset');
    expect(entry?.changes.some((c) => c.field.toLowerCase().includes('password'))).toBe(false);
    expect(JSON.stringify(entry)).not.toContain(newPassword);
  });

  it('refuses a password reset that is too short', async () => {
    const { user } = await createUser();
    const res = await call('PUT', `/api/users/${user.id}`, { password: 'x'.repeat(MIN_PASSWORD_LENGTH - 1) });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual({
      password: en('errors.passwordTooShort', { min: MIN_PASSWORD_LENGTH }),
    });
  });

  it('deactivating ends sessions at once and blocks sign-in until reactivated', async () => {
    const { input, user } = await createUser();
    const token = (await signIn(server, input.username, input.password)).body.token;
    expect((await call('PUT', `/api/users/${user.id}`, { active: false })).body.active).toBe(false);
    expect((await server.request('GET', '/api/products', { token })).status).toBe(401);
    const refused = await signIn(server, input.username, input.password);
    expect(refused.status).toBe(401);
    expect(refused.body.message).toBe(en('errors.wrongCredentials'));

    await call('PUT', `/api/users/${user.id}`, { active: true });
    expect((await signIn(server, input.username, input.password)).status).toBe(200);
  });

  it('a role change ends sessions and is audited with before and after', async () => {
    const { input, user } = await createUser({ role: 'merchandiser' });
    const token = (await signIn(server, input.username, input.password)).body.token;
    const res = await call('PUT', `/api/users/${user.id}`, { role: 'warehouse', warehouseIds: [1] });
    expect(res.body).toMatchObject({ role: 'warehouse', warehouseIds: [1] });
    expect((await server.request('GET', '/api/auth/me', { token })).status).toBe(401);

    const [entry] = await auditEntries(server, admin, { action: 'update', recordId: user.id });
    expect(entry?.changes).toContainEqual({ field: 'role', before: 'merchandiser', after: 'warehouse' });
    expect(entry?.changes).toContainEqual({ field: 'warehouseIds', before: [], after: [1] });
    expect(entry?.note).toBe('');
  });

  it('accepts the whole record back, as an edit form sends it, but not a new username', async () => {
    const { user } = await createUser();
    const roundTrip = await call('PUT', `/api/users/${user.id}`, {
      ...user,
      fullName: 'Renamed Person',
      password: '',
    });
    expect(roundTrip.status, JSON.stringify(roundTrip.body)).toBe(200);
    expect(roundTrip.body).toMatchObject({ fullName: 'Renamed Person', username: user.username, version: 2 });

    const rename = await call('PUT', `/api/users/${user.id}`, { username: 'someone.else' });
    expect(rename.status).toBe(422);
    expect(rename.body.errors).toEqual({ username: en('errors.readOnlyField') });
  });

  it('refuses a stale version and an unknown id', async () => {
    const { user } = await createUser();
    await call('PUT', `/api/users/${user.id}`, { fullName: 'First Edit' });
    const stale = await call('PUT', `/api/users/${user.id}`, { fullName: 'Second Edit', version: 1 });
    expect(stale.status).toBe(409);
    expect((await call('GET', `/api/users/${user.id}`)).body.fullName).toBe('First Edit');
    expect((await call('PUT', '/api/users/99999', { fullName: 'Nobody' })).status).toBe(404);
  });
});

describe('the last active administrator', () => {
  const adminId = async () => (await server.db.all<User>('users')).find((u) => u.username === 'admin')!.id;

  async function expectRefused(change: Record<string, unknown>) {
    const id = await adminId();
    const before = await call('GET', `/api/users/${id}`);
    const auditBefore = await auditEntries(server, admin, {
      recordId: id,
      resource: 'users',
      action: 'update',
    });
    const res = await call('PUT', `/api/users/${id}`, change);
    expect(res.status).toBe(422);
    expect(res.body.message).toBe(en('errors.lastAdmin'));
    expect((await call('GET', `/api/users/${id}`)).body).toEqual(before.body);
    expect(await auditEntries(server, admin, { recordId: id, resource: 'users', action: 'update' })).toEqual(
      auditBefore,
    );
    expect((await server.request('GET', '/api/auth/me', { token: admin })).status).toBe(200);
  }

  it('cannot be demoted or deactivated', async () => {
    await expectRefused({ role: 'manager' });
    await expectRefused({ active: false });
  });

  it('still counts as the last one when the other administrator is inactive', async () => {
    const { user } = await createUser({ role: 'admin' });
    expect((await call('PUT', `/api/users/${user.id}`, { active: false })).status).toBe(200);
    await expectRefused({ role: 'manager' });
  });

  it('may be demoted once another active administrator exists', async () => {
    const { input } = await createUser({ role: 'admin' });
    const second = (await signIn(server, input.username, input.password)).body.token;
    const res = await call('PUT', `/api/users/${await adminId()}`, { role: 'manager' }, second);
    expect(res.status).toBe(200);
    expect((await server.request('GET', '/api/auth/me', { token: admin })).status).toBe(401);
    expect((await call('PUT', `/api/users/${await adminId()}`, { role: 'admin' }, second)).status).toBe(200);
    admin = (await signIn(server, 'admin')).body.token;
  });
});

describe('what is never allowed', () => {
  it('never deletes a user', async () => {
    const { user } = await createUser();
    const res = await call('DELETE', `/api/users/${user.id}`);
    expect(res.status).toBe(405);
    expect(res.body.message).toBe(en('errors.usersCannotBeDeleted'));
    expect((await call('GET', `/api/users/${user.id}`)).status).toBe(200);
  });

  it('refuses every user operation to non-admins', async () => {
    const { user } = await createUser();
    for (const role of ['manager', 'merchandiser', 'warehouse']) {
      const token = await server.login(role);
      const attempts = [
        await call('GET', '/api/users', undefined, token),
        await call('GET', `/api/users/${user.id}`, undefined, token),
        await call('POST', '/api/users', newUser(), token),
        await call('PUT', `/api/users/${user.id}`, { role: 'admin' }, token),
        await call('DELETE', `/api/users/${user.id}`, undefined, token),
      ];
      expect(attempts.map((a) => a.status)).toEqual([403, 403, 403, 403, 403]);
    }
    expect((await call('GET', `/api/users/${user.id}`)).body.role).toBe('merchandiser');
  });

  it('tells every role who is who, by name only', async () => {
    const warehouse = await server.login('warehouse');
    const names = await call<{ id: number; fullName: string }[]>(
      'GET',
      '/api/user-names',
      undefined,
      warehouse,
    );
    expect(names.status).toBe(200);
    const users = (await call<User[]>('GET', '/api/users?range=[0,999]')).body;
    const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;
    expect([...names.body].sort(byId)).toEqual(
      users.map(({ id, fullName }) => ({ id, fullName })).sort(byId),
    );
    expect((await server.request('GET', '/api/user-names', {})).status).toBe(401);
  });

  it('never sends a password hash', async () => {
    await call('GET', '/api/users');
    expect(seen.length).toBeGreaterThan(20);
    expect(seen.filter((res) => containsHash(res.body))).toEqual([]);
  });
});
