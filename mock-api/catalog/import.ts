/**
 * `POST /api/products/import { csv, mode }`: creates and updates products by
 * SKU. `dry-run` reports what would be created, updated, left unchanged and
 * rejected (with line numbers and reasons) and writes nothing; `strict`
 * applies only if no line is rejected; `partial` applies the valid lines and
 * reports the rest. Either way the write is one transaction.
 */
import { parseMoney } from '../../src/domain/catalog';
import { parseCsv } from '../../src/domain/csv';
import { DomainError, hasProblems, problem, type FieldProblems } from '../../src/domain/errors';
import type { Product } from '../../src/domain/types';
import { PRODUCT_DEFAULTS, validateProduct, type CatalogLookup } from '../../src/domain/validation/catalog';
import { recordAudit } from '../audit';
import type { RequestContext } from '../http/context';
import { lookupFor } from '../lookups';
import { createStockLevels } from '../inventory/ledger';
import type { WriteTransaction } from '../store/database';

export const IMPORT_MODES = ['dry-run', 'strict', 'partial'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];
export const MAX_IMPORT_ROWS = 50_000;
/** Columns the import reads; any other column (categoryName, margin, …) is ignored. */
export const IMPORT_COLUMNS = [
  'sku',
  'name',
  'description',
  'categoryId',
  'price',
  'cost',
  'status',
  'barcode',
  'weightGrams',
  'imageUrl',
];

interface PlannedRow {
  line: number;
  sku: string;
  kind: 'create' | 'update' | 'unchanged';
  existing: Product | null;
  input: Record<string, unknown>;
}

export interface ImportReport {
  mode: ImportMode;
  applied: boolean;
  created: number;
  updated: number;
  unchanged: number;
  rejected: Array<{ line: number; sku: string; errors: FieldProblems }>;
}

/** Turns one CSV row into product fields, reporting cells that are not numbers or amounts. */
function rowToInput(values: Record<string, string>): {
  input: Record<string, unknown>;
  problems: FieldProblems;
} {
  const input: Record<string, unknown> = {};
  const problems: FieldProblems = {};
  for (const column of IMPORT_COLUMNS) {
    if (!(column in values)) continue;
    const raw = values[column]!.trim();
    if (column === 'price' || column === 'cost') {
      const cents = raw === '' ? 0 : parseMoney(raw);
      if (cents === null) problems[column] = problem('errors.money');
      else input[column] = cents;
    } else if (column === 'categoryId' || column === 'weightGrams') {
      if (raw === '') input[column] = column === 'categoryId' ? null : 0;
      else if (/^\d+$/.test(raw)) input[column] = Number(raw);
      else problems[column] = problem('errors.integer');
    } else if (column === 'barcode' || column === 'imageUrl') input[column] = raw === '' ? null : raw;
    else input[column] = raw;
  }
  return { input, problems };
}

/** Validates every line against the database and the lines before it (a SKU twice in one file is refused). */
export async function planImport(
  tx: WriteTransaction,
  csv: string,
): Promise<{ rows: PlannedRow[]; rejected: ImportReport['rejected'] }> {
  const parsed = parseCsv(csv);
  if (!parsed.header.includes('sku'))
    throw new DomainError(422, problem('errors.invalid'), { csv: problem('errors.csvNeedsSku') });
  if (parsed.rows.length > MAX_IMPORT_ROWS)
    throw new DomainError(422, problem('errors.invalid'), {
      csv: problem('errors.tooManyLines', { max: MAX_IMPORT_ROWS }),
    });
  const bySku = new Map<string, Product>();
  for (const p of await tx.all<Product>('products')) bySku.set(p.sku.toLowerCase(), p);
  const seenInFile = new Map<string, number>();
  const base = await lookupFor(tx, ['products', 'categories']);
  const rows: PlannedRow[] = [];
  const rejected: ImportReport['rejected'] = [];
  for (const { line, values } of parsed.rows) {
    const { input, problems } = rowToInput(values);
    const sku = String(input.sku ?? '');
    const key = sku.toLowerCase();
    const existing = bySku.get(key) ?? null;
    const lookup: CatalogLookup = {
      ...base,
      skuTaken: (value, exceptId) => {
        const owner = bySku.get(value.toLowerCase());
        return seenInFile.has(value.toLowerCase()) || (owner !== undefined && owner.id !== exceptId);
      },
    };
    const changes = existing ? changedFields(existing, input) : input;
    Object.assign(problems, { ...validateProduct(changes, existing, lookup), ...problems });
    if (seenInFile.has(key)) problems.sku = problem('errors.skuTwiceInFile', { line: seenInFile.get(key)! });
    if (hasProblems(problems)) rejected.push({ line, sku, errors: problems });
    else {
      const kind = existing ? (Object.keys(changes).length === 0 ? 'unchanged' : 'update') : 'create';
      rows.push({ line, sku, kind, existing, input: changes });
    }
    if (key) seenInFile.set(key, line);
  }
  return { rows, rejected };
}

function changedFields(existing: Product, input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(input).filter(
      ([field, value]) => field !== 'sku' && existing[field as keyof Product] !== value,
    ),
  );
}

export async function applyImport(
  tx: WriteTransaction,
  ctx: RequestContext,
  rows: PlannedRow[],
): Promise<void> {
  for (const row of rows) {
    if (row.kind === 'create') {
      const record = await tx.insert('products', {
        ...PRODUCT_DEFAULTS,
        ...row.input,
        sku: row.sku.toUpperCase(),
      });
      await createStockLevels(tx, { productId: record.id });
      await recordAudit(tx, ctx, {
        action: 'import',
        resource: 'products',
        recordId: record.id,
        before: null,
        after: record,
      });
    } else if (row.kind === 'update') {
      const after = await tx.update('products', row.existing!.id, row.input);
      await recordAudit(tx, ctx, {
        action: 'import',
        resource: 'products',
        recordId: row.existing!.id,
        before: row.existing,
        after,
      });
    }
  }
}

export function reportOf(
  mode: ImportMode,
  applied: boolean,
  rows: PlannedRow[],
  rejected: ImportReport['rejected'],
): ImportReport {
  const count = (kind: PlannedRow['kind']) => rows.filter((r) => r.kind === kind).length;
  return {
    mode,
    applied,
    created: count('create'),
    updated: count('update'),
    unchanged: count('unchanged'),
    rejected,
  };
}
