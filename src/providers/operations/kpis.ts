/** The dashboard's report through the data provider, like every other call the console makes. */
import type { QueryOf } from '../../domain/contract/endpoints';
import type { KpiReport } from '../../domain/kpis/types';
import { callEndpoint } from './request';

export type KpiQuery = QueryOf<'kpis'>;

export const kpisOperations = {
  getKpis: async (query: KpiQuery): Promise<KpiReport> => callEndpoint('kpis', { query }),
};
