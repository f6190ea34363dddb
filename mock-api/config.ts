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
  /** An order paid longer ago than this and not fully shipped is late. */
  serviceLevelHours: number;
  /** Days of sales a suggested reorder should cover. */
  reorderHorizonDays: number;
  /** The shop's time zone, for calendar days in reports and promotion windows. */
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
    serviceLevelHours: numberFromEnv('SERVICE_LEVEL_HOURS', 48),
    reorderHorizonDays: numberFromEnv('REORDER_HORIZON_DAYS', 30),
    timeZone: process.env.SHOP_TIME_ZONE || 'Europe/Berlin',
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
