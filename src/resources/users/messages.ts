import type { MessageShape } from '../../components/messageShape';

export const en = {
  name: 'User |||| Users',
  fields: {
    id: 'ID',
    username: 'Username',
    fullName: 'Full name',
    role: 'Role',
    active: 'Active',
    warehouseIds: 'Warehouses',
    lastLoginAt: 'Last sign-in',
    password: 'Password',
    createdAt: 'Created',
  },
  screen: {
    empty: 'No users yet.',
    neverSignedIn: 'Never',
    inactive: 'inactive',
    activeHint: 'Switching this off signs the user out at once and stops them signing in.',
    warehouseHint: 'Leave empty for all warehouses.',
    passwordHint: 'At least %{min} characters.',
    resetPassword: {
      action: 'Reset password',
      title: 'Set a new password for %{name}',
      explain:
        'The user signs in with this password from now on, and their open sessions end at once. It is not shown again after saving.',
      newPassword: 'New password',
      save: 'Set password',
      done: 'The password was changed.',
    },
  },
};

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
