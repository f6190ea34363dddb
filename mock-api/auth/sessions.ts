/**
 * Bearer tokens. Only a SHA-256 digest of each token is kept, so neither the
 * database, its journal nor a heap dump can be replayed as a session. Sessions
 * are records of the store (collection `sessions`, never served over HTTP), so
 * they are journalled like any write and survive a restart.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Store, StoredRecord } from '../store/store';

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

export class SessionTokens {
  /** Token digest → session record id, so a lookup does not scan the collection. */
  private readonly byDigest = new Map<string, number>();

  constructor(
    private readonly store: Store,
    private readonly ttlMs: number,
  ) {
    for (const session of store.all<SessionRecord>(SESSIONS))
      this.byDigest.set(session.tokenHash, session.id);
  }

  issue(userId: number): string {
    const token = randomBytes(32).toString('base64url');
    const tokenHash = digest(token);
    const expiresAt = this.store.now().getTime() + this.ttlMs;
    const stale = this.longExpired();
    const session = this.store.transact((tx) => {
      for (const id of stale) tx.remove(SESSIONS, id);
      return tx.insert<SessionRecord>(SESSIONS, { tokenHash, userId, expiresAt });
    });
    this.forget(stale);
    this.byDigest.set(tokenHash, session.id);
    return token;
  }

  lookup(token: string): SessionLookup {
    if (!TOKEN_SHAPE.test(token)) return { status: 'unknown' };
    const id = this.byDigest.get(digest(token));
    const session = id === undefined ? undefined : this.store.get<SessionRecord>(SESSIONS, id);
    if (!session) return { status: 'unknown' };
    if (session.expiresAt <= this.store.now().getTime()) return { status: 'expired' };
    return { status: 'valid', userId: session.userId };
  }

  revoke(token: string): void {
    const id = this.byDigest.get(digest(token));
    if (id !== undefined) this.end([id]);
  }

  revokeUser(userId: number): void {
    const ids = [...this.store.all<SessionRecord>(SESSIONS)]
      .filter((s) => s.userId === userId)
      .map((s) => s.id);
    if (ids.length > 0) this.end(ids);
  }

  private end(ids: number[]): void {
    this.store.transact((tx) => {
      for (const id of ids) tx.remove(SESSIONS, id);
    });
    this.forget(ids);
  }

  private forget(ids: number[]): void {
    if (ids.length === 0) return;
    const gone = new Set(ids);
    for (const [hash, id] of this.byDigest) if (gone.has(id)) this.byDigest.delete(hash);
  }

  /**
   * Expired tokens are remembered for one more lifetime so their owner hears
   * "expired" rather than "invalid"; after that they are dropped to bound the collection.
   */
  private longExpired(): number[] {
    const cutoff = this.store.now().getTime() - this.ttlMs;
    return [...this.store.all<SessionRecord>(SESSIONS)].filter((s) => s.expiresAt <= cutoff).map((s) => s.id);
  }
}
