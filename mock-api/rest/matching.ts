/**
 * Which records a list, export or status-count request matches: the query
 * parsed from its parameters, the resource's virtual filters and the caller's
 * read scope. A plain query goes to the database when it can filter itself
 * (PostgreSQL); anything that is code (a scope, a virtual filter, a computed
 * field) runs over every record with runList.
 */
import { RESOURCE_SCHEMAS } from '../../src/domain/resources';
import type { RequestContext } from '../http/context';
import type { Database, StoredRecord } from '../store/database';
import { runList, type RowPredicate, type ValueOf } from './list';
import { parseListQuery, type ListQuery } from './query';
import type { ResourceRules } from './rules';

/**
 * Reads computed fields (a product's margin) without copying records, and only
 * when the query filters or sorts on one; otherwise lists read stored fields.
 */
export async function computedValueOf(
  db: Database,
  rules: ResourceRules,
  query: ListQuery,
): Promise<ValueOf | undefined> {
  const computedFields = new Set(rules.computedFields ?? []);
  const needed =
    computedFields.has(query.sort.field) || query.conditions.some((c) => computedFields.has(c.field));
  if (!needed || !rules.computed) return undefined;
  const compute = await rules.computed(db);
  return (row, field) => (computedFields.has(field) ? compute(row as StoredRecord)[field] : row[field]);
}

/** The matching records of a list or export request, before paging is applied by the caller. */
export async function findMatching(
  db: Database,
  rules: ResourceRules,
  params: Record<string, unknown>,
  ctx: RequestContext,
  /** `ignoring`: a field whose filter is checked but not applied. */
  options: { ignoring?: string } = {},
) {
  const query = parseListQuery(params, {
    resource: rules.name,
    schema: RESOURCE_SCHEMAS[rules.name],
    virtualFilters: Object.keys(rules.virtualFilters ?? {}),
  });
  if (options.ignoring) {
    const ignored = options.ignoring;
    query.conditions = query.conditions.filter((condition) => condition.field !== ignored);
    delete query.virtual[ignored];
  }
  const extra: RowPredicate[] = [];
  for (const [name, value] of Object.entries(query.virtual))
    extra.push(await rules.virtualFilters![name]!(value, ctx, db));
  const scope = rules.readScope?.(ctx);
  if (scope) extra.push(scope);
  const search = RESOURCE_SCHEMAS[rules.name].search;
  return {
    query,
    run: async () => {
      const valueOf = await computedValueOf(db, rules, query);
      const paged =
        extra.length === 0 && !valueOf ? await db.page?.<StoredRecord>(rules.name, query, search) : undefined;
      return paged ?? runList(await db.all<StoredRecord>(rules.name), query, search, extra, valueOf);
    },
    /** Counts per stored `field` from the database itself, or undefined where the query must run in code. */
    countBy: async (field: string) =>
      extra.length === 0 && !(await computedValueOf(db, rules, query))
        ? await db.countBy?.(rules.name, query, search, field)
        : undefined,
  };
}
