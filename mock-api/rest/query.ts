/**
 * Translates ra-data-simple-rest's list parameters (`sort`, `range`, `filter`,
 * each a JSON string) into a validated ListQuery. Unlike json-server's own
 * router, nothing unknown is silently dropped: an unknown parameter, filter
 * field, operator or sort field is a 400 naming it.
 */
import { DomainError, problem } from '../../src/domain/errors';
import type { MessageParams } from '../../src/domain/messages';
import type { FieldType, ResourceSchema } from '../../src/domain/resources';

export type Operator = 'eq' | 'in' | 'gte' | 'lte' | 'gt' | 'lt' | 'ne';
export type Scalar = string | number | boolean | null;

export interface Condition {
  field: string;
  type: FieldType;
  op: Operator;
  value: Scalar | Scalar[];
}

export interface ListQuery {
  sort: { field: string; order: 'ASC' | 'DESC' };
  start: number;
  end: number | null;
  q: string | null;
  conditions: Condition[];
  /** Resource-specific filters (e.g. orders' `late`), resolved by the route that registered them. */
  virtual: Record<string, unknown>;
}

const SUFFIXES: Array<[string, Operator]> = [
  ['_gte', 'gte'],
  ['_lte', 'lte'],
  ['_gt', 'gt'],
  ['_lt', 'lt'],
  ['_neq', 'ne'],
];

export const MAX_PAGE_SIZE = 5000;
const ALLOWED_PARAMS = new Set(['sort', 'range', 'filter']);

export interface QueryOptions {
  resource: string;
  schema: ResourceSchema;
  virtualFilters?: readonly string[];
}

export function parseListQuery(params: Record<string, unknown>, options: QueryOptions): ListQuery {
  for (const name of Object.keys(params)) {
    if (!ALLOWED_PARAMS.has(name)) {
      throw badQuery(name, 'query.unknownParameter');
    }
  }
  const filter = parseJsonParam(params, 'filter', {}) as unknown;
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) {
    throw badQuery('filter', 'query.notAnObject');
  }
  const query: ListQuery = {
    sort: parseSort(params, options),
    ...parseRange(params),
    q: null,
    conditions: [],
    virtual: {},
  };
  for (const [key, value] of Object.entries(filter as Record<string, unknown>)) {
    addFilter(query, key, value, options);
  }
  return query;
}

function parseJsonParam(params: Record<string, unknown>, name: string, fallback: unknown): unknown {
  const raw = params[name];
  if (raw === undefined) return fallback;
  if (typeof raw !== 'string') throw badQuery(name, 'query.once');
  try {
    return JSON.parse(raw);
  } catch {
    throw badQuery(name, 'query.notJson');
  }
}

function parseSort(params: Record<string, unknown>, { resource, schema }: QueryOptions): ListQuery['sort'] {
  const sort = parseJsonParam(params, 'sort', schema.defaultSort);
  if (!Array.isArray(sort) || sort.length !== 2 || typeof sort[0] !== 'string') {
    throw badQuery('sort', 'query.sortShape');
  }
  const [field, rawOrder] = sort as [string, unknown];
  const order = String(rawOrder).toUpperCase();
  if (order !== 'ASC' && order !== 'DESC') throw badQuery('sort', 'query.sortOrder');
  if (!(field in schema.fields) || schema.fields[field] === 'idList') {
    throw new DomainError(400, problem('errors.unknownSort', { resource, field }));
  }
  return { field, order };
}

function parseRange(params: Record<string, unknown>): Pick<ListQuery, 'start' | 'end'> {
  const range = parseJsonParam(params, 'range', null);
  if (range === null) return { start: 0, end: null };
  if (!Array.isArray(range) || range.length !== 2 || !range.every((n) => Number.isInteger(n) && n >= 0)) {
    throw badQuery('range', 'query.rangeShape');
  }
  const [start, end] = range as [number, number];
  if (end < start) throw badQuery('range', 'query.rangeOrder');
  if (end - start + 1 > MAX_PAGE_SIZE) throw badQuery('range', 'query.pageSize', { max: MAX_PAGE_SIZE });
  return { start, end };
}

function addFilter(query: ListQuery, key: string, value: unknown, options: QueryOptions): void {
  // A resource may give `q` its own meaning (orders also match the customer's name).
  if (options.virtualFilters?.includes(key)) {
    if (value !== undefined && value !== null && value !== '') query.virtual[key] = value;
    return;
  }
  if (key === 'q') {
    if (value === undefined || value === null || value === '') return;
    if (typeof value !== 'string' && typeof value !== 'number')
      throw badQuery('filter', 'query.text', { key: 'q' });
    query.q = String(value).trim().toLowerCase() || null;
    return;
  }
  const { field, op } = splitOperator(key, options.schema);
  const type = options.schema.fields[field];
  if (!type) {
    const allowed = [
      ...new Set([...Object.keys(options.schema.fields), ...(options.virtualFilters ?? []), 'q']),
    ].join(', ');
    throw new DomainError(
      400,
      problem('errors.unknownFilter', { resource: options.resource, field: key, allowed }),
    );
  }
  if (Array.isArray(value)) {
    if (op !== 'eq') throw badQuery('filter', 'query.oneValue', { key });
    query.conditions.push({ field, type, op: 'in', value: value.map((v) => coerce(v, type, key)) });
    return;
  }
  query.conditions.push({ field, type, op, value: coerce(value, type, key) });
}

function splitOperator(key: string, schema: ResourceSchema): { field: string; op: Operator } {
  if (key in schema.fields) return { field: key, op: 'eq' };
  for (const [suffix, op] of SUFFIXES) {
    if (key.endsWith(suffix)) return { field: key.slice(0, -suffix.length), op };
  }
  return { field: key, op: 'eq' };
}

function coerce(value: unknown, type: FieldType, key: string): Scalar {
  if (value === null) return null;
  switch (type) {
    case 'id':
    case 'idList':
    case 'number': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isFinite(n)) throw badQuery('filter', 'query.number', { key });
      return n;
    }
    case 'boolean':
      if (value === true || value === 'true') return true;
      if (value === false || value === 'false') return false;
      throw badQuery('filter', 'query.boolean', { key });
    case 'date':
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
        throw badQuery('filter', 'query.date', { key });
      }
      return new Date(value).toISOString();
    case 'string':
      if (typeof value !== 'string' && typeof value !== 'number')
        throw badQuery('filter', 'query.text', { key });
      return String(value);
  }
}

/** A 400 naming the parameter, with the reason in the reader's language (`errors.query.*`). */
export function badQuery(param: string, reason: string, params: MessageParams = {}): DomainError {
  return new DomainError(
    400,
    problem('errors.malformedQuery', { param, detail: { t: `errors.${reason}`, params } }),
  );
}
