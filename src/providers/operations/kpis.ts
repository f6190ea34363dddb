/** The dashboard's report and the users' names through the data provider, like every other call the console makes. */
import type { QueryOf } from '../../domain/contract/endpoints';
import type { KpiReport } from '../../domain/kpis/types';
import { callEndpoint } from './request';

export type KpiQuery = QueryOf<'kpis'>;

export interface UserName {
  id: number;
  fullName: string;
}

export const kpisOperations = {
  getKpis: async (query: KpiQuery): Promise<KpiReport> => callEndpoint('kpis', { query }),
  /** Who is who, for every role: "created by" and the like show names, not numbers. */
  getUserNames: async (): Promise<UserName[]> => callEndpoint('userNames', {}),
};
