/**
 * Declarative field rules, checked the same way by the API (authoritative)
 * and by the console's forms (early feedback). Checks that need the database
 * (uniqueness, references) get it through a `Lookup`, which the console omits.
 */
import { problem, type FieldProblems, type Problem } from '../errors';

export type FieldRule =
  | { kind: 'text'; required?: boolean; max?: number; pattern?: RegExp; patternKey?: string }
  | { kind: 'integer'; required?: boolean; min?: number; max?: number; nullable?: boolean }
  | { kind: 'enum'; values: readonly string[]; required?: boolean }
  | { kind: 'boolean'; required?: boolean }
  | { kind: 'date'; required?: boolean; nullable?: boolean }
  | { kind: 'ref'; collection: string; required?: boolean; nullable?: boolean }
  | { kind: 'refList'; collection: string }
  | { kind: 'json' };

export type FieldSpec = Record<string, FieldRule>;

export interface Lookup {
  exists(collection: string, id: number): boolean;
}

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** Checks one value against its rule; `undefined` means "not sent" and is checked only for required fields. */
export function checkField(rule: FieldRule, value: unknown, lookup?: Lookup): Problem | null {
  if (rule.kind === 'json') return null;
  if (isBlank(value)) {
    if ('required' in rule && rule.required) return problem('errors.required');
    if (value === undefined || value === null || rule.kind === 'text') return null;
  }
  switch (rule.kind) {
    case 'text':
      if (typeof value !== 'string') return problem('errors.notAString');
      if (rule.max !== undefined && value.length > rule.max)
        return problem('errors.tooLong', { max: rule.max });
      if (rule.pattern && !rule.pattern.test(value)) return problem(rule.patternKey ?? 'errors.invalid');
      return null;
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) return problem('errors.integer');
      if (rule.min !== undefined && value < rule.min) {
        return problem(
          rule.min === 0 ? 'errors.nonNegative' : rule.min === 1 ? 'errors.positive' : 'errors.min',
          {
            min: rule.min,
          },
        );
      }
      if (rule.max !== undefined && value > rule.max) return problem('errors.max', { max: rule.max });
      return null;
    case 'enum':
      return typeof value === 'string' && rule.values.includes(value)
        ? null
        : problem('errors.notOneOf', { allowed: rule.values.join(', ') });
    case 'boolean':
      return typeof value === 'boolean' ? null : problem('errors.notABoolean');
    case 'date':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value))
        ? null
        : problem('errors.notADate');
    case 'ref':
      if (typeof value !== 'number' || !Number.isInteger(value)) return problem('errors.integer');
      if (lookup && !lookup.exists(rule.collection, value)) {
        return problem('errors.unknownReference', { resource: rule.collection, id: value });
      }
      return null;
    case 'refList':
      if (!Array.isArray(value) || !value.every((v) => Number.isInteger(v)))
        return problem('errors.integerList');
      if (lookup) {
        const missing = (value as number[]).find((id) => !lookup.exists(rule.collection, id));
        if (missing !== undefined)
          return problem('errors.unknownReference', { resource: rule.collection, id: missing });
      }
      return null;
  }
}

/**
 * Checks the fields present in `input` (all required ones when creating).
 * Fields that the spec does not list are reported as read-only.
 */
export function checkFields(
  spec: FieldSpec,
  input: Record<string, unknown>,
  options: { creating: boolean; lookup?: Lookup; ignore?: readonly string[] },
): FieldProblems {
  const problems: FieldProblems = {};
  for (const [field, rule] of Object.entries(spec)) {
    if (!options.creating && !(field in input)) continue;
    const found = checkField(rule, input[field], options.lookup);
    if (found) problems[field] = found;
  }
  for (const field of Object.keys(input)) {
    if (!(field in spec) && !options.ignore?.includes(field))
      problems[field] = problem('errors.readOnlyField');
  }
  return problems;
}

/** Trims text fields so stored values are canonical ("  Berlin " and "Berlin" are one city). */
export function normaliseInput(spec: FieldSpec, input: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(input)) {
    out[field] = spec[field]?.kind === 'text' && typeof value === 'string' ? value.trim() : value;
  }
  return out;
}
