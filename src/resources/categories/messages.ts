import type { MessageShape } from '../../components/messageShape';

export const en = {
  name: 'Category |||| Categories',
  fields: {
    id: 'ID',
    name: 'Name',
    slug: 'Slug',
    parentId: 'Parent category',
    position: 'Position',
    updatedAt: 'Last changed',
  },
  screen: {
    empty: 'No categories yet.',
    topLevel: 'Top level',
    slugHint: 'Leave empty to derive it from the name.',
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
    updatedAt: 'Zuletzt geändert',
  },
  screen: {
    empty: 'Noch keine Kategorien.',
    topLevel: 'Oberste Ebene',
    slugHint: 'Leer lassen, um es aus dem Namen abzuleiten.',
  },
};
