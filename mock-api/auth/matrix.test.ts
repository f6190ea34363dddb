import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/domain/messages';
import { can, PROTECTED_RESOURCES, ROLES, type Action, type Role } from '../../src/domain/permissions';
import { isCollectionName } from '../../src/domain/resources';
import type { StoredRecord } from '../store/store';
import { startTestServer, type ApiResponse, type TestServer } from '../test/harness';
import type { ErrorBody } from './testing';

const COLLECTIONS = PROTECTED_RESOURCES.filter(isCollectionName);

interface Probe {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  action: Action;
  /** Requests that are allowed must still change nothing: stale versions make writes conflict. */
  request(resource: string, id: number): { path: string; body?: unknown };
}

const PROBES: readonly Probe[] = [
  { method: 'GET', action: 'list', request: (r) => ({ path: `/api/${r}` }) },
  { method: 'GET', action: 'show', request: (r, id) => ({ path: `/api/${r}/${id}` }) },
  { method: 'POST', action: 'create', request: (r) => ({ path: `/api/${r}`, body: {} }) },
  { method: 'PUT', action: 'edit', request: (r, id) => ({ path: `/api/${r}/${id}`, body: { version: 0 } }) },
  { method: 'DELETE', action: 'delete', request: (r, id) => ({ path: `/api/${r}/${id}?version=0` }) },
];

let server: TestServer;
const tokens = {} as Record<Role, string>;

beforeAll(async () => {
  server = await startTestServer();
  for (const role of ROLES) tokens[role] = await server.login(role);
});
afterAll(() => server.close());

/** A real record's id; for a collection the test data leaves empty, an id that answers 404 where allowed. */
async function firstId(resource: string): Promise<number> {
  const [first] = await server.db.all<StoredRecord>(resource);
  return first ? first.id : 999_999;
}

function send(
  role: Role | null,
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) {
  return server.request<ErrorBody>(method, path, { token: role ? tokens[role] : null, body, headers });
}

function expectForbidden(res: ApiResponse<ErrorBody>, role: Role, resource: string, label: string): void {
  expect(res.status, label).toBe(403);
  expect(res.body.message, label).toContain(formatMessage('en', `roles.${role}`));
  expect(res.body.message, label).toContain(formatMessage('en', `collections.${resource}`));
}

describe('the permission matrix over HTTP', () => {
  it('covers every protected REST collection', () => {
    expect(COLLECTIONS.length).toBeGreaterThanOrEqual(11);
  });

  for (const resource of COLLECTIONS) {
    it(`${resource}: 403 exactly where the matrix denies, 401 without a token`, async () => {
      const id = await firstId(resource);
      for (const probe of PROBES) {
        const { path, body } = probe.request(resource, id);
        const anonymous = await send(null, probe.method, path, body);
        expect(anonymous.status, `anonymous ${probe.method} ${path}`).toBe(401);
        for (const role of ROLES) {
          const res = await send(role, probe.method, path, body);
          const label = `${role} ${probe.method} ${path} → ${res.status} ${res.body?.message}`;
          if (!can(role, probe.action, resource)) {
            expectForbidden(res, role, resource, label);
            continue;
          }
          expect([401, 403], label).not.toContain(res.status);
          expect(res.status, label).toBeLessThan(500);
          if (probe.action === 'list') expect(res.status, label).toBe(200);
          if (probe.action === 'show') expect([200, 404], label).toContain(res.status);
        }
      }
    });
  }
});

// Written from the table, not from can(), so a wrong matrix cannot pass by agreeing with itself.
describe('spot checks from the specification', () => {
  const cases: Array<[Role, Probe['method'], string, number, unknown?]> = [
    ['warehouse', 'GET', 'promotions', 403],
    ['warehouse', 'POST', 'promotions', 403, {}],
    ['merchandiser', 'GET', 'users', 403],
    ['manager', 'GET', 'users', 403],
    ['manager', 'GET', 'audit-log', 200],
    ['merchandiser', 'GET', 'audit-log', 403],
    ['warehouse', 'GET', 'stock-movements', 200],
    ['manager', 'PUT', 'products/:id', 403, { name: 'Renamed by a manager' }],
    ['warehouse', 'PUT', 'products/:id', 403, { name: 'Renamed by the warehouse' }],
    ['manager', 'POST', 'promotions', 422, {}],
    ['merchandiser', 'DELETE', 'audit-log/:id', 403],
    // The audit log is append-only for everyone: admins have read access only, so even they get 403.
    ['admin', 'DELETE', 'audit-log/:id', 403],
    ['manager', 'DELETE', 'users/:id', 403],
    ['admin', 'DELETE', 'users/:id', 405],
    ['warehouse', 'PUT', 'stock-levels/:id', 200, { binLocation: 'B-01-1' }],
  ];
  for (const [role, method, target, status, body] of cases) {
    it(`${role} ${method} ${target} → ${status}`, async () => {
      const [resource] = target.split('/') as [string];
      const path = `/api/${target.replace(':id', String(await firstId(resource)))}`;
      const res = await send(role, method, path, body);
      if (status === 403) expectForbidden(res, role, resource, `${role} ${method} ${path}`);
      else expect(res.status, JSON.stringify(res.body)).toBe(status);
    });
  }

  it('keeps a refused change unapplied', async () => {
    const id = await firstId('products');
    const before = await send('admin', 'GET', `/api/products/${id}`);
    await send('manager', 'PUT', `/api/products/${id}`, { name: 'Renamed by a manager' });
    expect((await send('admin', 'GET', `/api/products/${id}`)).body).toEqual(before.body);
  });

  it('names the role and the resource in German too', async () => {
    const res = await send('warehouse', 'GET', '/api/promotions', undefined, { 'Accept-Language': 'de' });
    expect(res.status).toBe(403);
    expect(res.body.message).toContain(formatMessage('de', 'roles.warehouse'));
    expect(res.body.message).toContain(formatMessage('de', 'collections.promotions'));
  });
});
