import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { SimulationRequest } from '../../providers/operations/promotions';
import { usePromotionsApi } from './queries';

/** Long enough that typing "25" asks once, short enough to feel live. */
export const DRY_RUN_DELAY_MS = 400;

/** The value `delay` ms after it last changed; compared as JSON, so a fresh object with equal content is no change. */
function useSettled<T>(value: T, delay: number): T {
  const key = JSON.stringify(value);
  const [settled, setSettled] = useState(key);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(key), delay);
    return () => clearTimeout(timer);
  }, [key, delay]);
  return JSON.parse(settled) as T;
}

/**
 * Prices the request through POST /promotions/simulate once the form has been
 * still for a moment; `null` asks nothing. The last answer stays shown while
 * the next one loads, so the numbers do not flicker as one types.
 */
export function useDryRun(request: SimulationRequest | null) {
  const api = usePromotionsApi();
  const settled = useSettled(request, DRY_RUN_DELAY_MS);
  const query = useQuery({
    queryKey: ['promotions', 'dryRun', settled],
    queryFn: () => api.simulatePromotions(settled!),
    enabled: settled !== null,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  // Until the latest values have settled, what is shown belongs to earlier ones.
  const current = JSON.stringify(request) === JSON.stringify(settled);
  return { ...query, isUpdating: !current || query.isFetching };
}
