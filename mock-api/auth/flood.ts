/**
 * What keeps a flood of sign-ins from stalling the API: each client (address)
 * gets a budget of attempts per minute (rate-limiter-flexible), and at most a
 * few password hashes run at once, the rest waiting in a short queue. Both
 * answer 429 with Retry-After when exceeded. The budget lives in memory: a
 * restart refilling it is harmless, the per-user lockout is what is persisted.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { ServerConfig } from '../config';

type FloodConfig = Pick<ServerConfig, 'loginAttemptsPerMinute' | 'loginHashConcurrency'>;

/** Sign-ins queued behind the running hashes beyond this are refused at once rather than left hanging. */
const MAX_WAITING = 64;

/** Why a sign-in is turned away before its password is checked, and when to try again. */
export class Busy extends Error {
  constructor(
    readonly reason: 'client' | 'server',
    readonly retryAfterMs: number,
  ) {
    super(`sign-in refused: too many attempts (${reason})`);
  }
}

export class SignInGate {
  private readonly perClient: RateLimiterMemory;
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly config: FloodConfig) {
    this.perClient = new RateLimiterMemory({ points: config.loginAttemptsPerMinute, duration: 60 });
  }

  /** Counts an attempt by `client`; throws Busy when its budget for this minute is spent. */
  async admit(client: string): Promise<void> {
    try {
      await this.perClient.consume(client || 'unknown');
    } catch (error) {
      if (error instanceof RateLimiterRes) throw new Busy('client', error.msBeforeNext);
      throw error;
    }
  }

  /** Runs `work` (a password hash) once one of the few hash slots is free. */
  async hash<T>(work: () => Promise<T>): Promise<T> {
    if (this.running < this.config.loginHashConcurrency) this.running += 1;
    else if (this.waiting.length >= MAX_WAITING) throw new Busy('server', 1000);
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await work();
    } finally {
      // Hand the slot straight to the next waiter, or give it back.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
