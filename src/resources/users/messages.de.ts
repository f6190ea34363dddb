/** German for ./messages: loaded only when German is chosen. */
import type { MessageShape } from '../../components/messageShape';
import type { en } from './messages';

export const de: MessageShape<typeof en> = {
  name: 'Benutzer |||| Benutzer',
  fields: {
    id: 'ID',
    username: 'Benutzername',
    fullName: 'Vollständiger Name',
    role: 'Rolle',
    active: 'Aktiv',
    warehouseIds: 'Lager',
    lastLoginAt: 'Letzte Anmeldung',
    password: 'Passwort',
    createdAt: 'Angelegt',
  },
  screen: {
    empty: 'Noch keine Benutzer.',
    neverSignedIn: 'Nie',
    inactive: 'inaktiv',
    activeHint: 'Ausschalten meldet den Benutzer sofort ab und verhindert weitere Anmeldungen.',
    warehouseHint: 'Leer lassen für alle Lager.',
    passwordHint: 'Mindestens %{min} Zeichen.',
    resetPassword: {
      action: 'Passwort zurücksetzen',
      title: 'Neues Passwort für %{name} festlegen',
      explain:
        'Der Benutzer meldet sich ab jetzt mit diesem Passwort an; seine offenen Sitzungen enden sofort. Nach dem Speichern wird es nicht mehr angezeigt.',
      newPassword: 'Neues Passwort',
      save: 'Passwort setzen',
      done: 'Das Passwort wurde geändert.',
    },
  },
};
