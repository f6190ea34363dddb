/** German for ./app: loaded only when German is chosen. */
import type { appEnglish, Catalogue } from './app';

export const appGerman: Catalogue<typeof appEnglish> = {
  kontor: {
    app: {
      title: 'Kontor',
      tagline: 'Das Backoffice für Ihren Onlineshop',
    },
    menu: {
      toggle_group: '%{group} ein- oder ausblenden',
      groups: {
        catalog: 'Sortiment',
        inventory: 'Lager',
        sales: 'Verkauf',
        settings: 'Einstellungen',
        admin: 'Verwaltung',
      },
    },
    locale: {
      switch: 'Sprache',
    },
    search: {
      label: 'Alles durchsuchen (Strg+K)',
      placeholder: 'Suchen oder scannen…',
      hint: 'SKU, EAN, Bestell- oder Sendungsnummer, Name, E-Mail, Aktionscode',
      searching: 'Suche läuft…',
      nothing: 'Nichts gefunden.',
    },
    roles: {
      admin: 'Administration',
      manager: 'Leitung',
      merchandiser: 'Sortimentsmanagement',
      warehouse: 'Lager',
    },
    role_descriptions: {
      admin: 'Alles, einschließlich Benutzer und Einstellungen',
      manager: 'Sieht alles, steuert Aktionen',
      merchandiser: 'Sortiment, Preise und Aktionen',
      warehouse: 'Bestand, Kommissionierung und Versand',
    },
    login: {
      title: 'Bei Kontor anmelden',
      signing_in: 'Anmeldung läuft …',
      required: 'Bitte geben Sie Benutzername und Passwort ein.',
      demo: {
        title: 'Demo-Zugänge',
        password: 'Alle Demo-Zugänge verwenden das Passwort %{password}.',
        fill: '%{username} eintragen',
      },
    },
    access_denied: {
      title: 'Diese Seite ist für Sie nicht freigegeben',
      message:
        'Ihre Rolle (%{role}) umfasst diese Seite nicht. Wenn Sie sie für Ihre Arbeit brauchen, wenden Sie sich an die Administration.',
      home: 'Zurück zur Übersicht',
    },
    not_found: {
      title: 'Seite nicht gefunden',
      message:
        'Unter dieser Adresse gibt es nichts. Vielleicht ist der Link veraltet oder die Adresse vertippt.',
      home: 'Zurück zur Übersicht',
    },
    dashboard: {
      greeting: 'Hallo, %{name}',
      signed_in_as: 'Sie sind angemeldet als %{role}.',
      quick_links: 'Direkt zu',
      coming_soon: 'Hier erscheinen bald Kennzahlen zu Umsatz, Bestand und Versand.',
    },
  },
};
