/**
 * Sign-in, sign-out and the bearer-token check every other /api route sits
 * behind. The signed-in user is rebuilt from the current user record on every
 * request, so a role change or deactivation takes effect at once.
 */
import { Router, type RequestHandler } from 'express';
import { DomainError, problem } from '../../src/domain/errors';
import type { User } from '../../src/domain/types';
import { recordAudit } from '../audit';
import type { ServerConfig } from '../config';
import { ctxOf, userOf } from '../http/context';
import { route } from '../http/errors';
import type { Store } from '../store/store';
import { LoginThrottle } from './lockout';
import { loginHandler, sessionUserOf } from './login';
import { SessionTokens } from './sessions';

export interface Auth {
  routes: Router;
  authenticate: RequestHandler;
  /** Ends every session of a user (password reset, deactivation, role change). */
  revokeUser(userId: number): void;
}

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

export function createAuth(store: Store, config: ServerConfig): Auth {
  const sessions = new SessionTokens(config.sessionTtlMs, store.now);
  const throttle = new LoginThrottle(config, store.now);

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

  const routes = Router();
  routes.post('/auth/login', loginHandler(store, sessions, throttle));
  routes.post(
    '/auth/logout',
    authenticate,
    route((_req, res) => {
      const ctx = ctxOf(res);
      const user = userOf(res);
      store.transact((tx) =>
        recordAudit(tx, ctx, { action: 'logout', resource: 'users', recordId: user.id }),
      );
      if (ctx.token) sessions.revoke(ctx.token);
      res.status(204).end();
    }),
  );
  routes.get(
    '/auth/me',
    authenticate,
    route((_req, res) => {
      res.json(userOf(res));
    }),
  );

  return { routes, authenticate, revokeUser: (userId) => sessions.revokeUser(userId) };
}
