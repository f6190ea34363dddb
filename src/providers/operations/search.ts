/** The search box's one call; see src/domain/search.ts for what finds what. */
import type { ResponseOf } from '../../domain/contract/endpoints';
import { callEndpoint } from './request';

export type SearchAnswer = ResponseOf<'search'>;

export const searchOperations = {
  search: (q: string): Promise<SearchAnswer> => callEndpoint('search', { query: { q } }),
};
