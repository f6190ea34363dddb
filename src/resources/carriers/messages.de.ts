/** German for ./messages: loaded only when German is chosen. */
import type { MessageShape } from '../../components/messageShape';
import type { en } from './messages';

export const de: MessageShape<typeof en> = {
  name: 'Versanddienst |||| Versanddienste',
  fields: {
    id: 'ID',
    name: 'Name',
    trackingPattern: 'Muster der Sendungsnummer',
    trackingUrlTemplate: 'Sendungsverfolgung',
    active: 'Aktiv',
    updatedAt: 'Zuletzt geändert',
  },
  screen: {
    empty: 'Noch keine Versanddienste.',
    anyNumber: 'jede Nummer',
    patternHint:
      'Ein regulärer Ausdruck, dem die ganze Nummer entsprechen muss, z. B. \\d{14} für 14 Ziffern. Leer: jede Nummer.',
    urlHint: 'Eine https-Adresse mit {number} an der Stelle der Sendungsnummer. Leer: kein Link.',
    activeHint: 'Inaktive Versanddienste werden für neue Pakete nicht angeboten; alte Pakete behalten sie.',
  },
};
