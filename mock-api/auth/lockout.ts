/**
 * Failed-login lockout per client AND username together (OWASP's advice), so
 * someone guessing `admin`'s password elsewhere locks out only themselves,
 * never the real admin. Unknown names are counted like known ones, so the
 * lockout reveals nothing. The counters are records of the store (collection
 * `login-lockouts`, never served over HTTP): a restart does not reset them.
 */
import type { ServerConfig } from '../config';
import type { Store, StoredRecord, Transaction } from '../store/store';

type LockoutConfig = Pick<ServerConfig, 'lockoutThreshold' | 'lockoutWindowMs' | 'lockoutMs'>;

interface Attempts extends StoredRecord {
  /** `<client> <lower-cased username>` */
  key: string;
  /** Times (ms) of failures still inside the window. */
  failures: number[];
  lockedUntil: number;
}

export const LOCKOUTS = 'login-lockouts';

/** Beyond this many tracked keys, stale ones are dropped so random usernames cannot grow the collection forever. */
const SWEEP_ABOVE = 1000;

export class LoginThrottle {
  /** key → record id */
  private readonly ids = new Map<string, number>();

  constructor(
    private readonly store: Store,
    private readonly config: LockoutConfig,
  ) {
    for (const entry of store.all<Attempts>(LOCKOUTS)) this.ids.set(entry.key, entry.id);
  }

  static key(client: string, username: string): string {
    return `${client} ${username.trim().toLowerCase()}`;
  }

  /** Milliseconds until `key` may try again; 0 when it is not locked. */
  lockedFor(key: string): number {
    const entry = this.entry(key);
    return entry ? Math.max(0, entry.lockedUntil - this.store.now().getTime()) : 0;
  }

  /**
   * Counts a failure; returns how long `key` is now locked (0 if this failure
   * did not lock it). `record` adds to the same transaction (the audit entry),
   * so a failed sign-in costs one journal write, not two.
   */
  fail(key: string, record: (tx: Transaction, lockedMs: number) => void = () => {}): number {
    const now = this.store.now().getTime();
    const entry = this.entry(key);
    const stale = this.ids.size > SWEEP_ABOVE ? this.stale(now).filter((id) => id !== entry?.id) : [];
    const failures = [...(entry?.failures ?? []).filter((at) => at > now - this.config.lockoutWindowMs), now];
    const locks = failures.length >= this.config.lockoutThreshold;
    const next = {
      key,
      failures: locks ? [] : failures,
      lockedUntil: locks ? now + this.config.lockoutMs : (entry?.lockedUntil ?? 0),
    };
    const lockedMs = locks ? this.config.lockoutMs : 0;
    const saved = this.store.transact((tx) => {
      for (const id of stale) tx.remove(LOCKOUTS, id);
      record(tx, lockedMs);
      return entry ? tx.update<Attempts>(LOCKOUTS, entry.id, next) : tx.insert<Attempts>(LOCKOUTS, next);
    });
    this.forget(stale);
    this.ids.set(key, saved.id);
    return lockedMs;
  }

  succeed(key: string): void {
    const id = this.ids.get(key);
    if (id === undefined) return;
    this.store.transact((tx) => tx.remove(LOCKOUTS, id));
    this.ids.delete(key);
  }

  private entry(key: string): Attempts | undefined {
    const id = this.ids.get(key);
    return id === undefined ? undefined : this.store.get<Attempts>(LOCKOUTS, id);
  }

  private stale(now: number): number[] {
    return [...this.store.all<Attempts>(LOCKOUTS)]
      .filter((e) => !e.failures.some((at) => at > now - this.config.lockoutWindowMs) && e.lockedUntil <= now)
      .map((e) => e.id);
  }

  private forget(ids: number[]): void {
    if (ids.length === 0) return;
    const gone = new Set(ids);
    for (const [key, id] of this.ids) if (gone.has(id)) this.ids.delete(key);
  }
}
