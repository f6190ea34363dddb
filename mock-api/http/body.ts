/**
 * Reads a request's JSON body within the endpoint's limits: at most so many
 * bytes (413), valid JSON (400), no `__proto__` or `constructor.prototype`
 * keys (400, parsed with secure-json-parse, fastify's guard against prototype
 * poisoning), and no deeper nesting or more values than any request needs
 * (400). An empty body reads as `{}`, so actions that take nothing may be
 * sent without one.
 */
import type { Request } from 'express';
import getRawBody from 'raw-body';
import secureJson from 'secure-json-parse';
import { MAX_JSON_DEPTH, MAX_JSON_VALUES } from '../../src/domain/contract/limits';
import { DomainError, problem } from '../../src/domain/errors';

/** Depth and size of a parsed JSON value, walked without recursion so no input can exhaust the stack. */
export function jsonShapeProblem(
  value: unknown,
  maxDepth = MAX_JSON_DEPTH,
  maxValues = MAX_JSON_VALUES,
): string | null {
  const stack: Array<[unknown, number]> = [[value, 0]];
  let seen = 0;
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    seen += 1;
    if (seen > maxValues) return 'tooManyValues';
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= maxDepth) return 'tooDeep';
    for (const child of Array.isArray(current) ? current : Object.values(current))
      stack.push([child, depth + 1]);
  }
  return null;
}

function refuseShape(reason: string | null): void {
  if (reason === 'tooDeep')
    throw new DomainError(400, problem('errors.jsonTooDeep', { max: MAX_JSON_DEPTH }));
  if (reason === 'tooManyValues')
    throw new DomainError(413, problem('errors.jsonTooManyValues', { max: MAX_JSON_VALUES }));
}

/** Parses JSON text sent by a client (a body or a JSON query parameter) with the same guards. */
export function parseClientJson(text: string): unknown {
  let value: unknown;
  try {
    value = secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' });
  } catch (error) {
    const poisoned = error instanceof SyntaxError && /prototype/i.test(error.message);
    throw new DomainError(400, problem(poisoned ? 'errors.forbiddenKey' : 'errors.malformedJson'));
  }
  refuseShape(jsonShapeProblem(value));
  return value;
}

export async function readJsonBody(req: Request, limit: number): Promise<unknown> {
  let text: string;
  try {
    text = await getRawBody(req, { limit, encoding: 'utf8', length: req.headers['content-length'] });
  } catch (error) {
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large')
      throw new DomainError(413, problem('errors.payloadTooLarge', { max: Math.round(limit / 1024) }));
    throw new DomainError(400, problem('errors.malformedJson'));
  }
  if (text.trim() === '') return {};
  return parseClientJson(text);
}
