/**
 * Bearer tokens. Only a SHA-256 digest of each token is kept, so neither the
 * database, its journal nor a heap dump can be replayed as a session. Sessions
 * are records of the database (collection `sessions`, never served over HTTP),
 * so they are journalled like any write and survive a restart. Nothing is kept
 * in the process: a session is found by its digest in the database, so several
 * API instances on one database agree on who is signed in.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Database, StoredRecord, WriteTransaction } from '../store/database';

interface SessionRecord extends StoredRecord {
  tokenHash: string;
  userId: number;
  expiresAt: number;
}

export type SessionLookup =
  { status: 'valid'; userId: number } | { status: 'expired' } | { status: 'unknown' };

export const SESSIONS = 'sessions';

/** 32 random bytes in base64url are exactly 43 characters of this alphabet. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Ends every session of a user, in the transaction that took their access away. */
export async function endSessionsOf(tx: WriteTransaction, userId: number): Promise<void> {
  for (const session of await tx.findBy<SessionRecord>(SESSIONS, 'userId', userId))
    await tx.remove(SESSIONS, session.id);
}

export class SessionTokens {
  constructor(
    private readonly db: Database,
    private readonly ttlMs: number,
  ) {}

  /**
   * A new session for `userId` in `tx` (the sign-in's own transaction); the
   * token is made before, so a retried transaction stores the same one.
   */
  async issue(tx: WriteTransaction, userId: number, token: string): Promise<void> {
    const now = Date.parse(tx.at);
    for (const id of await this.longExpired(tx, now)) await tx.remove(SESSIONS, id);
    await tx.insert<SessionRecord>(SESSIONS, {
      tokenHash: digest(token),
      userId,
      expiresAt: now + this.ttlMs,
    });
  }

  static newToken(): string {
    return randomBytes(32).toString('base64url');
  }

  async lookup(token: string): Promise<SessionLookup> {
    if (!TOKEN_SHAPE.test(token)) return { status: 'unknown' };
    const [session] = await this.db.findBy<SessionRecord>(SESSIONS, 'tokenHash', digest(token));
    if (!session) return { status: 'unknown' };
    if (session.expiresAt <= this.db.now().getTime()) return { status: 'expired' };
    return { status: 'valid', userId: session.userId };
  }

  async revoke(tx: WriteTransaction, token: string): Promise<void> {
    for (const session of await tx.findBy<SessionRecord>(SESSIONS, 'tokenHash', digest(token)))
      await tx.remove(SESSIONS, session.id);
  }

  /**
   * Expired tokens are remembered for one more lifetime so their owner hears
   * "expired" rather than "invalid"; after that they are dropped to bound the collection.
   */
  private async longExpired(tx: WriteTransaction, now: number): Promise<number[]> {
    const cutoff = now - this.ttlMs;
    return (await tx.all<SessionRecord>(SESSIONS)).filter((s) => s.expiresAt <= cutoff).map((s) => s.id);
  }
}
