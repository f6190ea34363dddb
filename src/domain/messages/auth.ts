/** Messages for signing in, sessions and user administration. */
export const en = {
  'errors.signInIncomplete': 'Please enter your username and your password.',
  'errors.wrongCredentials':
    'The username or password is not correct. Please check both and try again. If you have forgotten your password, ask an administrator to reset it.',
  'errors.accountLocked':
    'Too many failed sign-in attempts: signing in as this user from this device is paused for %{minutes} min. Please wait and try again, or ask an administrator for help.',
  'errors.tooManySignIns':
    'Too many sign-in attempts from this device. Please wait %{seconds} s and try again.',
  'errors.signInBusy': 'Many sign-ins are being checked right now. Please try again in %{seconds} s.',
  'errors.sessionExpired': 'Your session has expired. Please sign in again.',
  'errors.sessionEnded':
    'Your session is no longer valid: you signed out, or an administrator changed your account. Please sign in again.',
  'errors.usernamePattern':
    'Use 3 to 40 characters: lower-case letters, digits, dots, dashes or underscores (for example j.doe).',
  'errors.passwordTooShort': 'The password must be at least %{min} characters long.',
  'errors.lastAdmin':
    'This is the last active administrator, so they cannot be deactivated or given another role. Make another user an active administrator first.',
  'errors.usersCannotBeDeleted':
    'Users cannot be deleted, so the audit log keeps showing who did what. Deactivate the user instead.',
} as const;

export const de: Record<keyof typeof en, string> = {
  'errors.signInIncomplete': 'Bitte geben Sie Ihren Benutzernamen und Ihr Passwort ein.',
  'errors.wrongCredentials':
    'Benutzername oder Passwort ist nicht korrekt. Bitte prüfen Sie beides und versuchen Sie es erneut. Wenn Sie Ihr Passwort vergessen haben, bitten Sie eine Administratorin oder einen Administrator, es zurückzusetzen.',
  'errors.accountLocked':
    'Zu viele fehlgeschlagene Anmeldeversuche: Die Anmeldung als dieser Benutzer ist von diesem Gerät aus für %{minutes} Min. gesperrt. Bitte warten Sie und versuchen Sie es dann erneut, oder wenden Sie sich an eine Administratorin oder einen Administrator.',
  'errors.tooManySignIns':
    'Zu viele Anmeldeversuche von diesem Gerät. Bitte warten Sie %{seconds} s und versuchen Sie es dann erneut.',
  'errors.signInBusy':
    'Gerade werden viele Anmeldungen geprüft. Bitte versuchen Sie es in %{seconds} s erneut.',
  'errors.sessionExpired': 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
  'errors.sessionEnded':
    'Ihre Sitzung ist nicht mehr gültig: Sie haben sich abgemeldet, oder Ihr Konto wurde geändert. Bitte melden Sie sich erneut an.',
  'errors.usernamePattern':
    '3 bis 40 Zeichen: Kleinbuchstaben, Ziffern, Punkte, Binde- oder Unterstriche (zum Beispiel j.doe).',
  'errors.passwordTooShort': 'Das Passwort muss mindestens %{min} Zeichen lang sein.',
  'errors.lastAdmin':
    'Dies ist der letzte aktive Administrator; er kann weder deaktiviert werden noch eine andere Rolle bekommen. Machen Sie zuerst einen anderen Benutzer zum aktiven Administrator.',
  'errors.usersCannotBeDeleted':
    'Benutzer können nicht gelöscht werden, damit das Änderungsprotokoll weiter zeigt, wer was getan hat. Deaktivieren Sie den Benutzer stattdessen.',
};
