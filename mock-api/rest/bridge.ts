/**
 * The generic endpoints every collection shares, in ra-data-simple-rest's
 * dialect. It closes json-server 0.17's traps: unknown filters are 400s, PUT
 * merges instead of replacing, DELETE answers with the deleted record and never
 * cascades, stale versions are 409s, and every write is validated, audited
 * and committed in one transaction. Which collections offer which writes, and
 * the shapes of their bodies, are in the contract (src/domain/contract).
 */
import type { Response } from 'express';
import {
  COLLECTION_ROUTES,
  ROUTES,
  isCollectionRoute,
  type CollectionRouteId,
} from '../../src/domain/contract/routes';
import { DomainError, hasProblems, problem } from '../../src/domain/errors';
import { term } from '../../src/domain/messages';
import { RESOURCE_SCHEMAS, type CollectionName } from '../../src/domain/resources';
import { recordAudit } from '../audit';
import { ctxOf, type RequestContext } from '../http/context';
import type { Call, ExplainInvalid, Handler } from '../http/mount';
import type { Store, StoredRecord, Transaction } from '../store/store';
import { csvOf } from './export';
import { runList, type RowPredicate, type ValueOf } from './list';
import { parseListQuery, type ListQuery } from './query';
import { rulesFor, type ResourceRules } from './rules';
import { statusCounts } from './statusCounts';

/** The rules of a collection; every collection the contract lists has some. */
export function rulesOf(collection: CollectionName): ResourceRules {
  const rules = rulesFor(collection);
  if (!rules) throw new Error(`No resource rules registered for ${collection}`);
  return rules;
}

export function parseId(raw: unknown): number | null {
  const id = Number(raw);
  return Number.isSafeInteger(id) && id > 0 && String(raw) === String(id) ? id : null;
}

export function notFound(resource: string, id: unknown): DomainError {
  return new DomainError(
    404,
    problem('errors.notFound', { resource: term(`collections.${resource}`), id: String(id) }),
  );
}

export function findOr404(store: Store, rules: ResourceRules, rawId: unknown): StoredRecord {
  const id = parseId(rawId);
  const record = id === null ? undefined : store.get<StoredRecord>(rules.name, id);
  if (!record) throw notFound(rules.name, rawId);
  return record;
}

/** Refuses with 409 when the request names a version that is no longer the record's. */
export function checkVersion(input: { version?: unknown }, existing: StoredRecord): void {
  if (input.version === undefined) return;
  if (input.version !== existing.version) {
    throw new DomainError(
      409,
      problem('errors.staleVersion', { sent: String(input.version), current: String(existing.version) }),
    );
  }
}

function check(
  rules: ResourceRules,
  input: Record<string, unknown>,
  existing: StoredRecord | null,
  tx: Transaction,
  ctx: RequestContext,
): void {
  const problems = rules.validate?.(input, existing, tx, ctx) ?? {};
  if (hasProblems(problems)) throw new DomainError(422, problem('errors.invalid'), problems);
}

function refuseIfReferenced(rules: ResourceRules, record: StoredRecord, tx: Transaction): void {
  for (const ref of rules.referencedBy ?? []) {
    let count = 0;
    const matches =
      typeof ref.field === 'function'
        ? ref.field
        : (row: StoredRecord) => row[ref.field as string] === record.id;
    for (const row of tx.all<StoredRecord>(ref.collection)) if (matches(row, record)) count += 1;
    if (count > 0) {
      const key = rules.referencedKey ?? 'errors.referenced';
      throw new DomainError(409, problem(key, { count, children: term(`collections.${ref.collection}`) }));
    }
  }
}

/**
 * Reads computed fields (a product's margin) without copying records, and only
 * when the query filters or sorts on one; otherwise lists read stored fields.
 */
export function computedValueOf(store: Store, rules: ResourceRules, query: ListQuery): ValueOf | undefined {
  const computedFields = new Set(rules.computedFields ?? []);
  const needed =
    computedFields.has(query.sort.field) || query.conditions.some((c) => computedFields.has(c.field));
  if (!needed || !rules.computed) return undefined;
  const compute = rules.computed(store);
  return (row, field) => (computedFields.has(field) ? compute(row as StoredRecord)[field] : row[field]);
}

/** Adds the resource's computed fields to each record (a new object; stored records are never mutated). */
export function* withComputed(
  store: Store,
  rules: ResourceRules,
  records: Iterable<StoredRecord>,
): Generator<StoredRecord> {
  const compute = rules.computed?.(store);
  for (const record of records) yield compute ? { ...record, ...compute(record) } : record;
}

export function presentAll(
  store: Store,
  rules: ResourceRules,
  records: StoredRecord[],
  res: Response,
): StoredRecord[] {
  const complete = rules.computed ? [...withComputed(store, rules, records)] : records;
  return rules.present ? rules.present(complete, ctxOf(res), store) : complete;
}

export function present(
  store: Store,
  rules: ResourceRules,
  record: StoredRecord,
  res: Response,
): StoredRecord {
  return presentAll(store, rules, [record], res)[0]!;
}

/** The matching records of a list or export request, before paging is applied by the caller. */
export function findMatching(
  store: Store,
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
  const extra: RowPredicate[] = Object.entries(query.virtual).map(([name, value]) =>
    rules.virtualFilters![name]!(value, ctx, store),
  );
  const scope = rules.readScope?.(ctx);
  if (scope) extra.push(scope);
  return {
    query,
    run: () =>
      runList(
        store.all<StoredRecord>(rules.name),
        query,
        RESOURCE_SCHEMAS[rules.name].search,
        extra,
        computedValueOf(store, rules, query),
      ),
  };
}

function list(store: Store, collection: CollectionName): Handler {
  return ({ query: params, ctx, res }) => {
    const rules = rulesOf(collection);
    const result = findMatching(store, rules, params, ctx).run();
    const last = result.rows.length === 0 ? result.start : result.start + result.rows.length - 1;
    res.setHeader('Content-Range', `${rules.name} ${result.start}-${last}/${result.total}`);
    return presentAll(store, rules, result.rows, res);
  };
}

function show(store: Store, collection: CollectionName): Handler {
  return ({ params, ctx, res }) => {
    const rules = rulesOf(collection);
    const record = findOr404(store, rules, params.id);
    const scope = rules.readScope?.(ctx);
    if (scope && !scope(record)) throw notFound(rules.name, params.id);
    return present(store, rules, record, res);
  };
}

function create(store: Store, collection: CollectionName): Handler {
  return ({ body, ctx, res }) => {
    const rules = rulesOf(collection);
    const created = store.transact((tx) => {
      check(rules, body, null, tx, ctx);
      const next = { ...rules.defaults, ...body };
      const record = tx.insert(rules.name, { ...next, ...rules.derive?.(next, null, tx, ctx) });
      rules.afterCreate?.(record, tx, ctx);
      recordAudit(tx, ctx, {
        action: 'create',
        resource: rules.name,
        recordId: record.id,
        before: null,
        after: record,
      });
      return record;
    });
    return present(store, rules, created, res);
  };
}

function update(store: Store, collection: CollectionName): Handler {
  return ({ params, body, ctx, res }: Call) => {
    const rules = rulesOf(collection);
    const { version, ...changes } = body;
    const updated = store.transact((tx) => {
      const existing = findOr404(store, rules, params.id);
      rules.guard?.(existing, 'update', ctx, store);
      checkVersion({ version }, existing);
      check(rules, changes, existing, tx, ctx);
      const next = { ...existing, ...changes };
      const record = tx.update(rules.name, existing.id, {
        ...changes,
        ...rules.derive?.(next, existing, tx, ctx),
      });
      const note = rules.afterUpdate?.(existing, record, tx, ctx);
      recordAudit(tx, ctx, {
        action: 'update',
        resource: rules.name,
        recordId: record.id,
        before: existing,
        after: record,
        ...(note ? { note } : {}),
      });
      return record;
    });
    return present(store, rules, updated, res);
  };
}

function remove(store: Store, collection: CollectionName): Handler {
  return ({ params, query, ctx, res }) => {
    const rules = rulesOf(collection);
    const deleted = store.transact((tx) => {
      const existing = findOr404(store, rules, params.id);
      rules.guard?.(existing, 'delete', ctx, store);
      if (query.version !== undefined) checkVersion({ version: Number(query.version) }, existing);
      refuseIfReferenced(rules, existing, tx);
      rules.beforeDelete?.(existing, tx);
      tx.remove(rules.name, existing.id);
      recordAudit(tx, ctx, {
        action: 'delete',
        resource: rules.name,
        recordId: existing.id,
        before: existing,
        after: null,
      });
      return existing;
    });
    return present(store, rules, deleted, res);
  };
}

function exportCsv(store: Store, collection: CollectionName): Handler {
  return ({ query, ctx, res }) => {
    const rules = rulesOf(collection);
    const matching = findMatching(store, rules, query, ctx);
    matching.query.end = Number.MAX_SAFE_INTEGER;
    const rows = [...withComputed(store, rules, matching.run().rows)];
    const stamp = store.now().toISOString().slice(0, 10);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${collection}-${stamp}.csv"`);
    res.setHeader('X-Total-Count', String(rows.length));
    res.send(csvOf(store, rules, rows, ctx.locale));
  };
}

const KINDS = {
  list,
  get: show,
  export: exportCsv,
  statusCounts,
  create,
  update,
  patch: update,
  delete: remove,
} as const;

/** A handler for every generic collection endpoint of the contract. */
export function collectionHandlers(store: Store): Record<CollectionRouteId, Handler> {
  return Object.fromEntries(
    Object.entries(COLLECTION_ROUTES).map(([id, route]) => [id, KINDS[route.kind](store, route.collection)]),
  ) as Record<CollectionRouteId, Handler>;
}

/**
 * When a write's body breaks its schema, the collection's own rules (unique
 * SKUs, known references, cross-field rules) are asked too, so one answer
 * names every field at fault. They read the database but write nothing.
 */
export function explainCollectionWrite(store: Store): ExplainInvalid {
  return (id, input, params, ctx) => {
    const route = ROUTES[id];
    if (!isCollectionRoute(route) || !['create', 'update', 'patch'].includes(route.kind)) return {};
    const rules = rulesOf(route.collection);
    const existing =
      params.id === undefined ? null : (store.get<StoredRecord>(route.collection, params.id) ?? null);
    if (route.kind !== 'create' && !existing) return {};
    const { version: _version, ...changes } = input;
    return store.transact((tx) => rules.validate?.(changes, existing, tx, ctx) ?? {});
  };
}
