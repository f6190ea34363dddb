/**
 * The conformance suite passes against the mock API, and fails, readably,
 * against a backend that breaks the contract: plain json-server 0.17 serving
 * the same seed data (no sign-in, no validation, PUT replaces, filters ignored).
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import jsonServer from 'json-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/domain/permissions';
import { startTestServer, type TestServer } from '../../mock-api/test/harness';
import type { Credentials } from './context';
import { CHECKS, runConformance } from './run';

const credentials = Object.fromEntries(
  ROLES.map((role) => [role, { username: role, password: 'kontor-demo' }]),
) as Record<Role, Credentials>;

describe('the conformance suite', () => {
  let mock: TestServer;
  let plain: Server;
  let plainUrl: string;

  beforeAll(async () => {
    mock = await startTestServer();
    const app = jsonServer.create();
    app.use(
      '/api',
      jsonServer.router(
        JSON.parse(
          JSON.stringify(
            Object.fromEntries(
              await Promise.all(
                mock.store.collections().map(async (name) => [name, await mock.db.all(name)]),
              ),
            ),
          ),
        ),
      ),
    );
    plain = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => plain.once('listening', () => resolve()));
    plainUrl = `http://127.0.0.1:${(plain.address() as AddressInfo).port}/api`;
  });
  afterAll(async () => {
    await mock.close();
    await new Promise<void>((resolve) => plain.close(() => resolve()));
  });

  it('passes every check against the mock API', async () => {
    const lines: string[] = [];
    const { failed, passed } = await runConformance({
      url: `${mock.url}/api`,
      credentials,
      log: (line) => lines.push(line),
    });
    expect(
      lines.filter((line) => line.startsWith('✗')),
      lines.join('\n'),
    ).toEqual([]);
    expect(failed).toBe(0);
    expect(passed).toBe(CHECKS.length);
    expect(lines.at(-1)).toBe(`${CHECKS.length} passed, 0 failed`);
  });

  it('fails against plain json-server 0.17 on the same data, saying why in each line', async () => {
    const lines: string[] = [];
    const { failed, results } = await runConformance({
      url: plainUrl,
      credentials,
      log: (line) => lines.push(line),
    });
    expect(failed).toBeGreaterThan(CHECKS.length / 2);
    const reasonOf = (text: string) => results.find((r) => r.name.includes(text))?.reason ?? '';
    expect(reasonOf('without a token')).toMatch(/expected 401, got 200/);
    expect(reasonOf('unknown filter field')).toMatch(/expected 400, got 200/);
    expect(reasonOf('openapi.json')).toMatch(/expected 200, got 404/);
    for (const line of lines.filter((l) => l.startsWith('✗'))) expect(line).toMatch(/^✗ .+: .{10,}/);
    expect(lines.at(-1)).toMatch(/^\d+ passed, \d+ failed$/);
  });
});
