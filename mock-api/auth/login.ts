/**
 * One sign-in attempt: the input's shape, the lockout, the password check and
 * the audit entry. Every refusal for a wrong name, a wrong password or an
 * inactive user reads the same, so the answer never tells which one it was.
 */
import { randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';
import { DomainError, hasProblems, problem, type FieldProblems } from '../../src/domain/errors';
import type { SessionUser, User } from '../../src/domain/types';
import { checkField, type FieldRule } from '../../src/domain/validation/fields';
import { recordAudit } from '../audit';
import { ctxOf } from '../http/context';
import { route } from '../http/errors';
import { bodyOf } from '../rest/bridge';
import type { Store, StoredRecord } from '../store/store';
import type { LoginThrottle } from './lockout';
import { hashPassword, verifyPassword } from './passwords';
import type { SessionTokens } from './sessions';

/** Far above any real username or password, far below what would make hashing or logging costly. */
export const MAX_CREDENTIAL_LENGTH = 200;
const AUDITED_USERNAME_LENGTH = 100;
const CREDENTIAL_RULE: FieldRule = { kind: 'text', required: true, max: MAX_CREDENTIAL_LENGTH };

interface Credentials {
  username: string;
  password: string;
}

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
export function findUserByName(store: Store, name: string): User | undefined {
  const wanted = name.trim().toLowerCase();
  for (const user of store.all<User>('users')) if (user.username.toLowerCase() === wanted) return user;
  return undefined;
}

function readCredentials(req: Request): Credentials {
  const body = bodyOf(req);
  const problems: FieldProblems = {};
  for (const field of ['username', 'password'] as const) {
    const found = checkField(CREDENTIAL_RULE, body[field]);
    if (found) problems[field] = found;
  }
  if (hasProblems(problems)) throw new DomainError(400, problem('errors.signInIncomplete'), problems);
  return { username: body.username as string, password: body.password as string };
}

interface Refusal {
  typed: string;
  user: User | undefined;
  note: string;
  lockedMs: number;
}

export function loginHandler(store: Store, sessions: SessionTokens, throttle: LoginThrottle) {
  // Unknown names are checked against a throwaway hash, so they take as long as a wrong password.
  let decoyHash: string | null = null;
  const decoy = () => (decoyHash ??= hashPassword(randomBytes(16).toString('hex')));

  const refuse = (res: Response, { typed, user, note, lockedMs }: Refusal): never => {
    store.transact((tx) => {
      const entry = recordAudit(
        tx,
        { ...ctxOf(res), user: null },
        {
          action: 'login_failed',
          resource: 'users',
          recordId: user?.id ?? null,
          username: typed.slice(0, AUDITED_USERNAME_LENGTH),
          note,
        },
      );
      // Nobody is signed in, yet the entry should point at the account that was tried.
      if (user) tx.put('audit-log', { ...entry, userId: user.id });
    });
    if (lockedMs > 0) {
      res.setHeader('Retry-After', String(Math.ceil(lockedMs / 1000)));
      throw new DomainError(429, problem('errors.accountLocked', { minutes: Math.ceil(lockedMs / 60_000) }));
    }
    throw new DomainError(401, problem('errors.wrongCredentials'));
  };

  return route((req, res) => {
    const { username, password } = readCredentials(req);
    const name = username.trim().toLowerCase();
    const user = findUserByName(store, name);
    const lockedMs = throttle.lockedFor(name);
    if (lockedMs > 0) refuse(res, { typed: username, user, note: 'locked', lockedMs });

    const credential = user ? store.get<Credential>('credentials', user.id) : undefined;
    const passwordMatches =
      verifyPassword(password, credential?.passwordHash ?? decoy()) && credential !== undefined;
    if (!user || !passwordMatches || !user.active) {
      const note = !user ? 'unknown username' : !passwordMatches ? 'wrong password' : 'user inactive';
      refuse(res, { typed: username, user, note, lockedMs: throttle.fail(name) });
      return;
    }

    throttle.succeed(name);
    const ctx = ctxOf(res);
    const signedIn = store.transact((tx) => {
      // A sign-in is not an edit: keeping version and updatedAt means an open edit form does not go stale.
      const updated = tx.put<User>('users', { ...user, lastLoginAt: tx.at });
      recordAudit(
        tx,
        { ...ctx, user: sessionUserOf(updated) },
        { action: 'login', resource: 'users', recordId: user.id },
      );
      return updated;
    });
    res.json({ token: sessions.issue(signedIn.id), user: sessionUserOf(signedIn) });
  });
}
