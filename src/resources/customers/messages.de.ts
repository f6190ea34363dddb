/** German for ./messages: loaded only when German is chosen. */
import type { MessageShape } from '../../components/messageShape';
import type { en } from './messages';

export const de: MessageShape<typeof en> = {
  name: 'Kunde |||| Kunden',
  fields: {
    id: 'ID',
    name: 'Name',
    firstName: 'Vorname',
    lastName: 'Nachname',
    email: 'E-Mail',
    phone: 'Telefon',
    city: 'Ort',
    address: 'Adresse',
    createdAt: 'Kunde seit',
  },
  screen: {
    empty: 'Noch keine Kunden.',
    orders: 'Bestellungen',
    noOrders: 'Dieser Kunde hat noch nicht bestellt.',
  },
};
