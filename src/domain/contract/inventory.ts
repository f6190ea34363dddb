/** Requests and answers of the stock screens: warehouses, levels, adjustments, receipts, transfers. */
import { MANUAL_STOCK_REASONS } from '../constants';
import {
  id,
  lines,
  MAX_NOTE_LENGTH,
  note,
  quantity,
  requiredText,
  stockQuantity,
  text,
  version,
  whole,
  z,
} from './fields';
import { MAX_CODE_LENGTH, MAX_LINES, MAX_QUANTITY } from './limits';
import { stockLevel, stockMovement, stockTransfer } from './records';

export const warehouseInput = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z]{2,6}$/, 'errors.warehouseCodePattern'),
  name: requiredText(120),
  city: requiredText(120),
});
export const warehousePatch = warehouseInput.partial();

/** Quantities change only through adjustments, transfers and shipments; these two are plain settings. */
export const stockLevelPatch = z.strictObject({
  reorderPoint: stockQuantity.optional(),
  binLocation: text(MAX_CODE_LENGTH).optional(),
});

const delta = whole().min(-MAX_QUANTITY).max(MAX_QUANTITY);

/**
 * A change by a signed number of units, or (reason `count`) the quantity found
 * on the shelf. `expectedOnHand` is compare-and-set: refused with 409 when on
 * hand is no longer what the user saw.
 */
export const stockAdjustment = z
  .strictObject({
    productId: id,
    warehouseId: id,
    reason: z.enum(MANUAL_STOCK_REASONS),
    note: note.optional(),
    delta: delta.optional(),
    countedQuantity: stockQuantity.optional(),
    expectedOnHand: stockQuantity.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.reason === 'count') {
      if (input.countedQuantity === undefined)
        ctx.addIssue({ code: 'custom', path: ['countedQuantity'], message: 'errors.required' });
      if (input.delta !== undefined)
        ctx.addIssue({ code: 'custom', path: ['delta'], message: 'errors.countTakesQuantity' });
      return;
    }
    if (input.delta === undefined)
      ctx.addIssue({ code: 'custom', path: ['delta'], message: 'errors.required' });
    else if (input.delta === 0)
      ctx.addIssue({ code: 'custom', path: ['delta'], message: 'errors.zeroDelta' });
    if (input.countedQuantity !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['countedQuantity'], message: 'errors.quantityOnlyForCount' });
    }
  });

export const stockChange = z.object({ movement: stockMovement, stockLevel });

export const RECEIPT_REASONS = MANUAL_STOCK_REASONS.filter((reason) => reason !== 'count') as Exclude<
  (typeof MANUAL_STOCK_REASONS)[number],
  'count'
>[];

/** One scanned or typed line: a SKU or barcode (or a product id) and how many. */
export const receiptLine = z
  .strictObject({
    sku: z.string().trim().min(1).max(MAX_CODE_LENGTH).optional(),
    productId: id.optional(),
    quantity: z
      .number('errors.lineQuantity')
      .int('errors.lineQuantity')
      .min(1, 'errors.lineQuantity')
      .max(MAX_QUANTITY),
  })
  .refine((line) => line.sku !== undefined || line.productId !== undefined, {
    path: ['sku'],
    message: 'errors.required',
  });

export const batchReceipt = z.strictObject({
  warehouseId: id,
  reason: z.enum(RECEIPT_REASONS as [string, ...string[]]).optional(),
  note: note.optional(),
  lines: lines(receiptLine, MAX_LINES),
});

export const batchReceiptResult = z.object({ movements: z.array(stockMovement) });

export const movementReversal = z.strictObject({ note: text(MAX_NOTE_LENGTH).optional() });

const transferLine = z.strictObject({ productId: id, quantity });

export const transferInput = z.strictObject({
  fromWarehouseId: id,
  toWarehouseId: id,
  items: lines(transferLine, MAX_LINES),
  note: note.optional(),
});
export const transferPatch = transferInput.partial().extend({ version: version.optional() });

/** Dispatch and cancel take nothing but, optionally, the version the user saw. */
export const transferStep = z.strictObject({ version: version.optional() });

export const transferReceipt = z.strictObject({
  version: version.optional(),
  /** What arrived per product; a product left out arrived in full. */
  items: z
    .array(z.strictObject({ productId: id, receivedQuantity: stockQuantity }))
    .max(MAX_LINES)
    .optional(),
  shortfallReason: text(MAX_NOTE_LENGTH).optional(),
});

export const transferRecord = stockTransfer;
