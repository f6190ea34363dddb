import { SelectInput, useGetList, type SelectInputProps } from 'react-admin';
import type { Id, Warehouse } from '../../domain/types';
import { useCurrentUser, worksIn } from './currentUser';

/** A shop has a handful of warehouses; one page holds them all. */
const ALL_WAREHOUSES = {
  pagination: { page: 1, perPage: 100 },
  sort: { field: 'code', order: 'ASC' as const },
};

/** The warehouses the signed-in user may move stock in (all of them for most roles). */
export function useWorkableWarehouses(): { warehouses: Warehouse[]; isPending: boolean } {
  const user = useCurrentUser();
  const { data, isPending } = useGetList<Warehouse>('warehouses', ALL_WAREHOUSES);
  return { warehouses: (data ?? []).filter((warehouse) => worksIn(user, warehouse.id)), isPending };
}

/** `preferred` when the user works there, else the first warehouse they do. */
export function defaultWarehouse(warehouses: readonly Warehouse[], preferred: Id): Id | null {
  return warehouses.some((w) => w.id === preferred) ? preferred : (warehouses[0]?.id ?? null);
}

export const warehouseLabel = (warehouse: Pick<Warehouse, 'code' | 'name'>) =>
  `${warehouse.code} · ${warehouse.name}`;

/** Picks one of the user's warehouses; names are place names, so they are not translated. */
export const WarehouseSelect = ({
  warehouses,
  ...props
}: Omit<SelectInputProps, 'choices'> & { warehouses: readonly Warehouse[] }) => (
  <SelectInput
    choices={warehouses.map((warehouse) => ({ id: warehouse.id, name: warehouseLabel(warehouse) }))}
    translateChoice={false}
    {...props}
  />
);
