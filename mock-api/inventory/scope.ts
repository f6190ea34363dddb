/** Warehouse staff with a list of warehouses may change stock only there. */
import { DomainError, problem } from '../../src/domain/errors';
import type { Warehouse } from '../../src/domain/types';
import type { RequestContext } from '../http/context';
import type { Store } from '../store/store';

export function assertWarehouseAccess(ctx: RequestContext, store: Store, warehouseId: number): void {
  const user = ctx.user;
  if (!user || user.role !== 'warehouse' || user.warehouseIds.length === 0) return;
  if (user.warehouseIds.includes(warehouseId)) return;
  const codes = user.warehouseIds
    .map((id) => store.get<Warehouse>('warehouses', id)?.code ?? `#${id}`)
    .join(', ');
  throw new DomainError(403, problem('errors.warehouseNotYours', { warehouses: codes }));
}
