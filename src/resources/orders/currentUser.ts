import { useGetIdentity } from 'react-admin';
import { can, inWarehouseScope, isRole, type Action, type Role } from '../../domain/permissions';
import type { Id } from '../../domain/types';

export interface CurrentUser {
  role: Role | undefined;
  /** Warehouse staff with a list work only there; empty means every warehouse. */
  warehouseIds: readonly Id[];
}

/** The signed-in user's role and warehouses, as the session holds them. */
export function useCurrentUser(): CurrentUser {
  const { identity } = useGetIdentity();
  const role = isRole(identity?.role) ? identity.role : undefined;
  const ids: unknown = identity?.warehouseIds;
  const warehouseIds = Array.isArray(ids) ? ids.filter((id): id is Id => typeof id === 'number') : [];
  return { role, warehouseIds };
}

/** The same check the API makes with the same matrix; false until the identity is known. */
export function userCan(user: CurrentUser, action: Action, resource: string): boolean {
  return user.role !== undefined && can(user.role, action, resource);
}

/** Whether the user may act in this warehouse: the API's warehouse scope, by the same rule. */
export function worksIn(user: CurrentUser, warehouseId: Id): boolean {
  return (
    user.role !== undefined &&
    inWarehouseScope({ role: user.role, warehouseIds: user.warehouseIds }, warehouseId)
  );
}
