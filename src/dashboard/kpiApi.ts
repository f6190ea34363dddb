/**
 * The dashboard's one request, `GET /api/kpis`, through the shell's httpClient
 * (token, language, HttpError with the server's message), cached in
 * react-admin's QueryClient. The data provider has no KPI method, so an
 * expired session is handed to the authProvider here, as react-admin's own
 * data hooks would do it.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useLogoutIfAccessDenied } from 'react-admin';
import type { KpiReport } from '../domain/kpis/types';
import { apiUrl, httpClient } from '../providers/httpClient';
import { kpiSearch, type KpiRequest } from './dashboardQuery';

export async function fetchKpis(request: KpiRequest, signal?: AbortSignal): Promise<KpiReport> {
  const { json } = await httpClient(apiUrl(`/kpis?${kpiSearch(request)}`), { signal });
  return json as KpiReport;
}

/** The report for a request; while a new period loads, the previous report stays on screen. */
export function useKpis(request: KpiRequest | null) {
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  return useQuery({
    queryKey: ['kpis', request],
    queryFn: async ({ signal }) => {
      if (!request) throw new Error('no request');
      try {
        return await fetchKpis(request, signal);
      } catch (error) {
        await logoutIfAccessDenied(error as Error);
        throw error;
      }
    },
    enabled: request !== null,
    placeholderData: keepPreviousData,
    // The API recomputes stock figures at most every 30 seconds; asking sooner gains nothing.
    staleTime: 30_000,
  });
}
