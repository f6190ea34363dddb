/** Helpers shared by the sign-in and user-administration API tests. */
import type { AuditEntry, SessionUser } from '../../src/domain/types';
import { listQuery, type ApiResponse, type TestServer } from '../test/harness';
import { DEMO_PASSWORD } from './passwords';

export interface LoginBody {
  token: string;
  user: SessionUser;
}

export interface ErrorBody {
  message: string;
  errors?: Record<string, string>;
}

export function signIn(
  server: TestServer,
  username: string,
  password: string = DEMO_PASSWORD,
  headers?: Record<string, string>,
): Promise<ApiResponse<LoginBody & ErrorBody>> {
  return server.request<LoginBody & ErrorBody>('POST', '/api/auth/login', {
    body: { username, password },
    headers,
  });
}

/** Audit entries matching `filter`, newest first, read over the API as `token`'s user. */
export async function auditEntries(
  server: TestServer,
  token: string,
  filter: Record<string, unknown>,
): Promise<AuditEntry[]> {
  const query = listQuery({ filter, sort: ['id', 'DESC'], range: [0, 499] });
  const res = await server.request<AuditEntry[]>('GET', `/api/audit-log${query}`, { token });
  if (res.status !== 200) throw new Error(`audit-log read failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Whether anything in a response looks like a stored password hash. */
export function containsHash(body: unknown): boolean {
  return JSON.stringify(body ?? null).includes('scrypt$');
}
