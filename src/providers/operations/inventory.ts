/** Named inventory operations of the data provider (beyond CRUD); each calls one endpoint of the contract. */
import type { BodyOf, ResponseOf } from '../../domain/contract/endpoints';
import { callEndpoint } from './request';

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

export const inventoryOperations = {
  adjustStock: (request: StockAdjustmentRequest) => callEndpoint('adjustStock', { body: request }),

  /** Applies every line at once, or none: a 422 names the bad lines as `lines.<index>.sku|quantity`. */
  receiveStockBatch: (request: BatchReceiptRequest) => callEndpoint('receiveStockBatch', { body: request }),

  /** Undoes a manual adjustment with a compensating movement; the original stays in the ledger. */
  reverseStockMovement: (id: number, note?: string) =>
    callEndpoint('reverseStockMovement', { id, body: note ? { note } : {} }),

  stepStockTransfer: (id: number, step: TransferStep, body: TransferReceipt = {}) =>
    callEndpoint(TRANSFER_STEPS[step], { id, body }),
};
