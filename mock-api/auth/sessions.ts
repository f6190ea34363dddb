/**
 * Bearer tokens. Only a SHA-256 digest of each token is kept, so a heap dump
 * or a log of this map cannot be replayed as a session. Sessions live in
 * memory only: restarting the API signs everyone out.
 */
import { createHash, randomBytes } from 'node:crypto';

interface Session {
  userId: number;
  expiresAt: number;
}

export type SessionLookup =
  { status: 'valid'; userId: number } | { status: 'expired' } | { status: 'unknown' };

/** 32 random bytes in base64url are exactly 43 characters of this alphabet. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export class SessionTokens {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => Date,
  ) {}

  issue(userId: number): string {
    this.forgetLongExpired();
    const token = randomBytes(32).toString('base64url');
    this.sessions.set(digest(token), { userId, expiresAt: this.now().getTime() + this.ttlMs });
    return token;
  }

  lookup(token: string): SessionLookup {
    if (!TOKEN_SHAPE.test(token)) return { status: 'unknown' };
    const session = this.sessions.get(digest(token));
    if (!session) return { status: 'unknown' };
    if (session.expiresAt <= this.now().getTime()) return { status: 'expired' };
    return { status: 'valid', userId: session.userId };
  }

  revoke(token: string): void {
    this.sessions.delete(digest(token));
  }

  revokeUser(userId: number): void {
    for (const [key, session] of this.sessions) {
      if (session.userId === userId) this.sessions.delete(key);
    }
  }

  /**
   * Expired tokens are remembered for one more lifetime so their owner hears
   * "expired" rather than "invalid"; after that they are dropped to bound memory.
   */
  private forgetLongExpired(): void {
    const cutoff = this.now().getTime() - this.ttlMs;
    for (const [key, session] of this.sessions) {
      if (session.expiresAt <= cutoff) this.sessions.delete(key);
    }
  }
}
