/**
 * The generic endpoints every collection shares, in ra-data-simple-rest's
 * dialect. It closes json-server 0.17's traps: unknown filters are 400s, PUT
 * merges instead of replacing, DELETE answers with the deleted record and never
 * cascades, stale versions are 409s, and every write is validated, audited
 * and committed in one transaction. Which collections offer which writes, and
 * the shapes of their bodies, are in the contract (src/domain/contract).
 */
import type { Response } from 'express';
import { COLLECTION_ROUTES, type CollectionRouteId } from '../../src/domain/contract/routes';
import { DomainError, hasProblems, problem } from '../../src/domain/errors';
import { term } from '../../src/domain/messages';
import type { CollectionName } from '../../src/domain/resources';
import { recordAudit } from '../audit';
import { ctxOf, type RequestContext } from '../http/context';
import type { Call, Handler } from '../http/mount';
import type { Database, RecordReader, StoredRecord, WriteTransaction } from '../store/database';
import { csvOf } from './export';
import { findMatching } from './matching';
import { rulesOf, type ResourceRules } from './rules';
import { statusCounts } from './statusCounts';

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

export async function findOr404(
  reader: RecordReader,
  rules: ResourceRules,
  rawId: unknown,
): Promise<StoredRecord> {
  const id = parseId(rawId);
  const record = id === null ? undefined : await reader.get<StoredRecord>(rules.name, id);
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

async function check(
  rules: ResourceRules,
  input: Record<string, unknown>,
  existing: StoredRecord | null,
  tx: WriteTransaction,
  ctx: RequestContext,
): Promise<void> {
  const problems = (await rules.validate?.(input, existing, tx, ctx)) ?? {};
  if (hasProblems(problems)) throw new DomainError(422, problem('errors.invalid'), problems);
}

async function refuseIfReferenced(
  rules: ResourceRules,
  record: StoredRecord,
  tx: WriteTransaction,
): Promise<void> {
  for (const ref of rules.referencedBy ?? []) {
    const rows =
      typeof ref.field === 'function'
        ? (await tx.all<StoredRecord>(ref.collection)).filter((row) => (ref.field as RowTest)(row, record))
        : await tx.findBy<StoredRecord>(ref.collection, ref.field, record.id);
    const count = rows.length;
    if (count > 0) {
      const key = rules.referencedKey ?? 'errors.referenced';
      throw new DomainError(409, problem(key, { count, children: term(`collections.${ref.collection}`) }));
    }
  }
}

type RowTest = (row: StoredRecord, record: StoredRecord) => boolean;

/** Adds the resource's computed fields to each record (a new object; stored records are never mutated). */
export async function withComputed(
  db: Database,
  rules: ResourceRules,
  records: StoredRecord[],
): Promise<StoredRecord[]> {
  if (!rules.computed) return records;
  const compute = await rules.computed(db);
  return records.map((record) => ({ ...record, ...compute(record) }));
}

export async function presentAll(
  db: Database,
  rules: ResourceRules,
  records: StoredRecord[],
  res: Response,
): Promise<StoredRecord[]> {
  const complete = await withComputed(db, rules, records);
  return rules.present ? rules.present(complete, ctxOf(res), db) : complete;
}

export async function present(
  db: Database,
  rules: ResourceRules,
  record: StoredRecord,
  res: Response,
): Promise<StoredRecord> {
  return (await presentAll(db, rules, [record], res))[0]!;
}

function list(db: Database, collection: CollectionName): Handler {
  return async ({ query: params, ctx, res }) => {
    const rules = rulesOf(collection);
    const result = await (await findMatching(db, rules, params, ctx)).run();
    const last = result.rows.length === 0 ? result.start : result.start + result.rows.length - 1;
    res.setHeader('Content-Range', `${rules.name} ${result.start}-${last}/${result.total}`);
    return presentAll(db, rules, result.rows, res);
  };
}

function show(db: Database, collection: CollectionName): Handler {
  return async ({ params, ctx, res }) => {
    const rules = rulesOf(collection);
    const record = await findOr404(db, rules, params.id);
    const scope = rules.readScope?.(ctx);
    if (scope && !scope(record)) throw notFound(rules.name, params.id);
    return present(db, rules, record, res);
  };
}

function create(db: Database, collection: CollectionName): Handler {
  return async ({ body, ctx, res }) => {
    const rules = rulesOf(collection);
    const created = await db.transact(async (tx) => {
      await check(rules, body, null, tx, ctx);
      const next = { ...rules.defaults, ...body };
      const record = await tx.insert(rules.name, { ...next, ...(await rules.derive?.(next, null, tx, ctx)) });
      await rules.afterCreate?.(record, tx, ctx);
      await recordAudit(tx, ctx, {
        action: 'create',
        resource: rules.name,
        recordId: record.id,
        before: null,
        after: record,
      });
      return record;
    });
    return present(db, rules, created, res);
  };
}

function update(db: Database, collection: CollectionName): Handler {
  return async ({ params, body, ctx, res }: Call) => {
    const rules = rulesOf(collection);
    const { version, ...changes } = body;
    const updated = await db.transact(async (tx) => {
      const existing = await findOr404(tx, rules, params.id);
      await rules.guard?.(existing, 'update', ctx, tx);
      checkVersion({ version }, existing);
      await check(rules, changes, existing, tx, ctx);
      const next = { ...existing, ...changes };
      const record = await tx.update(rules.name, existing.id, {
        ...changes,
        ...(await rules.derive?.(next, existing, tx, ctx)),
      });
      const note = await rules.afterUpdate?.(existing, record, tx, ctx);
      await recordAudit(tx, ctx, {
        action: 'update',
        resource: rules.name,
        recordId: record.id,
        before: existing,
        after: record,
        ...(note ? { note } : {}),
      });
      return record;
    });
    return present(db, rules, updated, res);
  };
}

function remove(db: Database, collection: CollectionName): Handler {
  return async ({ params, query, ctx, res }) => {
    const rules = rulesOf(collection);
    const deleted = await db.transact(async (tx) => {
      const existing = await findOr404(tx, rules, params.id);
      await rules.guard?.(existing, 'delete', ctx, tx);
      if (query.version !== undefined) checkVersion({ version: Number(query.version) }, existing);
      await refuseIfReferenced(rules, existing, tx);
      await rules.beforeDelete?.(existing, tx);
      await tx.remove(rules.name, existing.id);
      await recordAudit(tx, ctx, {
        action: 'delete',
        resource: rules.name,
        recordId: existing.id,
        before: existing,
        after: null,
      });
      return existing;
    });
    return present(db, rules, deleted, res);
  };
}

function exportCsv(db: Database, collection: CollectionName): Handler {
  return async ({ query, ctx, res }) => {
    const rules = rulesOf(collection);
    const matching = await findMatching(db, rules, query, ctx);
    matching.query.end = Number.MAX_SAFE_INTEGER;
    const rows = await withComputed(db, rules, (await matching.run()).rows);
    const stamp = db.now().toISOString().slice(0, 10);
    const csv = await csvOf(db, rules, rows, ctx.locale);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${collection}-${stamp}.csv"`);
    res.setHeader('X-Total-Count', String(rows.length));
    res.send(csv);
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
export function collectionHandlers(db: Database): Record<CollectionRouteId, Handler> {
  return Object.fromEntries(
    Object.entries(COLLECTION_ROUTES).map(([id, route]) => [id, KINDS[route.kind](db, route.collection)]),
  ) as Record<CollectionRouteId, Handler>;
}
