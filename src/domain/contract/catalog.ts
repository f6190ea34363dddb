/** Requests and answers of the catalog: products, categories, bulk edits, the CSV import. */
import { PRICE_ROUNDINGS } from '../catalog';
import { PRODUCT_STATUSES } from '../constants';
import {
  cents,
  code,
  count,
  id,
  ids,
  MAX_NOTE_LENGTH,
  nullableId,
  problemSchema,
  requiredText,
  text,
  whole,
  z,
} from './fields';
import {
  MAX_DESCRIPTION_LENGTH,
  MAX_IDS,
  MAX_IMPORT_CSV_LENGTH,
  MAX_MONEY_CENTS,
  MAX_NAME_LENGTH,
  MAX_URL_LENGTH,
} from './limits';
import { listFilter } from './lists';
import { product } from './records';

/** 3–40 characters: letters, digits, dot, dash, underscore; starts and ends with a letter or digit. */
export const SKU_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{1,38}[A-Za-z0-9]$/;
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EAN13_PATTERN = /^(\d{13})?$/;

/** A new product; every field but SKU and name has a default. */
export const productInput = z.strictObject({
  sku: code(SKU_PATTERN, 'errors.skuPattern'),
  name: requiredText(MAX_NAME_LENGTH),
  description: text(MAX_DESCRIPTION_LENGTH).optional(),
  categoryId: nullableId.optional(),
  price: cents.optional(),
  cost: cents.optional(),
  status: z.enum(PRODUCT_STATUSES).optional(),
  barcode: z.string().trim().regex(EAN13_PATTERN, 'errors.ean13').nullable().optional(),
  imageUrl: text(MAX_URL_LENGTH).nullable().optional(),
  weightGrams: whole().min(0).max(10_000_000).optional(),
});
export const productPatch = productInput.partial();

export const categoryInput = z.strictObject({
  name: requiredText(120),
  slug: z
    .string()
    .trim()
    .max(120)
    .regex(/^$|^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'errors.slugPattern')
    .optional(),
  parentId: nullableId.optional(),
  position: whole().min(0).max(100_000).optional(),
});
export const categoryPatch = categoryInput.partial();
export { SLUG_PATTERN };

export const categoryMove = z.strictObject({ direction: z.enum(['up', 'down']) });

export const priceChange = z.strictObject({
  /** percent: +10 raises by 10 %, −5 lowers by 5 %; amount: cents to add (negative lowers). */
  mode: z.enum(['percent', 'amount']),
  value: z.number().min(-MAX_MONEY_CENTS).max(MAX_MONEY_CENTS),
  rounding: z.enum(PRICE_ROUNDINGS),
});

export const BULK_ACTIONS = ['activate', 'archive', 'move', 'price'] as const;

/** A selection by id, or everything a list filter matches ("select all N matching"). */
export const bulkRequest = z.strictObject({
  action: z.enum(BULK_ACTIONS),
  ids: ids.max(MAX_IDS).optional(),
  filter: listFilter.optional(),
  categoryId: id.optional(),
  price: priceChange.optional(),
  preview: z.boolean().optional(),
});

const productFields = product.partial();

export const bulkChange = z.object({
  id,
  sku: z.string(),
  name: z.string(),
  before: productFields,
  after: productFields,
});

export const bulkResult = z.object({
  applied: z.boolean(),
  changes: z.array(bulkChange),
  /** How many of the changes the API would refuse (a preview only counts them). */
  refusals: count,
});

export const IMPORT_MODES = ['dry-run', 'strict', 'partial'] as const;

export const importRequest = z.strictObject({
  csv: z.string().min(1).max(MAX_IMPORT_CSV_LENGTH),
  mode: z.enum(IMPORT_MODES).optional(),
});

export const importReport = z.object({
  mode: z.enum(IMPORT_MODES),
  applied: z.boolean(),
  created: count,
  updated: count,
  unchanged: count,
  rejected: z.array(z.object({ line: count, sku: z.string(), errors: z.record(z.string(), problemSchema) })),
});
export { MAX_NOTE_LENGTH };
