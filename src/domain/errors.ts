/**
 * A problem is a message key plus its parameters, so the same rule can be
 * reported in either language by the API and by the console.
 */
import type { MessageParams } from './messages';

export interface Problem {
  key: string;
  params?: MessageParams;
}

/** Per-field problems; an empty object means valid. */
export type FieldProblems = Record<string, Problem>;

export function problem(key: string, params?: MessageParams): Problem {
  return params ? { key, params } : { key };
}

export function hasProblems(problems: FieldProblems): boolean {
  return Object.keys(problems).length > 0;
}

/**
 * Thrown by domain code when a request must be refused. `status` follows the
 * REST contract: 400 malformed, 401/403 access, 404 missing, 409 conflict,
 * 422 a rule the values break.
 */
export class DomainError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 405 | 409 | 413 | 422 | 423 | 429,
    readonly problem: Problem,
    readonly fields: FieldProblems = {},
  ) {
    super(problem.key);
    this.name = 'DomainError';
  }
}
