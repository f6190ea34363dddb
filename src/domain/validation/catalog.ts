/** Product and category rules, shared by the API and the catalog forms. */
import { PRODUCT_STATUSES, type Category, type Product, type ProductStatus } from '../types';
import { problem, type FieldProblems } from '../errors';
import { isValidEan13 } from '../ean13';
import { checkFields, type FieldSpec, type Lookup } from './fields';

/** 3–40 characters: letters, digits, dot, dash, underscore; starts and ends with a letter or digit. */
export const SKU_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{1,38}[A-Za-z0-9]$/;
export const MAX_MONEY_CENTS = 100_000_000;

export const PRODUCT_FIELDS: FieldSpec = {
  sku: { kind: 'text', required: true, max: 40, pattern: SKU_PATTERN, patternKey: 'errors.skuPattern' },
  name: { kind: 'text', required: true, max: 200 },
  description: { kind: 'text', max: 5000 },
  categoryId: { kind: 'ref', collection: 'categories', nullable: true },
  price: { kind: 'integer', min: 0, max: MAX_MONEY_CENTS },
  cost: { kind: 'integer', min: 0, max: MAX_MONEY_CENTS },
  status: { kind: 'enum', values: PRODUCT_STATUSES },
  barcode: { kind: 'text', max: 13 },
  imageUrl: { kind: 'text', max: 500 },
  weightGrams: { kind: 'integer', min: 0, max: 10_000_000 },
};

export const PRODUCT_DEFAULTS: Omit<Product, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'sku' | 'name'> =
  {
    description: '',
    categoryId: null,
    price: 0,
    cost: 0,
    status: 'draft',
    barcode: null,
    imageUrl: null,
    weightGrams: 0,
  };

export const PRODUCT_STATUS_TRANSITIONS: Record<ProductStatus, readonly ProductStatus[]> = {
  draft: ['active'],
  active: ['archived'],
  archived: ['active'],
};

export interface CatalogLookup extends Lookup {
  /** Whether another product (not `exceptId`) has this SKU, ignoring case. */
  skuTaken(sku: string, exceptId: number | null): boolean;
}

/**
 * Problems with a product create (`existing` null) or a partial update.
 * Cross-field rules look at the record as it would be after the change.
 */
export function validateProduct(
  input: Record<string, unknown>,
  existing: Product | null,
  lookup?: CatalogLookup,
): FieldProblems {
  const problems = checkFields(PRODUCT_FIELDS, input, {
    creating: existing === null,
    lookup,
    ignore: ['version'],
  });
  const next = { ...PRODUCT_DEFAULTS, ...existing, ...input } as Product;
  if (!problems.sku && typeof input.sku === 'string' && lookup?.skuTaken(input.sku, existing?.id ?? null)) {
    problems.sku = problem('errors.skuTaken', { sku: input.sku });
  }
  if (
    !problems.barcode &&
    typeof input.barcode === 'string' &&
    input.barcode !== '' &&
    !isValidEan13(input.barcode)
  ) {
    problems.barcode = problem('errors.ean13');
  }
  if (!problems.status && existing && input.status !== undefined && input.status !== existing.status) {
    const allowed = PRODUCT_STATUS_TRANSITIONS[existing.status];
    if (!allowed.includes(input.status as ProductStatus)) {
      problems.status = problem('errors.productStatusTransition', {
        from: existing.status,
        to: String(input.status),
        allowed: allowed.join(', '),
      });
    }
  }
  if (next.status === 'active' && !problems.status) {
    if (!problems.price && !(typeof next.price === 'number' && next.price > 0)) {
      problems.price = problem('errors.activeNeedsPrice');
    }
    if (!problems.categoryId && (next.categoryId === null || next.categoryId === undefined)) {
      problems.categoryId = problem('errors.activeNeedsCategory');
    }
  }
  return problems;
}

export const CATEGORY_FIELDS: FieldSpec = {
  name: { kind: 'text', required: true, max: 120 },
  slug: { kind: 'text', max: 120, pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/, patternKey: 'errors.slugPattern' },
  parentId: { kind: 'ref', collection: 'categories', nullable: true },
  position: { kind: 'integer', min: 0, max: 100_000 },
};

export interface CategoryLookup extends Lookup {
  category(id: number): Category | undefined;
  hasChildren(id: number): boolean;
}

/** The tree has two levels: a parent must be top-level, and a category with children cannot move under another. */
export function validateCategory(
  input: Record<string, unknown>,
  existing: Category | null,
  lookup?: CategoryLookup,
): FieldProblems {
  const problems = checkFields(CATEGORY_FIELDS, input, {
    creating: existing === null,
    lookup,
    ignore: ['version'],
  });
  const parentId = input.parentId;
  if (problems.parentId || typeof parentId !== 'number' || !lookup) return problems;
  if (existing && parentId === existing.id) problems.parentId = problem('errors.categorySelfParent');
  else if (lookup.category(parentId)?.parentId != null) problems.parentId = problem('errors.categoryDepth');
  else if (existing && lookup.hasChildren(existing.id))
    problems.parentId = problem('errors.categoryHasChildren');
  return problems;
}

export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
