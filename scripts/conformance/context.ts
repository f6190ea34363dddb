/**
 * What every check gets: the API's base URL, a client, and tokens for the
 * roles whose credentials were given. Checks create their own records (named
 * with the run's tag) and never change anyone else's.
 */
import type { Role } from '../../src/domain/permissions';
import { Client, type Reply, type SendOptions } from './client';

export interface Credentials {
  username: string;
  password: string;
}

export class CheckFailure extends Error {}

export function fail(reason: string): never {
  throw new CheckFailure(reason);
}

export function expectStatus(reply: Reply, expected: number | readonly number[], what: string): void {
  const allowed = typeof expected === 'number' ? [expected] : expected;
  if (!allowed.includes(reply.status)) {
    fail(
      `${what}: expected ${allowed.join(' or ')}, got ${reply.status} ${reply.text.replace(/\s+/g, ' ').slice(0, 160)}`,
    );
  }
}

export class Context {
  readonly client: Client;
  /** null: that role could not sign in, and requests go without a token (so a backend without sign-in is still checked). */
  readonly tokens = new Map<Role, string | null>();
  /** Unique per run, so the records a run creates are its own and recognisable. */
  readonly tag = `conf${Date.now().toString(36).toUpperCase()}`;

  constructor(
    readonly base: string,
    readonly credentials: Partial<Record<Role, Credentials>>,
  ) {
    this.client = new Client(base);
  }

  /** The token of a role, signing in on first use; null when it cannot (the sign-in checks report that). */
  async token(role: Role): Promise<string | null> {
    if (this.tokens.has(role)) return this.tokens.get(role)!;
    const credentials = this.credentials[role];
    if (!credentials) fail(`no credentials for the ${role} role`);
    const reply = await this.client.send<{ token?: unknown }>('POST', '/auth/login', { body: credentials });
    const token = reply.status === 200 && typeof reply.body?.token === 'string' ? reply.body.token : null;
    this.tokens.set(role, token);
    return token;
  }

  /** Signs in as a role and fails the check if that does not work. */
  async signIn(role: Role): Promise<string> {
    const credentials = this.credentials[role];
    if (!credentials) fail(`no credentials for the ${role} role`);
    const reply = await this.client.send<{ token?: unknown }>('POST', '/auth/login', { body: credentials });
    expectStatus(reply, 200, `signing in as ${credentials.username}`);
    if (typeof reply.body?.token !== 'string')
      fail(`signing in as ${credentials.username} returned no token`);
    return reply.body.token;
  }

  async as<T = unknown>(
    role: Role,
    method: string,
    path: string,
    options: Omit<SendOptions, 'token'> = {},
  ): Promise<Reply<T>> {
    return this.client.send<T>(method, path, { ...options, token: await this.token(role) });
  }

  admin<T = unknown>(
    method: string,
    path: string,
    options: Omit<SendOptions, 'token'> = {},
  ): Promise<Reply<T>> {
    return this.as<T>('admin', method, path, options);
  }

  /** Every record of a list, page by page. */
  async all<T>(path: string, filter: Record<string, unknown> = {}, role: Role = 'admin'): Promise<T[]> {
    const records: T[] = [];
    for (let start = 0; ; start += 1000) {
      const search = new URLSearchParams({
        filter: JSON.stringify(filter),
        range: JSON.stringify([start, start + 999]),
        sort: JSON.stringify(['id', 'ASC']),
      });
      const reply = await this.as<T[]>(role, 'GET', `${path}?${search}`);
      expectStatus(reply, 200, `listing ${path}`);
      if (!Array.isArray(reply.body)) fail(`${path} did not answer with a JSON array`);
      records.push(...reply.body);
      if (reply.body.length < 1000) return records;
    }
  }
}

export interface Check {
  name: string;
  run(ctx: Context): Promise<void>;
}
