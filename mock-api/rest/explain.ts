/**
 * Extra problems for a collection write whose body broke its schema (see
 * MountOptions.explainInvalid in ../http/mount.ts).
 */
import { ROUTES, isCollectionRoute } from '../../src/domain/contract/routes';
import type { ExplainInvalid } from '../http/mount';
import type { Database, StoredRecord } from '../store/database';
import { rulesOf } from './rules';

/**
 * When a write's body breaks its schema, the collection's own rules (unique
 * SKUs, known references, cross-field rules) are asked too, so one answer
 * names every field at fault. They read the database but write nothing: the
 * transaction they run in (the rules expect one) never has anything to commit.
 */
export function explainCollectionWrite(db: Database): ExplainInvalid {
  return async (id, input, params, ctx) => {
    const route = ROUTES[id];
    if (!isCollectionRoute(route) || !['create', 'update', 'patch'].includes(route.kind)) return {};
    const rules = rulesOf(route.collection);
    const { version: _version, ...changes } = input;
    return db.transact(async (tx) => {
      const existing =
        params.id === undefined ? null : ((await tx.get<StoredRecord>(route.collection, params.id)) ?? null);
      if (route.kind !== 'create' && !existing) return {};
      return (await rules.validate?.(changes, existing, tx, ctx)) ?? {};
    });
  };
}
