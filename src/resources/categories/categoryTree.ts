import { useMemo } from 'react';
import { useGetList } from 'react-admin';
import type { Category, Id } from '../../domain/types';

/** A category with what its place in the two-level tree tells. */
export interface CategoryNode<C extends Category = Category> {
  category: C;
  /** 0 for a top-level category, 1 for a subcategory. */
  depth: number;
  /** Whether it is first / last among its siblings (it cannot move further up / down). */
  first: boolean;
  last: boolean;
}

const byPosition = (a: Category, b: Category) => a.position - b.position || a.id - b.id;

/**
 * The categories in reading order: each top-level category (by position)
 * followed by its subcategories. A category whose parent is missing from the
 * list is shown at the top level rather than dropped.
 */
export function categoryTree<C extends Category>(categories: readonly C[]): CategoryNode<C>[] {
  const ids = new Set(categories.map((c) => c.id));
  const children = new Map<Id, C[]>();
  const roots: C[] = [];
  for (const category of categories) {
    if (category.parentId !== null && ids.has(category.parentId)) {
      const siblings = children.get(category.parentId) ?? [];
      siblings.push(category);
      children.set(category.parentId, siblings);
    } else {
      roots.push(category);
    }
  }
  const nodes: CategoryNode<C>[] = [];
  const visit = (siblings: C[], depth: number) => {
    siblings.sort(byPosition).forEach((category, index) => {
      nodes.push({ category, depth, first: index === 0, last: index === siblings.length - 1 });
      visit(children.get(category.id) ?? [], depth + 1);
    });
  };
  visit(roots, 0);
  return nodes;
}

/** Enough for any real catalog's categories; the API allows up to 5,000 per page. */
export const ALL_CATEGORIES = { page: 1, perPage: 1000 } as const;

/** Every category, in tree order, with a lookup by id. */
export function useCategoryTree() {
  const { data, isPending, error } = useGetList<Category>('categories', {
    pagination: ALL_CATEGORIES,
    sort: { field: 'position', order: 'ASC' },
  });
  return useMemo(
    () => ({
      nodes: categoryTree(data ?? []),
      byId: new Map((data ?? []).map((category) => [category.id, category])),
      isPending,
      error,
    }),
    [data, isPending, error],
  );
}
