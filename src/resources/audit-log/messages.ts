import type { MessageShape } from '../../components/messageShape';

export const en = {
  name: 'Audit entry |||| Audit log',
  fields: {
    id: 'ID',
    at: 'When',
    userId: 'User',
    username: 'User',
    action: 'Action',
    resource: 'Area',
    recordId: 'Record',
    changes: 'Changes',
    note: 'Note',
    at_gte: 'From',
    at_lte: 'Until',
  },
  screen: {
    empty: 'Nothing has been recorded yet.',
    fieldCount: '%{smart_count} field |||| %{smart_count} fields',
  },
};

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
