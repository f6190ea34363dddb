/** German for ./messages: loaded only when German is chosen. */
import type { MessageShape } from '../../components/messageShape';
import type { en } from './messages';

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
