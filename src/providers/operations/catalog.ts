/** Named catalog operations of the data provider (beyond CRUD); each calls one endpoint of the contract. */
import type { BodyOf, ResponseOf } from '../../domain/contract/endpoints';
import type { Id } from '../../domain/types';
import { callEndpoint } from './request';

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

export const catalogOperations = {
  /** Activates, archives, moves or re-prices products, all or none; `preview` answers without writing. */
  bulkEditProducts: (request: BulkRequest) => callEndpoint('bulkEditProducts', { body: request }),

  /** Creates and updates products by SKU from CSV text; `dry-run` writes nothing. */
  importProducts: (csv: string, mode: ImportMode) => callEndpoint('importProducts', { body: { csv, mode } }),

  /** Swaps a category with its neighbour among its siblings. */
  moveCategory: (id: Id, direction: 'up' | 'down') =>
    callEndpoint('moveCategory', { id, body: { direction } }),
};
