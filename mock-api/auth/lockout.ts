/**
 * Failed-login lockout per username (lower-cased, whether or not such a user
 * exists, so the lockout itself reveals nothing). Kept in memory: a restart
 * forgets failures, which only ever errs towards letting people back in.
 */
import type { ServerConfig } from '../config';

type LockoutConfig = Pick<ServerConfig, 'lockoutThreshold' | 'lockoutWindowMs' | 'lockoutMs'>;

interface Attempts {
  /** Times (ms) of failures still inside the window. */
  failures: number[];
  lockedUntil: number;
}

/** Beyond this many tracked names, stale ones are dropped so random usernames cannot grow memory forever. */
const SWEEP_ABOVE = 1000;

export class LoginThrottle {
  private readonly attempts = new Map<string, Attempts>();

  constructor(
    private readonly config: LockoutConfig,
    private readonly now: () => Date,
  ) {}

  /** Milliseconds until `name` may try again; 0 when it is not locked. */
  lockedFor(name: string): number {
    const entry = this.attempts.get(name);
    return entry ? Math.max(0, entry.lockedUntil - this.now().getTime()) : 0;
  }

  /** Counts a failure; returns how long `name` is now locked (0 if this failure did not lock it). */
  fail(name: string): number {
    const now = this.now().getTime();
    if (this.attempts.size > SWEEP_ABOVE) this.sweep(now);
    const entry = this.attempts.get(name) ?? { failures: [], lockedUntil: 0 };
    entry.failures = [...entry.failures.filter((at) => at > now - this.config.lockoutWindowMs), now];
    this.attempts.set(name, entry);
    if (entry.failures.length < this.config.lockoutThreshold) return 0;
    entry.failures = [];
    entry.lockedUntil = now + this.config.lockoutMs;
    return this.config.lockoutMs;
  }

  succeed(name: string): void {
    this.attempts.delete(name);
  }

  private sweep(now: number): void {
    for (const [name, entry] of this.attempts) {
      const recent = entry.failures.some((at) => at > now - this.config.lockoutWindowMs);
      if (!recent && entry.lockedUntil <= now) this.attempts.delete(name);
    }
  }
}
