/**
 * Which cart lines a promotion targets, and how buy-X-get-Y groups them. A
 * promotion on a category covers that category's subcategories too.
 */
import type { Id } from '../types';
import type { CartLine, CategoryTree, PromotionTerms } from './types';

export type ParentMap = ReadonlyMap<Id, Id | null>;
type Targeting = Pick<PromotionTerms, 'scope' | 'categoryIds' | 'productIds'>;

export function toParentMap(categories: CategoryTree): ParentMap {
  if (categories instanceof Map) return categories;
  return new Map((categories as readonly { id: Id; parentId: Id | null }[]).map((c) => [c.id, c.parentId]));
}

/** The category and its ancestors, nearest first; a cycle in bad data ends the walk. */
export function categoryLineage(categoryId: Id | null, parents: ParentMap): Id[] {
  const lineage: Id[] = [];
  for (
    let id = categoryId;
    id !== null && id !== undefined && !lineage.includes(id);
    id = parents.get(id) ?? null
  ) {
    lineage.push(id);
  }
  return lineage;
}

/**
 * The buy-X-get-Y group a line falls into, or null when the promotion does not
 * target it: the whole order is one group; otherwise each listed product, and
 * each listed category (with its subcategories), is a group of its own. A line
 * under two listed categories counts for the first one listed.
 */
export function targetGroup(
  promotion: Targeting,
  line: Pick<CartLine, 'productId' | 'categoryId'>,
  parents: ParentMap,
): string | null {
  switch (promotion.scope) {
    case 'order':
      return 'order';
    case 'products':
      return promotion.productIds.includes(line.productId) ? `product:${line.productId}` : null;
    case 'categories': {
      const lineage = categoryLineage(line.categoryId, parents);
      const hit = promotion.categoryIds.find((id) => lineage.includes(id));
      return hit === undefined ? null : `category:${hit}`;
    }
  }
}

export function targets(
  promotion: Targeting,
  line: Pick<CartLine, 'productId' | 'categoryId'>,
  parents: ParentMap,
): boolean {
  return targetGroup(promotion, line, parents) !== null;
}

/** Whether two category lists share a category, counting ancestors and subcategories. */
function categoriesMeet(a: readonly Id[], b: readonly Id[], parents: ParentMap): boolean {
  return a.some((x) =>
    b.some((y) => categoryLineage(x, parents).includes(y) || categoryLineage(y, parents).includes(x)),
  );
}

/** Whether two promotions could discount the same product. */
export function targetsOverlap(
  a: Targeting,
  b: Targeting,
  parents: ParentMap,
  productCategory: ReadonlyMap<Id, Id | null>,
): boolean {
  if (a.scope === 'order' || b.scope === 'order') return true;
  if (a.scope === 'products' && b.scope === 'products')
    return a.productIds.some((id) => b.productIds.includes(id));
  if (a.scope === 'categories' && b.scope === 'categories')
    return categoriesMeet(a.categoryIds, b.categoryIds, parents);
  const [byProduct, byCategory] = a.scope === 'products' ? [a, b] : [b, a];
  return byProduct.productIds.some((productId) =>
    targets(byCategory, { productId, categoryId: productCategory.get(productId) ?? null }, parents),
  );
}
