/**
 * Sign-in, sign-out and the bearer-token check every other /api route sits
 * behind. The signed-in user is rebuilt from the current user record on every
 * request, so a role change or deactivation takes effect at once.
 */
import type { RequestHandler } from 'express';
import { DomainError, problem } from '../../src/domain/errors';
import type { User } from '../../src/domain/types';
import { recordAudit } from '../audit';
import type { ServerConfig } from '../config';
import { ctxOf, userOf } from '../http/context';
import type { Handler } from '../http/mount';
import type { Database } from '../store/database';
import { SignInGate } from './flood';
import { LoginThrottle } from './lockout';
import { loginHandler, sessionUserOf } from './login';
import { endSessionsOf, SessionTokens } from './sessions';

export interface Auth {
  handlers: { login: Handler; logout: Handler; me: Handler };
  authenticate: RequestHandler;
}

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

export function createAuth(db: Database, config: ServerConfig): Auth {
  const sessions = new SessionTokens(db, config.sessionTtlMs);
  const throttle = new LoginThrottle(db, config);
  const gate = new SignInGate(config);

  const authenticate: RequestHandler = (req, res, next) => {
    const run = async () => {
      const token = BEARER.exec(req.headers.authorization ?? '')?.[1];
      if (!token) throw new DomainError(401, problem('errors.unauthenticated'));
      const session = await sessions.lookup(token);
      if (session.status === 'expired') throw new DomainError(401, problem('errors.sessionExpired'));
      if (session.status === 'unknown') throw new DomainError(401, problem('errors.sessionEnded'));
      const user = await db.get<User>('users', session.userId);
      if (!user?.active) {
        const userId = session.userId;
        await db.transact((tx) => endSessionsOf(tx, userId));
        throw new DomainError(401, problem('errors.sessionEnded'));
      }
      const ctx = ctxOf(res);
      ctx.user = sessionUserOf(user);
      ctx.token = token;
    };
    run().then(() => next(), next);
  };

  const handlers = {
    login: loginHandler(db, sessions, throttle, gate),
    logout: async ({ ctx, res }) => {
      const user = userOf(res);
      const token = ctx.token;
      await db.transact(async (tx) => {
        await recordAudit(tx, ctx, { action: 'logout', resource: 'users', recordId: user.id });
        if (token) await sessions.revoke(tx, token);
      });
    },
    me: ({ res }) => userOf(res),
  } satisfies Auth['handlers'];

  return { handlers, authenticate };
}
