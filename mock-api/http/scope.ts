/**
 * Warehouse scope: warehouse staff work only in their own warehouses. The
 * contract names, per endpoint, where a request's warehouses are (the body, the
 * record it addresses, the records it lists by id); this finds them and refuses
 * with 403 any the user has no access to.
 */
import type { WarehouseScope, Route } from '../../src/domain/contract/routes';
import { DomainError, problem } from '../../src/domain/errors';
import { inWarehouseScope } from '../../src/domain/permissions';
import type { Warehouse } from '../../src/domain/types';
import type { Database, StoredRecord } from '../store/database';
import type { Call } from './mount';

/** Values at a dotted path, where `*` stands for every element of an array: `items.*.warehouseId`. */
function valuesAt(value: unknown, path: readonly string[]): unknown[] {
  if (path.length === 0) return [value];
  const [head, ...rest] = path;
  if (head === '*') return Array.isArray(value) ? value.flatMap((item) => valuesAt(item, rest)) : [];
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, head!)) return [];
  return valuesAt((value as Record<string, unknown>)[head!], rest);
}

async function warehousesOf(
  scope: WarehouseScope,
  db: Database,
  call: Pick<Call, 'params' | 'body'>,
): Promise<unknown[]> {
  switch (scope.in) {
    case 'body':
      return valuesAt(call.body, scope.field.split('.'));
    case 'record': {
      const record =
        call.params.id === undefined
          ? undefined
          : await db.get<StoredRecord>(scope.collection, call.params.id);
      return record ? [record[scope.field]] : [];
    }
    case 'records': {
      const ids = call.body[scope.idsField];
      if (!Array.isArray(ids)) return [];
      const warehouses: unknown[] = [];
      for (const id of ids)
        warehouses.push((await db.get<StoredRecord>(scope.collection, Number(id)))?.[scope.field]);
      return warehouses;
    }
  }
}

/**
 * Scopes found in stored records are checked before the body is read (a
 * foreign order is refused whatever was sent); those named in the body after
 * it is validated.
 */
export async function checkScope(
  route: Route,
  db: Database,
  call: Pick<Call, 'params' | 'body' | 'ctx'>,
  phase: 'records' | 'body',
): Promise<void> {
  const { access } = route;
  const user = call.ctx.user;
  if (access.kind !== 'permission' || !access.warehouseScope || !user) return;
  for (const scope of access.warehouseScope) {
    const fromBody = scope.in === 'body' || scope.in === 'records';
    if (fromBody !== (phase === 'body')) continue;
    for (const warehouseId of await warehousesOf(scope, db, call)) {
      // An unknown warehouse is the handler's to refuse (422 naming the field), not a scope question.
      if (
        typeof warehouseId !== 'number' ||
        inWarehouseScope(user, warehouseId) ||
        !(await db.get('warehouses', warehouseId))
      )
        continue;
      const codes: string[] = [];
      for (const id of user.warehouseIds)
        codes.push((await db.get<Warehouse>('warehouses', id))?.code ?? `#${id}`);
      throw new DomainError(403, problem('errors.warehouseNotYours', { warehouses: codes.join(', ') }));
    }
  }
}
