/** Named inventory operations of the data provider (beyond CRUD); each calls one API endpoint. */
import type { ManualStockReason, StockLevel, StockMovement, StockTransfer } from '../../domain/types';
import { apiUrl, httpClient } from '../httpClient';
import { callApi, listParams } from './request';

interface AdjustmentCommon {
  productId: number;
  warehouseId: number;
  note?: string;
  /** The on hand the user saw; the API refuses with 409 when it has changed since. */
  expectedOnHand?: number;
}

/** A change by a signed number of units, or a count of what is on the shelf. */
export type StockAdjustmentRequest =
  | (AdjustmentCommon & { reason: Exclude<ManualStockReason, 'count'>; delta: number })
  | (AdjustmentCommon & { reason: 'count'; countedQuantity: number });

export interface StockChange {
  movement: StockMovement;
  stockLevel: StockLevel;
}

export interface ReceiptLine {
  /** SKU or barcode, as typed or scanned. */
  sku: string;
  quantity: number;
}

export interface BatchReceiptRequest {
  warehouseId: number;
  reason?: Exclude<ManualStockReason, 'count'>;
  note?: string;
  lines: ReceiptLine[];
}

export interface TransferReceipt {
  items: Array<{ productId: number; receivedQuantity: number }>;
  shortfallReason?: string;
}

export type TransferStep = 'dispatch' | 'receive' | 'cancel';

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
  adjustStock: (request: StockAdjustmentRequest) =>
    callApi<StockChange>('POST', '/stock-adjustments', request),

  /** Applies every line at once, or none: a 422 names the bad lines as `lines.<index>.sku|quantity`. */
  receiveStockBatch: (request: BatchReceiptRequest) =>
    callApi<{ movements: StockMovement[] }>('POST', '/stock-adjustments/batch', request),

  /** Undoes a manual adjustment with a compensating movement; the original stays in the ledger. */
  reverseStockMovement: (id: number, note?: string) =>
    callApi<StockChange>('POST', `/stock-movements/${id}/reverse`, note ? { note } : {}),

  stepStockTransfer: (id: number, step: TransferStep, body: TransferReceipt | object = {}) =>
    callApi<StockTransfer>('POST', `/stock-transfers/${id}/${step}`, body),

  /** Every movement matching the list filter, not just one page. */
  exportStockMovements: (filter: object) => exportCsv('stock-movements', filter, ['createdAt', 'DESC']),
};
