/** Named list operations of the data provider (beyond getList): what a list shows around its rows. */
import type { StatusCounts } from '../../domain/contract/endpoints';
import { COLLECTION_ROUTES, type StatusCountedCollection } from '../../domain/contract/routes';
import { apiUrl, httpClient } from '../httpClient';
import { listParams } from './request';

export type { StatusCounts };

export const listOperations = {
  /** How many records a list filter matches, in all and per status (the filter's own status aside). */
  getStatusCounts: async (
    resource: StatusCountedCollection,
    filter: Record<string, unknown>,
    signal?: AbortSignal,
  ): Promise<StatusCounts> => {
    const { path } = COLLECTION_ROUTES[`${resource}.statusCounts`];
    const { json } = await httpClient(apiUrl(`${path}${listParams({ filter })}`), { signal });
    return json as StatusCounts;
  },
};
