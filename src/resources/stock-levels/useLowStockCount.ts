import { useGetList } from 'react-admin';
import { useWarehouseDefaults } from './access';

/** The inbox's filter: every stock level at or below its reorder point, in the user's warehouses. */
export function useLowStockFilter(): Record<string, unknown> {
  const defaults = useWarehouseDefaults();
  return { ...defaults, lowStock: true };
}

/** How many stock levels wait in the low-stock inbox; the menu shows it as a badge. */
export function useLowStockCount(): number | undefined {
  const { total } = useGetList(
    'stock-levels',
    { filter: useLowStockFilter(), pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' } },
    // A stock change elsewhere refreshes it through the stock queries; the interval catches other users'.
    { refetchInterval: 60_000 },
  );
  return total;
}
