/**
 * Failed-login lockout per client AND username together (OWASP's advice), so
 * someone guessing `admin`'s password elsewhere locks out only themselves,
 * never the real admin. Unknown names are counted like known ones, so the
 * lockout reveals nothing. The counters are records of the store (collection
 * `login-lockouts`, never served over HTTP, found by key): a restart does not
 * reset them, and several API instances on one database share them.
 */
import type { ServerConfig } from '../config';
import type { Database, RecordReader, StoredRecord, WriteTransaction } from '../store/database';

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
  constructor(
    private readonly db: Database,
    private readonly config: LockoutConfig,
  ) {}

  static key(client: string, username: string): string {
    return `${client} ${username.trim().toLowerCase()}`;
  }

  /** Milliseconds until `key` may try again; 0 when it is not locked. */
  async lockedFor(key: string): Promise<number> {
    const entry = await entryOf(this.db, key);
    return entry ? Math.max(0, entry.lockedUntil - this.db.now().getTime()) : 0;
  }

  /**
   * Counts a failure; returns how long `key` is now locked (0 if this failure
   * did not lock it). `record` adds to the same transaction (the audit entry),
   * so a failed sign-in costs one journal write, not two. The count is read
   * inside the transaction, so failures sent side by side are all counted.
   */
  fail(
    key: string,
    record: (tx: WriteTransaction, lockedMs: number) => Promise<unknown> = async () => {},
  ): Promise<number> {
    return this.db.transact(async (tx) => {
      const now = Date.parse(tx.at);
      const entry = await entryOf(tx, key);
      if ((await tx.count(LOCKOUTS)) > SWEEP_ABOVE) {
        for (const id of await this.stale(tx, now)) if (id !== entry?.id) await tx.remove(LOCKOUTS, id);
      }
      const failures = [
        ...(entry?.failures ?? []).filter((at) => at > now - this.config.lockoutWindowMs),
        now,
      ];
      const locks = failures.length >= this.config.lockoutThreshold;
      const next = {
        key,
        failures: locks ? [] : failures,
        lockedUntil: locks ? now + this.config.lockoutMs : (entry?.lockedUntil ?? 0),
      };
      const lockedMs = locks ? this.config.lockoutMs : 0;
      await record(tx, lockedMs);
      if (entry) await tx.update<Attempts>(LOCKOUTS, entry.id, next);
      else await tx.insert<Attempts>(LOCKOUTS, next);
      return lockedMs;
    });
  }

  /** Clears the failures of `key` in the sign-in's transaction. */
  async succeed(tx: WriteTransaction, key: string): Promise<void> {
    for (const entry of await tx.findBy<Attempts>(LOCKOUTS, 'key', key)) await tx.remove(LOCKOUTS, entry.id);
  }

  private async stale(tx: WriteTransaction, now: number): Promise<number[]> {
    return (await tx.all<Attempts>(LOCKOUTS))
      .filter((e) => !e.failures.some((at) => at > now - this.config.lockoutWindowMs) && e.lockedUntil <= now)
      .map((e) => e.id);
  }
}

async function entryOf(reader: RecordReader, key: string): Promise<Attempts | undefined> {
  return (await reader.findBy<Attempts>(LOCKOUTS, 'key', key))[0];
}
