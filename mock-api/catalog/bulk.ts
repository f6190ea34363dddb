/**
 * `POST /api/products/bulk`: activate, archive, move to a category or change
 * prices for a selection (`ids`) or everything matching a list `filter`. One
 * transaction: it succeeds for every product or changes nothing, and a refusal
 * lists each product's reason. `preview: true` answers what would change.
 */
import { DomainError, hasProblems, problem, type FieldProblems, type Problem } from '../../src/domain/errors';
import { changedPrice, PRICE_ROUNDINGS, type PriceChange } from '../../src/domain/catalog';
import { RESOURCE_SCHEMAS } from '../../src/domain/resources';
import type { Product } from '../../src/domain/types';
import { validateProduct } from '../../src/domain/validation/catalog';
import { recordAudit } from '../audit';
import type { RequestContext } from '../http/context';
import { lookupFor } from '../lookups';
import { runList } from '../rest/list';
import { parseListQuery } from '../rest/query';
import { rulesFor } from '../rest/rules';
import { computedValueOf } from '../rest/matching';
import type { Database, RecordReader, StoredRecord, WriteTransaction } from '../store/database';

export const BULK_ACTIONS = ['activate', 'archive', 'move', 'price'] as const;
type BulkAction = (typeof BULK_ACTIONS)[number];
export const MAX_BULK = 20_000;

interface BulkRequest {
  action: BulkAction;
  targets: Product[];
  categoryId?: number;
  price?: PriceChange;
}

export interface BulkChange {
  id: number;
  sku: string;
  name: string;
  before: Partial<Product>;
  after: Partial<Product>;
}

async function targetsOf(
  db: Database,
  tx: RecordReader,
  ctx: RequestContext,
  input: Record<string, unknown>,
): Promise<Product[]> {
  if (Array.isArray(input.ids)) {
    const found: Product[] = [];
    for (const id of input.ids) {
      const product = await tx.get<Product>('products', Number(id));
      if (product) found.push(product);
    }
    return found;
  }
  if (typeof input.filter !== 'object' || input.filter === null) {
    throw new DomainError(422, problem('errors.invalid'), { ids: problem('errors.bulkNeedsTargets') });
  }
  const rules = rulesFor('products')!;
  const query = parseListQuery(
    { filter: JSON.stringify(input.filter) },
    {
      resource: 'products',
      schema: RESOURCE_SCHEMAS.products,
      virtualFilters: Object.keys(rules.virtualFilters ?? {}),
    },
  );
  query.end = Number.MAX_SAFE_INTEGER;
  const extra = [];
  for (const [f, v] of Object.entries(query.virtual)) extra.push(await rules.virtualFilters![f]!(v, ctx, db));
  const valueOf = await computedValueOf(db, rules, query);
  const rows = runList(
    await tx.all<StoredRecord>('products'),
    query,
    RESOURCE_SCHEMAS.products.search,
    extra,
    valueOf,
  ).rows;
  return rows as unknown as Product[];
}

/**
 * The request, with its products read in `tx`. Filters on computed fields
 * (stock state, margin) are judged on committed figures read from `db`.
 */
export async function parseBulk(
  db: Database,
  tx: RecordReader,
  ctx: RequestContext,
  input: Record<string, unknown>,
): Promise<BulkRequest> {
  const problems: FieldProblems = {};
  const action = input.action as BulkAction;
  if (!BULK_ACTIONS.includes(action))
    problems.action = problem('errors.notOneOf', { allowed: BULK_ACTIONS.join(', ') });
  if (
    action === 'move' &&
    !(Number.isInteger(input.categoryId) && (await tx.get('categories', input.categoryId as number)))
  ) {
    problems.categoryId = problem('errors.unknownReference', {
      resource: 'categories',
      id: String(input.categoryId),
    });
  }
  const price = input.price as PriceChange | undefined;
  if (action === 'price') {
    const valid =
      price &&
      (price.mode === 'percent' || price.mode === 'amount') &&
      Number.isFinite(price.value) &&
      PRICE_ROUNDINGS.includes(price.rounding) &&
      (price.mode === 'amount' ? Number.isInteger(price.value) : price.value > -100);
    if (!valid) problems.price = problem('errors.bulkPriceChange');
  }
  if (hasProblems(problems)) throw new DomainError(422, problem('errors.invalid'), problems);
  const targets = await targetsOf(db, tx, ctx, input);
  if (targets.length === 0)
    throw new DomainError(422, problem('errors.invalid'), { ids: problem('errors.bulkNeedsTargets') });
  if (targets.length > MAX_BULK)
    throw new DomainError(422, problem('errors.invalid'), {
      ids: problem('errors.tooManyLines', { max: MAX_BULK }),
    });
  return { action, targets, categoryId: input.categoryId as number | undefined, price };
}

function patchFor(request: BulkRequest, product: Product): Partial<Product> {
  switch (request.action) {
    case 'activate':
      return { status: 'active' };
    case 'archive':
      return { status: 'archived' };
    case 'move':
      return { categoryId: request.categoryId! };
    case 'price':
      return { price: changedPrice(product.price, request.price!) };
  }
}

/** Every product's change, or every product's reason for refusing; nothing is written. */
export async function planBulk(
  tx: WriteTransaction,
  request: BulkRequest,
): Promise<{ changes: BulkChange[]; refusals: Record<string, Problem> }> {
  const lookup = await lookupFor(tx, ['products', 'categories']);
  const changes: BulkChange[] = [];
  const refusals: Record<string, Problem> = {};
  for (const product of request.targets) {
    const patch = patchFor(request, product);
    const unchanged = Object.entries(patch).every(([k, v]) => product[k as keyof Product] === v);
    if (unchanged) continue;
    const problems = validateProduct(patch, product, lookup);
    const first = Object.values(problems)[0];
    if (first)
      refusals[String(product.id)] = {
        key: 'errors.bulkRefusedProduct',
        params: { sku: product.sku, reason: { t: first.key, params: first.params } },
      };
    const before = Object.fromEntries(Object.keys(patch).map((k) => [k, product[k as keyof Product]]));
    changes.push({ id: product.id, sku: product.sku, name: product.name, before, after: patch });
  }
  return { changes, refusals };
}

export async function applyBulk(
  tx: WriteTransaction,
  ctx: RequestContext,
  changes: BulkChange[],
): Promise<void> {
  for (const change of changes) {
    const before = (await tx.get<Product>('products', change.id))!;
    const after = await tx.update<Product>('products', change.id, change.after);
    await recordAudit(tx, ctx, { action: 'bulk', resource: 'products', recordId: change.id, before, after });
  }
}
