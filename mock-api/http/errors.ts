/**
 * Turns every failure into the contract's JSON `{ message, errors }` in the
 * request's language. Bad input never reaches the 500 branch: body-parser
 * errors and DomainErrors are 4xx; only a bug is a 500, and then the
 * transaction it interrupted was never committed.
 */
import type { Request, Response, NextFunction } from 'express';
import { DomainError, type FieldProblems, type Problem } from '../../src/domain/errors';
import { formatMessage, pickLocale, type Locale } from '../../src/domain/messages';

export interface ErrorBody {
  message: string;
  errors?: Record<string, string>;
}

export function renderProblem(locale: Locale, p: Problem): string {
  return formatMessage(locale, p.key, p.params);
}

export function errorBody(locale: Locale, p: Problem, fields: FieldProblems = {}): ErrorBody {
  const body: ErrorBody = { message: renderProblem(locale, p) };
  const entries = Object.entries(fields);
  if (entries.length > 0)
    body.errors = Object.fromEntries(entries.map(([f, fp]) => [f, renderProblem(locale, fp)]));
  return body;
}

interface BodyParserError extends Error {
  type?: string;
  status?: number;
}

export function errorHandler(error: unknown, req: Request, res: Response, _next: NextFunction): void {
  const locale = (res.locals.ctx?.locale as Locale | undefined) ?? pickLocale(req.headers['accept-language']);
  if (error instanceof DomainError) {
    res.status(error.status).json(errorBody(locale, error.problem, error.fields));
    return;
  }
  const parserError = error as BodyParserError;
  if (parserError?.type === 'entity.parse.failed') {
    res.status(400).json(errorBody(locale, { key: 'errors.malformedJson' }));
    return;
  }
  if (parserError?.type === 'entity.too.large') {
    res.status(413).json(errorBody(locale, { key: 'errors.payloadTooLarge' }));
    return;
  }
  if (parserError?.status && parserError.status >= 400 && parserError.status < 500) {
    res.status(parserError.status).json(
      errorBody(locale, {
        key: 'errors.malformedQuery',
        params: { param: 'request', detail: parserError.message },
      }),
    );
    return;
  }
  console.error(`[api] ${req.method} ${req.originalUrl} failed:`, error);
  res.status(500).json(errorBody(locale, { key: 'errors.internal' }));
}

/** Wraps a synchronous or async handler so thrown DomainErrors reach the error handler. */
export function route(
  handler: (req: Request, res: Response) => unknown,
): (req: Request, res: Response, next: NextFunction) => void {
  return (req, res, next) => {
    try {
      const result = handler(req, res);
      if (result instanceof Promise) result.catch(next);
    } catch (error) {
      next(error);
    }
  };
}
