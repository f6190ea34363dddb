/** Runs a ListQuery over a collection: filter, search, sort, page, all on the server. */
import type { ListQuery, Condition, Scalar } from './query';

export type Row = Record<string, unknown> & { id: number };
export type RowPredicate = (row: Row) => boolean;
/** Reads a field of a row; lists with computed fields pass one that also answers those. */
export type ValueOf = (row: Row, field: string) => unknown;
const storedValue: ValueOf = (row, field) => row[field];

export interface ListResult<T> {
  rows: T[];
  total: number;
  start: number;
  end: number;
}

const DEFAULT_PAGE = 1000;

export function runList<T extends Row>(
  source: Iterable<T>,
  query: ListQuery,
  searchFields: readonly string[],
  extra: RowPredicate[] = [],
  valueOf: ValueOf = storedValue,
): ListResult<T> {
  const predicates = [...query.conditions.map((c) => compileCondition(c, valueOf)), ...extra];
  if (query.q) predicates.push(searchPredicate(query.q, searchFields));
  const matches: T[] = [];
  outer: for (const row of source) {
    for (const test of predicates) if (!test(row)) continue outer;
    matches.push(row);
  }
  const sorted = sortRows(matches, query.sort.field, query.sort.order, valueOf);
  const end = query.end ?? (hasIdFilter(query) ? sorted.length - 1 : query.start + DEFAULT_PAGE - 1);
  return { rows: sorted.slice(query.start, end + 1), total: sorted.length, start: query.start, end };
}

function hasIdFilter(query: ListQuery): boolean {
  return query.conditions.some((c) => c.field === 'id');
}

function compileCondition(condition: Condition, valueOf: ValueOf): RowPredicate {
  const { field, op, type } = condition;
  const get = (row: Row) => valueOf(row, field);
  if (type === 'idList') {
    const wanted = new Set(
      (Array.isArray(condition.value) ? condition.value : [condition.value]) as Scalar[],
    );
    return (row) => {
      const list = get(row);
      return Array.isArray(list) && list.some((v) => wanted.has(v as Scalar));
    };
  }
  if (op === 'in') {
    const wanted = new Set(condition.value as Scalar[]);
    return (row) => wanted.has(normalise(get(row)));
  }
  const value = condition.value as Scalar;
  switch (op) {
    case 'eq':
      return (row) => normalise(get(row)) === value;
    case 'ne':
      return (row) => normalise(get(row)) !== value;
    case 'gte':
      return (row) => compare(get(row), value) >= 0;
    case 'lte':
      return (row) => compare(get(row), value) <= 0;
    case 'gt':
      return (row) => compare(get(row), value) > 0;
    case 'lt':
      return (row) => compare(get(row), value) < 0;
  }
}

function normalise(value: unknown): Scalar {
  return value === undefined ? null : (value as Scalar);
}

/** Nulls compare as NaN, so a range never matches a missing value. */
function compare(a: unknown, b: Scalar): number {
  if (a === null || a === undefined || b === null) return Number.NaN;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const left = String(a);
  const right = String(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

function searchPredicate(q: string, fields: readonly string[]): RowPredicate {
  return (row) =>
    fields.some((field) => {
      const value = row[field];
      return value !== null && value !== undefined && String(value).toLowerCase().includes(q);
    });
}

/** Sorts on precomputed keys (case-insensitive text, nulls last) with id as the tie-breaker. */
export function sortRows<T extends Row>(
  rows: T[],
  field: string,
  order: 'ASC' | 'DESC',
  valueOf: ValueOf = storedValue,
): T[] {
  const direction = order === 'ASC' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, key: sortKey(valueOf(row, field)) }));
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) {
      if (a.key === b.key) return a.row.id - b.row.id;
      return a.key === null ? 1 : -1;
    }
    if (a.key < b.key) return -direction;
    if (a.key > b.key) return direction;
    return (a.row.id - b.row.id) * direction;
  });
  return keyed.map((k) => k.row);
}

function sortKey(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return String(value).toLowerCase();
}
