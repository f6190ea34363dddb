/**
 * A list request (filter, `q`, sort, page) as one SQL query, so PostgreSQL
 * reads a page, not the whole table. It answers exactly what runList
 * (../rest/list.ts) answers over every record: the same strict equality, the
 * same "a missing value never falls in a range", nulls last with ascending
 * ids among them, case-insensitive text order, id as the tie-breaker. Fields
 * lifted into columns (migrations/) are read from the column, so their indexes
 * serve filters and sorts. What it cannot say in SQL (a boolean range) it
 * declines, and the caller runs the query over every record instead.
 */
import type { Condition, ListQuery, Scalar } from '../rest/query';

export interface ListSql {
  where: string;
  orderBy: string;
  params: unknown[];
  limit: number | null;
  offset: number;
}

const DEFAULT_PAGE = 1000;
const FIELD = /^[A-Za-z][A-Za-z0-9]*$/;
const snakeCase = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** A trigram-indexed expression holding `fields` (see SEARCH_INDEXES in ./tables.ts). */
export interface SearchIndex {
  fields: readonly string[];
  expression: string;
}

const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/** Builds the query, or returns null when some part of it has no faithful SQL form. */
export function listSql(
  query: ListQuery,
  searchFields: readonly string[],
  lifted: ReadonlySet<string>,
  searchIndex?: SearchIndex,
): ListSql | null {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const json = (field: string) => `coalesce(doc -> '${field}', 'null'::jsonb)`;
  const clauses: string[] = [];

  for (const condition of query.conditions) {
    if (!FIELD.test(condition.field)) return null;
    const clause = conditionSql(condition, json(condition.field), lifted, param);
    if (clause === null) return null;
    clauses.push(clause);
  }
  if (query.q) {
    if (!searchFields.every((field) => FIELD.test(field))) return null;
    const q = param(query.q);
    const any = searchFields.map((field) => `strpos(lower(doc ->> '${field}'), ${q}) > 0`);
    clauses.push(any.length > 0 ? `(${any.join(' OR ')})` : 'false');
    if (searchIndex && searchFields.every((field) => searchIndex.fields.includes(field)))
      clauses.push(`${searchIndex.expression} LIKE ${param(`%${likeEscaped(query.q)}%`)}`);
  }

  const { field, order } = query.sort;
  if (!FIELD.test(field)) return null;
  const direction = order === 'ASC' ? 'ASC' : 'DESC';
  const column = snakeCase(field);
  // Keys as sortRows makes them: numbers as numbers, booleans as 0/1, text in lower case. A field holds
  // one type, so for its rows two of the three keys are null and the third decides.
  const value = `doc -> '${field}'`;
  const isNull = lifted.has(column) ? `(${column} IS NULL)` : `(${json(field)} = 'null'::jsonb)`;
  const keys = [
    `(CASE WHEN jsonb_typeof(${value}) = 'number' THEN (${value})::numeric END)`,
    `(CASE WHEN jsonb_typeof(${value}) = 'boolean' THEN (${value})::boolean END)`,
    // Text, and lists as String([1, 2]) writes them: "1,2".
    `(CASE jsonb_typeof(${value})
        WHEN 'string' THEN lower(${value} #>> '{}')
        WHEN 'array' THEN lower(array_to_string(ARRAY(SELECT jsonb_array_elements_text(${value})), ','))
      END) COLLATE "C"`,
  ];
  const orderBy = [
    `${isNull} ASC`,
    ...keys.map((key) => `${key} ${direction}`),
    `CASE WHEN ${isNull} THEN id END ASC`,
    `id ${direction}`,
  ].join(', ');

  const hasIdFilter = query.conditions.some((c) => c.field === 'id');
  const end = query.end ?? (hasIdFilter ? null : query.start + DEFAULT_PAGE - 1);
  return {
    where: clauses.length > 0 ? clauses.join(' AND ') : 'true',
    orderBy,
    params,
    limit: end === null ? null : end - query.start + 1,
    offset: query.start,
  };
}

/**
 * Records matching any of `groups` (each group's conditions all hold), as a
 * WHERE clause; null when a condition has no faithful SQL form.
 */
export function anyOfSql(
  groups: readonly (readonly Condition[])[],
  lifted: ReadonlySet<string>,
): { where: string; params: unknown[] } | null {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const alternatives: string[] = [];
  for (const group of groups) {
    const clauses: string[] = [];
    for (const condition of group) {
      if (!FIELD.test(condition.field)) return null;
      const clause = conditionSql(
        condition,
        `coalesce(doc -> '${condition.field}', 'null'::jsonb)`,
        lifted,
        param,
      );
      if (clause === null) return null;
      clauses.push(clause);
    }
    alternatives.push(clauses.length > 0 ? `(${clauses.join(' AND ')})` : 'true');
  }
  return { where: alternatives.length > 0 ? alternatives.join(' OR ') : 'false', params };
}

function conditionSql(
  condition: Condition,
  json: string,
  lifted: ReadonlySet<string>,
  param: (value: unknown) => string,
): string | null {
  const { field, op, type } = condition;
  if (type === 'idList') {
    const wanted = (Array.isArray(condition.value) ? condition.value : [condition.value]) as Scalar[];
    // An array holding any of the values (runList: Array.isArray(list) && list.some(…)).
    return `(jsonb_typeof(doc -> '${field}') = 'array' AND doc -> '${field}' @> ANY(${param(
      wanted.map((value) => JSON.stringify([value])),
    )}::jsonb[]))`;
  }
  if (op === 'in') {
    const wanted = (condition.value as Scalar[]).map((value) => JSON.stringify(value));
    return `${json} = ANY(${param(wanted)}::jsonb[])`;
  }
  const value = condition.value as Scalar;
  if (op === 'eq' || op === 'ne') {
    // A string equal to a lifted text column can use its index; the jsonb form checks the type as === does.
    const column = snakeCase(field);
    if (op === 'eq' && typeof value === 'string' && lifted.has(column) && type !== 'number' && type !== 'id')
      return `(${column} = ${param(value)} AND jsonb_typeof(doc -> '${field}') = 'string')`;
    return `${json} ${op === 'eq' ? '=' : 'IS DISTINCT FROM'} ${param(JSON.stringify(value))}::jsonb`;
  }
  // Ranges: a missing value or null never matches; numbers compare as numbers, everything else as text.
  if (value === null || typeof value === 'boolean') return null;
  const sqlOp = { gte: '>=', lte: '<=', gt: '>', lt: '<' }[op];
  if (typeof value === 'number')
    return `(jsonb_typeof(doc -> '${field}') = 'number' AND (doc ->> '${field}')::numeric ${sqlOp} ${param(value)})`;
  const column = snakeCase(field);
  const text = lifted.has(column) ? column : `(doc ->> '${field}')`;
  return `(${text} IS NOT NULL AND ${json} <> 'null'::jsonb AND ${text} COLLATE "C" ${sqlOp} ${param(value)} COLLATE "C")`;
}
