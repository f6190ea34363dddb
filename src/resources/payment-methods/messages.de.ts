/** German for ./messages: loaded only when German is chosen. */
import type { MessageShape } from '../../components/messageShape';
import type { en } from './messages';

export const de: MessageShape<typeof en> = {
  name: 'Zahlungsart |||| Zahlungsarten',
  fields: {
    id: 'ID',
    name: 'Name',
    kind: 'Art',
    waitsForPayment: 'Wartet auf Zahlung',
    active: 'Aktiv',
    updatedAt: 'Zuletzt geändert',
  },
  screen: {
    empty: 'Noch keine Zahlungsarten.',
    waitsHint: 'Bestellungen mit dieser Zahlungsart werden erst nach Zahlungseingang bearbeitet (Vorkasse).',
  },
};
