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
    orderCount: 'Bestellungen',
    lifetimeValue: 'Umsatz gesamt',
    averageOrderValue: 'Durchschnittlicher Bestellwert',
    returnedOrders: 'Bestellungen mit Retouren',
    lastOrderAt: 'Letzte Bestellung',
  },
  screen: {
    empty: 'Noch keine Kunden.',
    orders: 'Bestellungen',
    noOrders: 'Dieser Kunde hat noch nicht bestellt.',
    address: {
      name: 'Name in der Adresse',
      street: 'Straße und Hausnummer',
      postalCode: 'Postleitzahl',
      city: 'Ort',
      country: 'Land',
      countryHint: 'Zwei Buchstaben, z. B. DE',
    },
    privacy: {
      export: 'Personendaten exportieren',
      erase: 'Personendaten löschen',
      eraseTitle: 'Personendaten dieses Kunden löschen?',
      eraseExplained:
        'Name, Kontaktdaten und Adressen von %{email} werden endgültig entfernt, hier und in Bestellungen und Verlauf. Bestellungen und Beträge bleiben, die Kennzahlen ändern sich nicht. Das lässt sich nicht rückgängig machen.',
      confirmEmail: 'Zur Bestätigung die E-Mail-Adresse des Kunden eingeben',
      eraseSubmit: 'Endgültig löschen',
      erased: 'Personendaten gelöscht.',
    },
  },
};
