/** Named catalog operations of the data provider (beyond CRUD); each calls one endpoint of the contract. */
import type { BodyOf, ResponseOf } from '../../domain/contract/endpoints';
import type { Id } from '../../domain/types';
import { apiUrl, httpClient } from '../httpClient';
import { callEndpoint, listParams } from './request';

export { BULK_ACTIONS, IMPORT_MODES } from '../../domain/contract/catalog';

export type BulkRequest = BodyOf<'bulkEditProducts'>;
export type BulkAction = BulkRequest['action'];
/** A selection by id, or everything a list filter matches ("select all N matching"). */
export type BulkTargets = Pick<BulkRequest, 'ids' | 'filter'>;
export type BulkResult = ResponseOf<'bulkEditProducts'>;
export type BulkChange = BulkResult['changes'][number];
export type ImportReport = ResponseOf<'importProducts'>;
export type ImportMode = NonNullable<BodyOf<'importProducts'>['mode']>;
export type RejectedLine = ImportReport['rejected'][number];

export interface ExportedCsv {
  text: string;
  filename: string;
  /** How many records the file holds, as the API counted them. */
  rows: number | null;
}

export interface ExportParams {
  filter?: Record<string, unknown>;
  sort?: [string, 'ASC' | 'DESC'];
}

function filenameOf(disposition: string | null, fallback: string): string {
  const match = /filename="?([^";]+)"?/.exec(disposition ?? '');
  return match?.[1] ?? fallback;
}

export const catalogOperations = {
  /** Activates, archives, moves or re-prices products, all or none; `preview` answers without writing. */
  bulkEditProducts: (request: BulkRequest) => callEndpoint('bulkEditProducts', { body: request }),

  /** Creates and updates products by SKU from CSV text; `dry-run` writes nothing. */
  importProducts: (csv: string, mode: ImportMode) => callEndpoint('importProducts', { body: { csv, mode } }),

  /** Swaps a category with its neighbour among its siblings. */
  moveCategory: (id: Id, direction: 'up' | 'down') =>
    callEndpoint('moveCategory', { id, body: { direction } }),

  /**
   * Every record of a collection matching a list filter, as the API's CSV
   * (not capped at a page). Through the httpClient, so the bearer token goes along.
   */
  exportCsv: async (resource: string, params: ExportParams = {}): Promise<ExportedCsv> => {
    const path = `/${resource}/export.csv${listParams(params)}`;
    const { body, headers } = await httpClient(apiUrl(path), {
      headers: new Headers({ Accept: 'text/csv' }),
    });
    const count = headers.get('X-Total-Count');
    return {
      text: body,
      filename: filenameOf(headers.get('Content-Disposition'), `${resource}.csv`),
      rows: count === null ? null : Number(count),
    };
  },
};
