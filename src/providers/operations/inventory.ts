/** Named inventory operations of the data provider (beyond CRUD); each calls one endpoint of the contract. */
import type { BodyOf, ResponseOf } from '../../domain/contract/endpoints';
import { apiUrl, httpClient } from '../httpClient';
import { callEndpoint, listParams } from './request';

/** A change by a signed number of units, or (reason `count`) a count of what is on the shelf. */
export type StockAdjustmentRequest = BodyOf<'adjustStock'>;
export type StockChange = ResponseOf<'adjustStock'>;
export type BatchReceiptRequest = BodyOf<'receiveStockBatch'>;
export type ReceiptLine = BatchReceiptRequest['lines'][number];
export type TransferReceipt = BodyOf<'receiveTransfer'>;

const TRANSFER_STEPS = {
  dispatch: 'dispatchTransfer',
  receive: 'receiveTransfer',
  cancel: 'cancelTransfer',
} as const;
export type TransferStep = keyof typeof TRANSFER_STEPS;

export interface CsvFile {
  blob: Blob;
  fileName: string;
}

const FILE_NAME = /filename="?([^";]+)"?/;

/**
 * A CSV export with the user's token and language. The body arrives as text
 * (fetch drops the byte-order mark), so the mark is put back for spreadsheet programs.
 */
async function exportCsv(
  resource: string,
  filter: object,
  sort?: [string, 'ASC' | 'DESC'],
): Promise<CsvFile> {
  const { body, headers } = await httpClient(
    apiUrl(`/${resource}/export.csv${listParams({ filter, sort })}`),
    {
      headers: new Headers({ Accept: 'text/csv' }),
    },
  );
  const fileName = FILE_NAME.exec(headers.get('Content-Disposition') ?? '')?.[1] ?? `${resource}.csv`;
  return { blob: new Blob([`\uFEFF${body}`], { type: 'text/csv;charset=utf-8' }), fileName };
}

export const inventoryOperations = {
  adjustStock: (request: StockAdjustmentRequest) => callEndpoint('adjustStock', { body: request }),

  /** Applies every line at once, or none: a 422 names the bad lines as `lines.<index>.sku|quantity`. */
  receiveStockBatch: (request: BatchReceiptRequest) => callEndpoint('receiveStockBatch', { body: request }),

  /** Undoes a manual adjustment with a compensating movement; the original stays in the ledger. */
  reverseStockMovement: (id: number, note?: string) =>
    callEndpoint('reverseStockMovement', { id, body: note ? { note } : {} }),

  stepStockTransfer: (id: number, step: TransferStep, body: TransferReceipt = {}) =>
    callEndpoint(TRANSFER_STEPS[step], { id, body }),

  /** Every movement matching the list filter, not just one page. */
  exportStockMovements: (filter: object) => exportCsv('stock-movements', filter, ['createdAt', 'DESC']),
};
