/**
 * Who may change which stock. Warehouse staff with a list of warehouses work
 * only there (the API refuses the others with 403), so their screens default
 * to those warehouses and offer stock changes only for them.
 */
import { useMemo } from 'react';
import { useCanAccess } from 'react-admin';
import { inWarehouseScope } from '../../domain/permissions';
import { readSession } from '../../providers/session';

/** The signed-in user's own warehouses when they are limited to some; null when they may work anywhere. */
export function myWarehouseIds(): number[] | null {
  const user = readSession()?.user;
  if (!user || user.role !== 'warehouse' || user.warehouseIds.length === 0) return null;
  return user.warehouseIds;
}

/** Whether the signed-in user may act in this warehouse: the API's warehouse scope, by the same rule. */
export function mayActIn(warehouseId: number): boolean {
  const user = readSession()?.user;
  return user !== undefined && inWarehouseScope(user, warehouseId);
}

export function useMyWarehouses(): number[] | null {
  return useMemo(() => myWarehouseIds(), []);
}

/** List filter defaults: warehouse staff start with their own warehouses. */
export function useWarehouseDefaults(field = 'warehouseId'): Record<string, unknown> {
  const mine = useMyWarehouses();
  return useMemo(() => (mine ? { [field]: mine } : {}), [mine, field]);
}

export interface StockPermissions {
  /** Adjust, count or receive stock in this warehouse. */
  canAdjust: (warehouseId: number) => boolean;
  /** Change the reorder point or bin location of a stock level in this warehouse. */
  canEdit: (warehouseId: number) => boolean;
}

export function useStockPermissions(): StockPermissions {
  const { canAccess: mayAdjust = false } = useCanAccess({ resource: 'stock-adjustments', action: 'create' });
  const { canAccess: mayEdit = false } = useCanAccess({ resource: 'stock-levels', action: 'edit' });
  return useMemo(
    () => ({
      canAdjust: (warehouseId) => mayAdjust && mayActIn(warehouseId),
      canEdit: (warehouseId) => mayEdit && mayActIn(warehouseId),
    }),
    [mayAdjust, mayEdit],
  );
}
