/** German for ./messages: loaded only when German is chosen. */
import type { MessageShape } from '../../components/messageShape';
import type { en } from './messages';

export const de: MessageShape<typeof en> = {
  name: 'Protokolleintrag |||| Änderungsprotokoll',
  fields: {
    id: 'ID',
    at: 'Zeitpunkt',
    userId: 'Benutzer',
    username: 'Benutzer',
    action: 'Aktion',
    resource: 'Bereich',
    recordId: 'Datensatz',
    changes: 'Änderungen',
    note: 'Notiz',
    at_gte: 'Von',
    at_lte: 'Bis',
  },
  screen: {
    empty: 'Bisher wurde nichts protokolliert.',
    fieldCount: '%{smart_count} Feld |||| %{smart_count} Felder',
  },
};
