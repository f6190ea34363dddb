export const en = {
  name: 'Category |||| Categories',
  fields: {
    id: 'ID',
    name: 'Name',
    slug: 'Slug',
    parentId: 'Parent category',
    position: 'Position',
    productCount: 'Products',
    updatedAt: 'Last changed',
  },
  screen: {
    empty: 'No categories yet.',
    topLevel: 'Top level',
    slugHint: 'Leave empty to derive it from the name.',
    parentHint: 'Leave empty for a top-level category.',
    tree: 'Categories and their subcategories',
    productCount: '1 product |||| %{smart_count} products',
    moveUp: 'Move %{name} up',
    moveDown: 'Move %{name} down',
    addChild: 'Add a subcategory to %{name}',
    delete: 'Delete %{name}',
    deleteTitle: 'Delete the category %{name}?',
    deleteContent:
      'Only an empty category can be deleted: move its products and subcategories elsewhere first.',
    deleted: 'Category %{name} deleted.',
  },
};
