/** Server settings, from the environment with safe defaults. */
export interface ServerConfig {
  /** How long a session token stays valid. */
  sessionTtlMs: number;
  /** Failed logins for one username within `lockoutWindowMs` that lock it for `lockoutMs`. */
  lockoutThreshold: number;
  lockoutWindowMs: number;
  lockoutMs: number;
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

export function configFromEnv(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    sessionTtlMs: numberFromEnv('SESSION_TTL_HOURS', 8) * HOUR,
    lockoutThreshold: numberFromEnv('LOGIN_LOCKOUT_THRESHOLD', 5),
    lockoutWindowMs: numberFromEnv('LOGIN_LOCKOUT_MINUTES', 15) * 60_000,
    lockoutMs: numberFromEnv('LOGIN_LOCKOUT_MINUTES', 15) * 60_000,
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
