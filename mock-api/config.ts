import { canonicalTimeZone, DEFAULT_TIME_ZONE } from '../src/domain/time';

/** Server settings, from the environment with safe defaults. */
export interface ServerConfig {
  /** How long a session token stays valid. */
  sessionTtlMs: number;
  /** Failed logins for one username from one client within `lockoutWindowMs` that lock that pair for `lockoutMs`. */
  lockoutThreshold: number;
  lockoutWindowMs: number;
  lockoutMs: number;
  /** Sign-in attempts one client (address) may make per minute, whatever the usernames. */
  loginAttemptsPerMinute: number;
  /**
   * Password hashes computed at once; more sign-ins wait their turn. One by
   * default: each takes a whole core for tens of milliseconds, and on a small
   * machine two at once left the event loop too little CPU (see README, Security).
   */
  loginHashConcurrency: number;
  /** Express's `trust proxy` (TRUST_PROXY): which proxies' X-Forwarded-For names the client. Off by default. */
  trustProxy: string | false;
  /** Origins besides the API's own that browsers may call it from (CORS_ORIGINS, comma-separated). */
  corsOrigins: string[];
  /**
   * SERVICE_LEVEL_HOURS: the first-start default of the shop's dispatch promise for orders
   * without a shipping method. Code paths read the shop's settings (../settings/shop.ts), never this.
   */
  serviceLevelHours: number;
  /** Days of sales a suggested reorder should cover. */
  reorderHorizonDays: number;
  /** SHOP_TIME_ZONE: the first-start default of the shop's time zone; code paths read the shop's settings. */
  timeZone: string;
  log: boolean;
}

const HOUR = 3_600_000;

function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
}

/** `https://shop.example, http://localhost:8080`: exact origins only, so no pattern can let more in than meant. */
function originsFromEnv(name: string): string[] {
  const origins = (process.env[name] ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of origins) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(origin);
    } catch {
      // reported below
    }
    if (!parsed || parsed.origin !== origin || !/^https?:$/.test(parsed.protocol) || origin.includes('*'))
      throw new Error(
        `${name} must list origins like https://shop.example or http://localhost:8080 (scheme, host, optional port, no path), got "${origin}"`,
      );
  }
  return origins;
}

/** The shop settings the environment asks for, used only when a database is created (or lacks them). */
export function shopDefaultsFromEnv(): { timeZone: string; serviceLevelHours: number } {
  const raw = process.env.SHOP_TIME_ZONE || DEFAULT_TIME_ZONE;
  const timeZone = canonicalTimeZone(raw);
  if (timeZone === null)
    throw new Error(`SHOP_TIME_ZONE must be an IANA time zone such as Europe/Berlin, got "${raw}"`);
  return { timeZone, serviceLevelHours: numberFromEnv('SERVICE_LEVEL_HOURS', 48) };
}

export function configFromEnv(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    sessionTtlMs: numberFromEnv('SESSION_TTL_HOURS', 8) * HOUR,
    lockoutThreshold: numberFromEnv('LOGIN_LOCKOUT_THRESHOLD', 5),
    lockoutWindowMs: numberFromEnv('LOGIN_LOCKOUT_MINUTES', 15) * 60_000,
    lockoutMs: numberFromEnv('LOGIN_LOCKOUT_MINUTES', 15) * 60_000,
    loginAttemptsPerMinute: numberFromEnv('LOGIN_ATTEMPTS_PER_MINUTE', 30),
    loginHashConcurrency: numberFromEnv('LOGIN_HASH_CONCURRENCY', 1),
    trustProxy: process.env.TRUST_PROXY || false,
    corsOrigins: originsFromEnv('CORS_ORIGINS'),
    ...shopDefaultsFromEnv(),
    reorderHorizonDays: numberFromEnv('REORDER_HORIZON_DAYS', 30),
    log: process.env.API_LOG !== '0',
    ...overrides,
  };
}

/** Each store is served with one configuration; resource hooks that only get the store find it here. */
const configs = new WeakMap<object, ServerConfig>();

export function bindConfig(store: object, config: ServerConfig): void {
  configs.set(store, config);
}

export function configOf(store: object): ServerConfig {
  return configs.get(store) ?? configFromEnv({ log: false });
}
