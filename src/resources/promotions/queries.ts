/**
 * The promotion endpoints beyond CRUD as react-query hooks. Every key starts
 * with 'promotions', so react-admin's refresh and its own writes to the
 * resource make them fetch again.
 */
import { useQuery } from '@tanstack/react-query';
import { HttpError, useDataProvider } from 'react-admin';
import type { Id } from '../../domain/types';
import type { KontorDataProvider } from '../../providers/dataProvider';

export const usePromotionsApi = () => useDataProvider<KontorDataProvider>();

/** Asks nothing until the promotion's id is known. */
export function usePerformance(id: Id | undefined) {
  const api = usePromotionsApi();
  return useQuery({
    queryKey: ['promotions', 'performance', id],
    queryFn: () => api.promotionPerformance(id!),
    enabled: id !== undefined,
  });
}

export function useStoredOverlaps(id: Id | undefined) {
  const api = usePromotionsApi();
  return useQuery({
    queryKey: ['promotions', 'overlaps', id],
    queryFn: () => api.promotionOverlaps(id!),
    enabled: id !== undefined,
  });
}

/** The per-field problems of a refused request (`body.errors`), or none. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof HttpError)) return {};
  return (error.body as { errors?: Record<string, string> } | null)?.errors ?? {};
}
