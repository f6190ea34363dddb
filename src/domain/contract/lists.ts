/**
 * The list dialect of ra-data-simple-rest: `sort`, `range` and `filter`, each a
 * JSON text in the query string. Which fields a collection filters and sorts
 * on is in ../resources.ts; the API checks those per collection.
 */
import { z } from './fields';
import { MAX_CODE_LENGTH, MAX_IDS, MAX_NAME_LENGTH, MAX_OBJECT_KEYS, MAX_QUERY_PARAM_LENGTH } from './limits';

const scalar = z.union([z.string().max(MAX_NAME_LENGTH), z.number(), z.boolean(), z.null()]);

/** `{ "status": "paid", "total_gte": 1000, "id": [3, 5] }`: field, operator suffix, value or list. */
export const listFilter = z
  .record(z.string().max(MAX_CODE_LENGTH * 2), z.union([scalar, z.array(scalar).max(MAX_IDS)]))
  .refine((filter) => Object.keys(filter).length <= MAX_OBJECT_KEYS, 'errors.tooManyKeys');

/** `["field", "ASC" | "DESC"]`. */
export const listSortParam = z.tuple([z.string().max(MAX_CODE_LENGTH * 2), z.enum(['ASC', 'DESC'])]);

const jsonText = (description: string, example: string) =>
  z
    .string()
    .max(MAX_QUERY_PARAM_LENGTH)
    .meta({ description, examples: [example] });

/** The query of every collection's list and CSV export, as documented; the API parses the JSON inside. */
export const listQuery = z.strictObject({
  sort: jsonText('A sortable field and ASC or DESC, as JSON.', '["createdAt","DESC"]').optional(),
  range: jsonText('First and last index, inclusive, as JSON (at most 5,000 records).', '[0,24]').optional(),
  filter: jsonText(
    'Conditions combined with AND, as a JSON object: `q` searches; `field`, `field_gte`, `field_lte`, `field_gt`, `field_lt`, `field_neq`; a list means any of.',
    '{"status":"paid","placedAt_gte":"2025-01-01T00:00:00Z"}',
  ).optional(),
});

export const exportQuery = listQuery.omit({ range: true });

/** Deleting may name the version the client saw, like an update. */
export const deleteQuery = z.strictObject({
  version: z
    .string()
    .regex(/^\d{1,15}$/, 'errors.integer')
    .optional(),
});
