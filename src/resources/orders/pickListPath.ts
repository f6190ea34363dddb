import { pickListSearch, type PickListQuery } from '../../providers/operations/orders';

/** The pick list page for a batch of orders or a warehouse, e.g. `/orders/pick-list?orderIds=[4,7]`. */
export function pickListPath(query?: PickListQuery): string {
  return query ? `/orders/pick-list?${pickListSearch(query)}` : '/orders/pick-list';
}

/** Reads the page's query back; null when it names neither a batch nor a warehouse. */
export function pickListQueryOf(search: URLSearchParams): PickListQuery | null {
  const orderIds = search.get('orderIds');
  if (orderIds !== null) {
    try {
      const parsed: unknown = JSON.parse(orderIds);
      if (
        Array.isArray(parsed) &&
        parsed.length > 0 &&
        parsed.every((id) => Number.isInteger(id) && id > 0)
      ) {
        return { orderIds: parsed as number[] };
      }
    } catch {
      return null;
    }
    return null;
  }
  const warehouseId = Number(search.get('warehouseId'));
  return Number.isInteger(warehouseId) && warehouseId > 0 ? { warehouseId } : null;
}
