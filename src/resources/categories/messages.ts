import type { MessageShape } from '../../components/messageShape';

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

export const de: MessageShape<typeof en> = {
  name: 'Kategorie |||| Kategorien',
  fields: {
    id: 'ID',
    name: 'Name',
    slug: 'URL-Kürzel',
    parentId: 'Oberkategorie',
    position: 'Position',
    productCount: 'Produkte',
    updatedAt: 'Zuletzt geändert',
  },
  screen: {
    empty: 'Noch keine Kategorien.',
    topLevel: 'Oberste Ebene',
    slugHint: 'Leer lassen, um es aus dem Namen abzuleiten.',
    parentHint: 'Leer lassen für eine Hauptkategorie.',
    tree: 'Kategorien und ihre Unterkategorien',
    productCount: '1 Produkt |||| %{smart_count} Produkte',
    moveUp: '%{name} nach oben',
    moveDown: '%{name} nach unten',
    addChild: 'Unterkategorie zu %{name} hinzufügen',
    delete: '%{name} löschen',
    deleteTitle: 'Kategorie %{name} löschen?',
    deleteContent:
      'Nur eine leere Kategorie kann gelöscht werden: Verschieben Sie zuerst ihre Produkte und Unterkategorien.',
    deleted: 'Kategorie %{name} gelöscht.',
  },
};
