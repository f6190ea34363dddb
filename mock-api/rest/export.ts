/**
 * `GET /api/<resource>/export.csv?sort=…&filter=…`: every record matching the
 * list filter, not capped at a page, as formula-safe CSV. Columns are the
 * resource's own CSV columns when it defines them, else its schema fields.
 */
import { Router } from 'express';
import { DomainError, problem } from '../../src/domain/errors';
import { toCsv } from '../../src/domain/csv';
import { RESOURCE_SCHEMAS, isCollectionName } from '../../src/domain/resources';
import { authorize } from '../http/access';
import { ctxOf } from '../http/context';
import { route } from '../http/errors';
import type { Store, StoredRecord } from '../store/store';
import { runList, type RowPredicate } from './list';
import { parseListQuery } from './query';
import { rulesFor } from './rules';
import { computedValueOf, withComputed } from './bridge';

export function exportRoutes(store: Store): Router {
  const router = Router();
  router.get(
    '/:resource/export.csv',
    route((req, res) => {
      const name = String(req.params.resource);
      const rules = isCollectionName(name) ? rulesFor(name) : undefined;
      if (!rules) throw new DomainError(404, problem('errors.unknownResource', { resource: name }));
      const ctx = ctxOf(res);
      authorize(ctx, 'export', name);
      const schema = RESOURCE_SCHEMAS[rules.name];
      const { range: _ignored, ...params } = req.query as Record<string, unknown>;
      const query = parseListQuery(params, {
        resource: name,
        schema,
        virtualFilters: Object.keys(rules.virtualFilters ?? {}),
      });
      const extra: RowPredicate[] = Object.entries(query.virtual).map(([f, v]) =>
        rules.virtualFilters![f]!(v, ctx, store),
      );
      const scope = rules.readScope?.(ctx);
      if (scope) extra.push(scope);
      query.end = Number.MAX_SAFE_INTEGER;
      const found = runList(
        store.all<StoredRecord>(name),
        query,
        schema.search,
        extra,
        computedValueOf(store, rules, query),
      );
      const rows = [...withComputed(store, rules, found.rows)];
      const columns =
        rules.csvColumns ??
        Object.keys(schema.fields).map((field) => ({ header: field, value: (r: StoredRecord) => r[field] }));
      const csv = toCsv(
        columns.map((c) => c.header),
        rows.map((row) => columns.map((c) => c.value(row, store))),
      );
      const stamp = store.now().toISOString().slice(0, 10);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="${name}-${stamp}.csv"`);
      res.setHeader('X-Total-Count', String(rows.length));
      res.send(csv);
    }),
  );
  return router;
}
