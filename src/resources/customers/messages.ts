import type { MessageShape } from '../../components/messageShape';

export const en = {
  name: 'Customer |||| Customers',
  fields: {
    id: 'ID',
    name: 'Name',
    firstName: 'First name',
    lastName: 'Last name',
    email: 'E-mail',
    phone: 'Phone',
    city: 'City',
    address: 'Address',
    createdAt: 'Customer since',
  },
  screen: {
    empty: 'No customers yet.',
    orders: 'Orders',
    noOrders: 'This customer has not ordered yet.',
  },
};

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
