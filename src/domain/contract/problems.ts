/**
 * Turns a schema's issues into the contract's field problems (message key plus
 * parameters), so the API and the console's forms word every refusal the same
 * way in English and German. A field's path is dotted: `items.2.quantity`.
 */
import * as z from 'zod';
import { problem, type FieldProblems, type Problem } from '../errors';

type Issue = z.core.$ZodIssue;

const OWN_KEY = /^errors\./;

function bound(value: unknown): number {
  return typeof value === 'bigint' ? Number(value) : Number(value);
}

function typeProblem(issue: Extract<Issue, { code: 'invalid_type' }>): Problem {
  switch (issue.expected) {
    case 'string':
      return problem('errors.notAString');
    case 'int':
      return problem('errors.integer');
    case 'number':
      return problem('errors.notANumber');
    case 'boolean':
      return problem('errors.notABoolean');
    case 'array':
      return problem('errors.notAList');
    case 'object':
    case 'record':
      return problem('errors.notAnObject');
    default:
      return problem('errors.invalidValue');
  }
}

function sizeProblem(issue: Extract<Issue, { code: 'too_big' | 'too_small' }>): Problem {
  const limit = bound(issue.code === 'too_big' ? issue.maximum : issue.minimum);
  const big = issue.code === 'too_big';
  switch (issue.origin) {
    case 'string':
      if (big) return problem('errors.tooLong', { max: limit });
      return limit <= 1 ? problem('errors.required') : problem('errors.tooShort', { min: limit });
    case 'array':
    case 'set':
      if (big) return problem('errors.tooManyItems', { max: limit });
      return limit <= 1 ? problem('errors.noLines') : problem('errors.tooFewItems', { min: limit });
    case 'object':
      return problem('errors.tooManyKeys', { max: limit });
    default:
      if (big) return problem('errors.max', { max: limit });
      if (limit === 0) return problem('errors.nonNegative');
      if (limit === 1) return problem('errors.positive');
      return problem('errors.min', { min: limit });
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    if (!Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * What a check's own message may name: its bound (`%{max}`), and the line a
 * problem in a list is on (`%{line}`, counted from 1), as a scanner's user reads it.
 */
function ownParams(issue: Issue): Record<string, number> | undefined {
  const params: Record<string, number> = {};
  const index = [...issue.path].reverse().find((key): key is number => typeof key === 'number');
  if (index !== undefined) params.line = index + 1;
  if (issue.code === 'too_big') params.max = bound(issue.maximum);
  if (issue.code === 'too_small') params.min = bound(issue.minimum);
  return Object.keys(params).length > 0 ? params : undefined;
}

/** A check's own message: a key, optionally with fixed parameters (`errors.codeCount?max=10000`). */
function ownProblem(issue: Issue): Problem {
  const [key, query] = issue.message.split('?') as [string, string | undefined];
  const fixed = Object.fromEntries(new URLSearchParams(query ?? '')) as Record<string, string>;
  const custom =
    issue.code === 'custom' ? (issue.params as Record<string, string | number> | undefined) : undefined;
  const params = { ...ownParams(issue), ...custom, ...fixed };
  return problem(key, Object.keys(params).length > 0 ? params : undefined);
}

/** The problem one issue stands for; `input` is the whole value that was validated. */
export function problemOf(issue: Issue, input: unknown): Problem {
  const value = valueAt(input, issue.path);
  const missing =
    issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union';
  if (missing && value === undefined) return problem('errors.required');
  if (missing && value === null) return problem('errors.notNull');
  if (OWN_KEY.test(issue.message)) return ownProblem(issue);
  switch (issue.code) {
    case 'invalid_type':
      return typeProblem(issue);
    case 'too_big':
    case 'too_small':
      return sizeProblem(issue);
    case 'invalid_value':
      return issue.values.length === 1
        ? problem('errors.mustBe', { value: String(issue.values[0]) })
        : problem('errors.notOneOf', { allowed: issue.values.map(String).join(', ') });
    case 'invalid_format':
      return issue.format === 'datetime' || issue.format === 'date'
        ? problem('errors.notADate')
        : problem('errors.invalidFormat');
    case 'not_multiple_of':
      return problem('errors.integer');
    case 'invalid_union': {
      const first = issue.errors[0]?.[0];
      return first ? problemOf(first, valueAt(input, issue.path)) : problem('errors.invalidValue');
    }
    case 'invalid_key':
    case 'invalid_element':
      return problem('errors.invalidValue');
    default:
      return OWN_KEY.test(issue.message) ? problem(issue.message) : problem('errors.invalidValue');
  }
}

export function fieldName(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/**
 * Field problems keyed by whatever a client sent, `toString` and `constructor`
 * included: without a prototype, no key finds an inherited member.
 */
export function noProblems(): FieldProblems {
  return Object.create(null) as FieldProblems;
}

/** One problem per field (the first issue wins); unknown keys are named one by one. */
export function problemsOf(error: z.ZodError, input: unknown): FieldProblems {
  const problems = noProblems();
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const name = fieldName([...issue.path, key]);
        problems[name] ??= problem('errors.unknownField');
      }
      continue;
    }
    const name = fieldName(issue.path);
    const found = problemOf(issue, input);
    const earlier = problems[name];
    // Several bounds broken at once (1e308 is above every maximum): name the tightest.
    if (
      earlier?.key === 'errors.max' &&
      found.key === 'errors.max' &&
      Number(found.params?.max) < Number(earlier.params?.max)
    ) {
      problems[name] = found;
    }
    problems[name] ??= found;
  }
  return problems;
}

/** Problems of `input` against `schema`; an empty object when it is valid. */
export function schemaProblems(schema: z.ZodType, input: unknown): FieldProblems {
  const result = schema.safeParse(input);
  return result.success ? noProblems() : problemsOf(result.error, input);
}

/**
 * Problems with the values of `input`, ignoring fields the schema does not
 * know: the API refuses unknown fields at its door, while a form's values may
 * carry fields it only displays.
 */
export function valueProblems(schema: z.ZodType, input: unknown): FieldProblems {
  return schemaProblems(schema instanceof z.ZodObject ? schema.strip() : schema, input);
}

/** Database lookups a validator may ask for; the console's forms have none. */
export interface Lookup {
  exists(collection: string, id: number): boolean;
}

/**
 * Adds "no such record" problems for fields that hold ids (one id or a list)
 * when their value is otherwise valid. Without a lookup, nothing is checked.
 */
export function referenceProblems(
  input: Record<string, unknown>,
  references: Record<string, string>,
  problems: FieldProblems,
  lookup?: Lookup,
): FieldProblems {
  if (!lookup) return problems;
  for (const [field, collection] of Object.entries(references)) {
    if (problems[field] || !Object.prototype.hasOwnProperty.call(input, field)) continue;
    const value = input[field];
    const ids = Array.isArray(value) ? value : [value];
    const missing = ids.find((id) => typeof id === 'number' && !lookup.exists(collection, id));
    if (missing !== undefined)
      problems[field] = problem('errors.unknownReference', { resource: collection, id: missing as number });
  }
  return problems;
}
