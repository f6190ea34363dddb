/** Product and category rules, shared by the API and the catalog forms. */
import { PRODUCT_STATUSES, type Category, type Product, type ProductStatus } from '../types';
import { problem, type FieldProblems } from '../errors';
import { isValidEan13 } from '../ean13';
import { label } from '../messages/labels';
import { categoryInput, categoryPatch, productInput, productPatch, SKU_PATTERN } from '../contract/catalog';
import { referenceProblems, valueProblems, type Lookup } from '../contract/problems';

export { SKU_PATTERN };
export { MAX_MONEY_CENTS } from '../contract/limits';
export { PRODUCT_STATUSES };

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
  const problems = valueProblems(existing ? productPatch : productInput, input);
  referenceProblems(input, { categoryId: 'categories' }, problems, lookup);
  const next = { ...PRODUCT_DEFAULTS, ...existing, ...input } as Product;
  if (
    !problems.sku &&
    typeof input.sku === 'string' &&
    lookup?.skuTaken(input.sku.trim(), existing?.id ?? null)
  ) {
    problems.sku = problem('errors.skuTaken', { sku: input.sku.trim() });
  }
  if (
    !problems.barcode &&
    typeof input.barcode === 'string' &&
    input.barcode.trim() !== '' &&
    !isValidEan13(input.barcode.trim())
  ) {
    problems.barcode = problem('errors.ean13');
  }
  if (!problems.status && existing && input.status !== undefined && input.status !== existing.status) {
    const allowed = PRODUCT_STATUS_TRANSITIONS[existing.status];
    if (!allowed.includes(input.status as ProductStatus)) {
      problems.status = problem('errors.productStatusTransition', {
        from: label('product', existing.status),
        to: (PRODUCT_STATUSES as readonly unknown[]).includes(input.status)
          ? label('product', String(input.status))
          : String(input.status),
        allowed: allowed.map((s) => label('product', s)),
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
  const problems = valueProblems(existing ? categoryPatch : categoryInput, input);
  referenceProblems(input, { parentId: 'categories' }, problems, lookup);
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
