import type { QueryClient } from '@tanstack/react-query';

/** After any stock change, lists, badges, histories and transfers must show the new numbers. */
export function refreshStock(queryClient: QueryClient): Promise<unknown> {
  return Promise.all(
    ['stock-levels', 'stock-movements', 'stock-transfers'].map((resource) =>
      queryClient.invalidateQueries({ queryKey: [resource] }),
    ),
  );
}
