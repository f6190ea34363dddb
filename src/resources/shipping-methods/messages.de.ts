/** German for ./messages: loaded only when German is chosen. */
import type { MessageShape } from '../../components/messageShape';
import type { en } from './messages';

export const de: MessageShape<typeof en> = {
  name: 'Versandart |||| Versandarten',
  fields: {
    id: 'ID',
    name: 'Name',
    carrierId: 'Versanddienst',
    price: 'Preis',
    freeShippingFrom: 'Versandkostenfrei ab',
    dispatchHours: 'Versand innerhalb (Stunden)',
    active: 'Aktiv',
    updatedAt: 'Zuletzt geändert',
  },
  screen: {
    empty: 'Noch keine Versandarten.',
    freeHint: 'Bestellungen ab diesem Warenwert werden kostenlos versandt. Leer: nie kostenlos.',
    dispatchHint: 'Das Versprechen an den Kunden: Stunden von der Zahlung bis zum Versand des Pakets.',
  },
};
