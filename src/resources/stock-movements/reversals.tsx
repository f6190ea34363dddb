import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useGetList, useListContext } from 'react-admin';
import { MANUAL_STOCK_REASONS, type StockMovement } from '../../domain/types';

/** Only manual adjustments are undone here; shipments and transfers have their own workflows. */
export function isReversible(movement: StockMovement): boolean {
  return (
    (MANUAL_STOCK_REASONS as readonly string[]).includes(movement.reason) &&
    movement.reversesMovementId === null
  );
}

const ReversedOnPage = createContext<ReadonlySet<number>>(new Set());

/**
 * Finds which reversible movements of the list page already have a reversal
 * (one query per page), so their Reverse button gives way to a note instead
 * of offering what the API would refuse.
 */
export const ReversalsProvider = ({ children }: { children: ReactNode }) => {
  const { data } = useListContext<StockMovement>();
  const ids = (data ?? []).filter(isReversible).map((movement) => movement.id);
  const { data: reversals } = useGetList<StockMovement>(
    'stock-movements',
    {
      filter: { reversesMovementId: ids },
      pagination: { page: 1, perPage: Math.max(ids.length, 1) },
      sort: { field: 'id', order: 'ASC' },
    },
    { enabled: ids.length > 0 },
  );
  const reversed = useMemo(
    () =>
      new Set(
        (reversals ?? []).flatMap(({ reversesMovementId }) =>
          reversesMovementId === null ? [] : [reversesMovementId],
        ),
      ),
    [reversals],
  );
  return <ReversedOnPage.Provider value={reversed}>{children}</ReversedOnPage.Provider>;
};

export function useIsReversed(id: number | undefined): boolean {
  const reversed = useContext(ReversedOnPage);
  return id !== undefined && reversed.has(id);
}
