/** What every handler knows about the request: who asks, and in which language to answer. */
import type { Request, Response, NextFunction } from 'express';
import type { SessionUser } from '../../src/domain/types';
import { pickLocale, type Locale } from '../../src/domain/messages';

export interface RequestContext {
  user: SessionUser | null;
  locale: Locale;
  /** The bearer token, so logout can revoke it. */
  token: string | null;
  ip: string;
}

export function contextMiddleware(req: Request, res: Response, next: NextFunction): void {
  const ctx: RequestContext = {
    user: null,
    locale: pickLocale(req.headers['accept-language']),
    token: null,
    ip: req.ip ?? '',
  };
  res.locals.ctx = ctx;
  next();
}

export function ctxOf(res: Response): RequestContext {
  return res.locals.ctx as RequestContext;
}

/** The signed-in user; routes behind authentication may rely on it. */
export function userOf(res: Response): SessionUser {
  const user = ctxOf(res).user;
  if (!user) throw new Error('route reached without authentication');
  return user;
}
