/**
 * API tests run against the real server over HTTP: a fresh copy of a small,
 * fixed seed database, served on an ephemeral port. The database is the
 * embedded store in a temporary directory, or, with
 * KONTOR_TEST_DATABASE=postgres (the `api-postgres` test project), a fresh
 * PostgreSQL database loaded with the same data: one suite for both.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp } from '../server';
import { configFromEnv, type ServerConfig } from '../config';
import type { Database as DataLayer } from '../store/database';
import { Store } from '../store/store';
import { generateDatabase, writeDatabaseFile, type Database } from '../seed/database';
import { DEMO_PASSWORD } from '../auth/passwords';
import { PostgresDatabase } from '../postgres/database';
import { loadedDatabase } from '../postgres/testing';

export const ON_POSTGRES = process.env.KONTOR_TEST_DATABASE === 'postgres';

/** Test data is generated for a fixed moment, so expectations never depend on the day tests run. */
export const TEST_ANCHOR = new Date('2026-06-15T00:00:00.000Z');
const cachedDatabases = new Map<string, string>();

function baseDatabaseFile(scale: 'tiny' | 'demo'): string {
  const cached = cachedDatabases.get(scale);
  if (cached) return cached;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kontor-seed-')), `${scale}.json`);
  writeDatabaseFile(generateDatabase({ scale, seed: 42, anchor: TEST_ANCHOR }), file);
  cachedDatabases.set(scale, file);
  return file;
}

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export interface RequestOptions {
  token?: string | null;
  body?: unknown;
  /** Sent as-is instead of JSON-encoding `body`. */
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface TestServer {
  url: string;
  /** The data layer the server runs on, for reading what a request left behind. */
  db: DataLayer;
  /** The same database as the embedded store, for tests of its internals (journal, recovery); not on PostgreSQL. */
  store: Store;
  dbFile: string;
  /** The same data opened a second time, as another process or a restart would see it. */
  reopen(): Promise<DataLayer & { close(): Promise<void> }>;
  config: ServerConfig;
  request<T = unknown>(method: string, urlPath: string, options?: RequestOptions): Promise<ApiResponse<T>>;
  /** Signs in a demo user (admin, manager, merchandiser, warehouse) and returns the token. */
  login(username: string): Promise<string>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  scale?: 'tiny' | 'demo';
  config?: Partial<ServerConfig>;
  /** Changes the copied database before the server opens it. */
  prepare?: (db: Database) => void;
  now?: () => Date;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontor-api-'));
  const dbFile = path.join(dir, 'db.json');
  fs.copyFileSync(baseDatabaseFile(options.scale ?? 'tiny'), dbFile);
  // A configured time zone or service level is what SHOP_TIME_ZONE / SERVICE_LEVEL_HOURS are:
  // the values the shop's settings start with, as if the database had been created with them.
  const { timeZone, serviceLevelHours } = options.config ?? {};
  const startsWith = {
    ...(timeZone !== undefined && { timeZone }),
    ...(serviceLevelHours !== undefined && { serviceLevelHours }),
  };
  if (options.prepare || Object.keys(startsWith).length > 0) {
    const db = JSON.parse(fs.readFileSync(dbFile, 'utf8')) as Database;
    for (const settings of db['shop-settings'] ?? []) Object.assign(settings, startsWith);
    options.prepare?.(db);
    fs.writeFileSync(dbFile, JSON.stringify(db));
  }
  const config = configFromEnv({ log: false, ...options.config });
  const postgres = ON_POSTGRES
    ? await loadedDatabase(JSON.parse(fs.readFileSync(dbFile, 'utf8')) as Database, { now: options.now })
    : null;
  const embedded = postgres ? null : Store.open(dbFile, { fsync: false, now: options.now });
  const db: DataLayer = postgres?.db ?? embedded!;
  const app = await createApp(db, config, { checkResponses: true });
  const server: Server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const tokens = new Map<string, string>();

  const request = async <T>(
    method: string,
    urlPath: string,
    opts: RequestOptions = {},
  ): Promise<ApiResponse<T>> => {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
    let body: string | undefined = opts.rawBody;
    if (body === undefined && opts.body !== undefined) {
      body = JSON.stringify(opts.body);
      headers['Content-Type'] ??= 'application/json';
    }
    const res = await fetch(url + urlPath, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON: the test sees the raw text.
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  };

  const login = async (username: string): Promise<string> => {
    const known = tokens.get(username);
    if (known) return known;
    const res = await request<{ token: string }>('POST', '/api/auth/login', {
      body: { username, password: DEMO_PASSWORD },
    });
    if (res.status !== 200)
      throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
    tokens.set(username, res.body.token);
    return res.body.token;
  };

  const close = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await (postgres ? postgres.drop() : embedded!.close());
    fs.rmSync(dir, { recursive: true, force: true });
  };

  const reopen = async () =>
    postgres ? new PostgresDatabase(postgres.url, { poolSize: 2 }) : Store.open(dbFile, { fsync: false });

  return {
    url,
    db,
    get store(): Store {
      if (!embedded) throw new Error('server.store is the embedded store; this run is on PostgreSQL');
      return embedded;
    },
    dbFile,
    config,
    request,
    login,
    reopen,
    close,
  };
}

/** `?sort=…&range=…&filter=…` the way ra-data-simple-rest builds it. */
export function listQuery(params: {
  sort?: [string, string];
  range?: [number, number];
  filter?: Record<string, unknown>;
}): string {
  const search = new URLSearchParams();
  if (params.sort) search.set('sort', JSON.stringify(params.sort));
  if (params.range) search.set('range', JSON.stringify(params.range));
  if (params.filter) search.set('filter', JSON.stringify(params.filter));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Total from a Content-Range header such as `products 0-24/300`. */
export function totalOf(res: ApiResponse): number {
  const header = res.headers.get('content-range') ?? '';
  return Number(header.split('/').pop());
}
