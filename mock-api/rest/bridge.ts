/**
 * The generic REST endpoints every collection shares, in ra-data-simple-rest's
 * dialect. It closes json-server 0.17's traps: unknown filters are 400s, PUT
 * merges instead of replacing, DELETE answers with the deleted record and never
 * cascades, stale versions are 409s, and every write is validated, audited
 * and committed in one transaction.
 */
import { Router, type Request, type Response } from 'express';
import { DomainError, hasProblems, problem } from '../../src/domain/errors';
import { RESOURCE_SCHEMAS, isCollectionName } from '../../src/domain/resources';
import { term } from '../../src/domain/messages';
import { actionForMethod } from '../../src/domain/permissions';
import { recordAudit } from '../audit';
import { authorize } from '../http/access';
import { ctxOf } from '../http/context';
import { route } from '../http/errors';
import type { Store, StoredRecord, Transaction } from '../store/store';
import { runList, type RowPredicate, type ValueOf } from './list';
import { parseListQuery, type ListQuery } from './query';
import { rulesFor, type ResourceRules, type WriteMethod } from './rules';

const SERVER_FIELDS = ['id', 'createdAt', 'updatedAt', 'version'];

export function restBridge(store: Store): Router {
  const router = Router();

  router.get(
    '/:resource',
    route((req, res) => {
      const rules = resolve(req, res, 'list');
      const schema = RESOURCE_SCHEMAS[rules.name];
      const ctx = ctxOf(res);
      const query = parseListQuery(req.query as Record<string, unknown>, {
        resource: rules.name,
        schema,
        virtualFilters: Object.keys(rules.virtualFilters ?? {}),
      });
      const extra: RowPredicate[] = Object.entries(query.virtual).map(([name, value]) =>
        rules.virtualFilters![name]!(value, ctx, store),
      );
      const scope = rules.readScope?.(ctx);
      if (scope) extra.push(scope);
      const result = runList(
        store.all<StoredRecord>(rules.name),
        query,
        schema.search,
        extra,
        computedValueOf(store, rules, query),
      );
      const last = result.rows.length === 0 ? result.start : result.start + result.rows.length - 1;
      res.setHeader('Content-Range', `${rules.name} ${result.start}-${last}/${result.total}`);
      res.json(presentAll(store, rules, result.rows, res));
    }),
  );

  router.get(
    '/:resource/:id',
    route((req, res) => {
      const rules = resolve(req, res, 'show');
      const record = findOr404(store, rules, req.params.id);
      const scope = rules.readScope?.(ctxOf(res));
      if (scope && !scope(record)) throw notFound(rules.name, req.params.id);
      res.json(present(store, rules, record, res));
    }),
  );

  router.post(
    '/:resource',
    route((req, res) => {
      const rules = resolve(req, res, 'create');
      offers(rules, 'create', req);
      const input = bodyOf(req);
      const ctx = ctxOf(res);
      const created = store.transact((tx) => {
        const clean = trimStrings(stripServerFields(input, rules));
        check(rules, clean, null, tx, res);
        const next = { ...rules.defaults, ...clean };
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
      res.status(201).json(present(store, rules, created, res));
    }),
  );

  const update = route((req, res) => {
    const rules = resolve(req, res, 'edit');
    offers(rules, 'update', req);
    const input = bodyOf(req);
    const ctx = ctxOf(res);
    const updated = store.transact((tx) => {
      const existing = findOr404(store, rules, req.params.id);
      rules.guard?.(existing, 'update', ctx, store);
      checkVersion(input, existing);
      const clean = trimStrings(stripServerFields(input, rules));
      check(rules, clean, existing, tx, res);
      const next = { ...existing, ...clean };
      const record = tx.update(rules.name, existing.id, {
        ...clean,
        ...rules.derive?.(next, existing, tx, ctx),
      });
      recordAudit(tx, ctx, {
        action: 'update',
        resource: rules.name,
        recordId: record.id,
        before: existing,
        after: record,
      });
      return record;
    });
    res.json(present(store, rules, updated, res));
  });
  router.put('/:resource/:id', update);
  router.patch('/:resource/:id', update);

  router.delete(
    '/:resource/:id',
    route((req, res) => {
      const rules = resolve(req, res, 'delete');
      offers(rules, 'delete', req);
      const ctx = ctxOf(res);
      const deleted = store.transact((tx) => {
        const existing = findOr404(store, rules, req.params.id);
        rules.guard?.(existing, 'delete', ctx, store);
        if (req.query.version !== undefined) checkVersion({ version: Number(req.query.version) }, existing);
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
      res.json(present(store, rules, deleted, res));
    }),
  );

  return router;
}

function resolve(
  req: Request,
  res: Response,
  action: 'list' | 'show' | 'create' | 'edit' | 'delete',
): ResourceRules {
  const name = String(req.params.resource);
  const rules = isCollectionName(name) ? rulesFor(name) : undefined;
  if (!rules) throw new DomainError(404, problem('errors.unknownResource', { resource: name }));
  authorize(ctxOf(res), actionForMethod(req.method, action !== 'list' && action !== 'create'), name);
  return rules;
}

function offers(rules: ResourceRules, method: WriteMethod, req: Request): void {
  if (rules.methods.includes(method)) return;
  throw new DomainError(
    405,
    problem(rules.methodHint ?? 'errors.methodNotAllowed', {
      method: req.method,
      resource: term(`collections.${rules.name}`),
    }),
  );
}

export function bodyOf(req: Request): Record<string, unknown> {
  const body: unknown = req.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new DomainError(400, problem('errors.bodyNotObject'));
  }
  return body as Record<string, unknown>;
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

export function checkVersion(input: Record<string, unknown>, existing: StoredRecord): void {
  if (input.version === undefined || input.version === null) return;
  if (input.version !== existing.version) {
    throw new DomainError(
      409,
      problem('errors.staleVersion', { sent: String(input.version), current: String(existing.version) }),
    );
  }
}

/** Drops what the server owns (ids, timestamps, version, computed figures) from a client's write. */
function stripServerFields(input: Record<string, unknown>, rules: ResourceRules): Record<string, unknown> {
  const out = { ...input };
  for (const field of [...SERVER_FIELDS, ...(rules.computedFields ?? [])]) delete out[field];
  return out;
}

/** Top-level strings are trimmed, so "  Berlin " and "Berlin" are one city; validators judge the trimmed value. */
function trimStrings(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v]));
}

function check(
  rules: ResourceRules,
  input: Record<string, unknown>,
  existing: StoredRecord | null,
  tx: Transaction,
  res: Response,
): void {
  const problems = rules.validate?.(input, existing, tx, ctxOf(res)) ?? {};
  if (hasProblems(problems)) throw new DomainError(422, problem('errors.invalid'), problems);
}

function refuseIfReferenced(rules: ResourceRules, record: StoredRecord, tx: Transaction): void {
  for (const ref of rules.referencedBy ?? []) {
    let count = 0;
    const matches =
      typeof ref.field === 'function'
        ? ref.field
        : (row: StoredRecord) => row[ref.field as string] === record.id;
    for (const row of tx.all<StoredRecord>(ref.collection)) if (matches(row, record.id)) count += 1;
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
