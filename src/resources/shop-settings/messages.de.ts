/** German for ./messages: loaded only when German is chosen. */
import type { MessageShape } from '../../components/messageShape';
import type { en } from './messages';

export const de: MessageShape<typeof en> = {
  name: 'Shop |||| Shop',
  fields: {
    id: 'ID',
    name: 'Name des Shops',
    address: 'Adresse',
    timeZone: 'Zeitzone',
    currencyDisplay: 'Beträge anzeigen als',
    serviceLevelHours: 'Versandversprechen ohne Versandart (Stunden)',
    updatedAt: 'Zuletzt geändert',
  },
  screen: {
    title: 'Shop-Einstellungen',
    addressHint: 'Steht Zeile für Zeile auf Lieferscheinen und anderen Dokumenten.',
    timeZoneHint:
      'Die Tage des Shops: Dashboard, Berichte, Exporte und Aktionszeiträume zählen Tage in dieser Zone.',
    serviceLevelHint: 'Für Bestellungen mit Versandart gilt deren Versprechen.',
    currency: {
      symbol: 'Symbol (%{example})',
      code: 'Code (%{example})',
    },
    currencyHint: 'Beträge werden immer in Euro-Cent gespeichert; dies ändert nur die Anzeige.',
  },
};
