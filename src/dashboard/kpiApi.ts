/**
 * The dashboard's one request, `GET /api/kpis`, through the data provider
 * like every other call (react-admin then hands an expired session to the
 * authProvider), cached in react-admin's QueryClient.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { KontorDataProvider } from '../providers/dataProvider';
import { kpiQuery, type KpiRequest } from './dashboardQuery';

/** The report for a request; while a new period loads, the previous report stays on screen. */
export function useKpis(request: KpiRequest | null) {
  const dataProvider = useDataProvider<KontorDataProvider>();
  return useQuery({
    queryKey: ['kpis', request],
    queryFn: () => {
      if (!request) throw new Error('no request');
      return dataProvider.getKpis(kpiQuery(request));
    },
    enabled: request !== null,
    placeholderData: keepPreviousData,
    // The API recomputes stock figures at most every 30 seconds; asking sooner gains nothing.
    staleTime: 30_000,
  });
}
