/**
 * One sign-in attempt: the client's budget, the lockout, the password check
 * and the audit entry. Every refusal for a wrong name, a wrong password or an
 * inactive user reads the same, so the answer never tells which one it was.
 */
import { randomBytes } from 'node:crypto';
import type { Response } from 'express';
import { DomainError, problem } from '../../src/domain/errors';
import type { SessionUser, User } from '../../src/domain/types';
import { recordAudit } from '../audit';
import { ctxOf } from '../http/context';
import type { Handler } from '../http/mount';
import type { Database, RecordReader, StoredRecord, WriteTransaction } from '../store/database';
import { Busy, type SignInGate } from './flood';
import { LoginThrottle } from './lockout';
import { hashPassword, verifyPasswordAsync } from './passwords';
import { SessionTokens } from './sessions';

interface Credential extends StoredRecord {
  userId: number;
  passwordHash: string;
}

export function sessionUserOf(user: User): SessionUser {
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    role: user.role,
    warehouseIds: [...(user.warehouseIds ?? [])],
  };
}

/** Usernames are stored lower-case; people may type them any way. */
export async function findUserByName(reader: RecordReader, name: string): Promise<User | undefined> {
  const wanted = name.trim().toLowerCase();
  return (await reader.all<User>('users')).find((user) => user.username.toLowerCase() === wanted);
}

/**
 * What the audit log keeps of a typed name that matches no user: people type
 * passwords into the username field, and managers can read the log.
 */
export function maskedUsername(typed: string): string {
  const first = [...typed.trim()][0];
  return first ? `${first}…` : '';
}

interface Failure {
  typed: string;
  user: User | undefined;
  note: string;
}

export function loginHandler(
  db: Database,
  sessions: SessionTokens,
  throttle: LoginThrottle,
  gate: SignInGate,
): Handler {
  // Unknown names are checked against a throwaway hash, so they take as long as a wrong password.
  let decoyHash: string | null = null;
  const decoy = () => (decoyHash ??= hashPassword(randomBytes(16).toString('hex')));

  const auditFailure = async (
    tx: WriteTransaction,
    res: Response,
    { typed, user, note }: Failure,
  ): Promise<void> => {
    const ctx = ctxOf(res);
    const entry = await recordAudit(
      tx,
      { ...ctx, user: null },
      {
        action: 'login_failed',
        resource: 'users',
        recordId: user?.id ?? null,
        username: user ? user.username : maskedUsername(typed),
        note: `${note} (client ${ctx.ip || 'unknown'})`,
      },
    );
    // Nobody is signed in, yet the entry should point at the account that was tried.
    if (user) await tx.put('audit-log', { ...entry, userId: user.id });
  };

  const refuse = (res: Response, lockedMs: number): never => {
    if (lockedMs > 0) {
      res.setHeader('Retry-After', String(Math.ceil(lockedMs / 1000)));
      throw new DomainError(429, problem('errors.accountLocked', { minutes: Math.ceil(lockedMs / 60_000) }));
    }
    throw new DomainError(401, problem('errors.wrongCredentials'));
  };

  const refuseLocked = async (res: Response, failure: Failure, lockedMs: number): Promise<never> => {
    await db.transact((tx) => auditFailure(tx, res, failure));
    return refuse(res, lockedMs);
  };

  const tooMany = (res: Response, error: unknown): never => {
    if (!(error instanceof Busy)) throw error;
    const seconds = Math.max(1, Math.ceil(error.retryAfterMs / 1000));
    res.setHeader('Retry-After', String(seconds));
    // A full hash queue is everyone's problem, not this client's: say so rather than blame their device.
    const key = error.reason === 'client' ? 'errors.tooManySignIns' : 'errors.signInBusy';
    throw new DomainError(429, problem(key, { seconds }));
  };

  return async ({ body, ctx, res }) => {
    const { username, password } = body as { username: string; password: string };
    await gate.admit(ctx.ip).catch((error: unknown) => tooMany(res, error));
    const key = LoginThrottle.key(ctx.ip, username);
    const lockedMs = await throttle.lockedFor(key);
    if (lockedMs > 0) {
      const user = await findUserByName(db, username);
      await refuseLocked(res, { typed: username, user, note: 'locked' }, lockedMs);
    }
    const tried = await findUserByName(db, username);
    const hashTried = (tried && (await db.get<Credential>('credentials', tried.id))?.passwordHash) ?? decoy();
    const matches = await gate
      .hash(() => verifyPasswordAsync(password, hashTried))
      .catch((error: unknown) => tooMany(res, error));
    // The user, their password and the lockout may have changed while the hash ran: decide on what is current.
    // Guesses sent side by side thus cannot get past the lockout, and after it every answer is the same 429.
    const user = tried && (await db.get<User>('users', tried.id));
    const lockedMeanwhileMs = await throttle.lockedFor(key);
    if (lockedMeanwhileMs > 0)
      await refuseLocked(res, { typed: username, user, note: 'locked' }, lockedMeanwhileMs);
    const passwordMatches =
      matches && !!user && (await db.get<Credential>('credentials', user.id))?.passwordHash === hashTried;
    if (!user || !passwordMatches || !user.active) {
      const note = !user ? 'unknown username' : !passwordMatches ? 'wrong password' : 'user inactive';
      const nowLockedMs = await throttle.fail(key, async (tx, locksMs) => {
        const lockNote = locksMs > 0 ? `; locked out for ${Math.ceil(locksMs / 60_000)} min` : '';
        await auditFailure(tx, res, { typed: username, user, note: note + lockNote });
      });
      return refuse(res, nowLockedMs);
    }
    // Made before the transaction, so a retried transaction stores the token the answer carries.
    const token = SessionTokens.newToken();
    const signedIn = await db.transact(async (tx) => {
      await throttle.succeed(tx, key);
      // A sign-in is not an edit: keeping version and updatedAt means an open edit form does not go stale.
      const updated = await tx.put<User>('users', { ...user, lastLoginAt: tx.at });
      await recordAudit(
        tx,
        { ...ctx, user: sessionUserOf(updated) },
        { action: 'login', resource: 'users', recordId: user.id },
      );
      await sessions.issue(tx, updated.id, token);
      return updated;
    });
    return { token, user: sessionUserOf(signedIn) };
  };
}
