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
import type { Store } from '../store/store';
import { SignInGate } from './flood';
import { LoginThrottle } from './lockout';
import { loginHandler, sessionUserOf } from './login';
import { SessionTokens } from './sessions';

export interface Auth {
  handlers: { login: Handler; logout: Handler; me: Handler };
  authenticate: RequestHandler;
  /** Ends every session of a user (password reset, deactivation, role change). */
  revokeUser(userId: number): void;
}

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

export function createAuth(store: Store, config: ServerConfig): Auth {
  const sessions = new SessionTokens(store, config.sessionTtlMs);
  const throttle = new LoginThrottle(store, config);
  const gate = new SignInGate(config);

  const authenticate: RequestHandler = (req, res, next) => {
    try {
      const token = BEARER.exec(req.headers.authorization ?? '')?.[1];
      if (!token) throw new DomainError(401, problem('errors.unauthenticated'));
      const session = sessions.lookup(token);
      if (session.status === 'expired') throw new DomainError(401, problem('errors.sessionExpired'));
      if (session.status === 'unknown') throw new DomainError(401, problem('errors.sessionEnded'));
      const user = store.get<User>('users', session.userId);
      if (!user?.active) {
        sessions.revokeUser(session.userId);
        throw new DomainError(401, problem('errors.sessionEnded'));
      }
      const ctx = ctxOf(res);
      ctx.user = sessionUserOf(user);
      ctx.token = token;
      next();
    } catch (error) {
      next(error);
    }
  };

  const handlers = {
    login: loginHandler(store, sessions, throttle, gate),
    logout: ({ ctx, res }) => {
      const user = userOf(res);
      store.transact((tx) =>
        recordAudit(tx, ctx, { action: 'logout', resource: 'users', recordId: user.id }),
      );
      if (ctx.token) sessions.revoke(ctx.token);
    },
    me: ({ res }) => userOf(res),
  } satisfies Auth['handlers'];

  return { handlers, authenticate, revokeUser: (userId) => sessions.revokeUser(userId) };
}
