/** German for ./messages: loaded only when German is chosen. */
import type { MessageShape } from './messageShape';
import { LABELS_DE } from '../domain/messages/labels';
import type { en } from './messages';

export const de: MessageShape<typeof en> = {
  status: LABELS_DE,
  common: {
    system: 'System',
    userNumber: 'Benutzer %{id}',
    details: 'Details',
    history: 'Verlauf',
    noImage: 'Kein Bild',
    yes: 'Ja',
    no: 'Nein',
  },
  money: { invalid: 'Geben Sie einen Betrag in Euro ein, z. B. 12,50.' },
  selection: {
    allMatching: 'Alle %{smart_count} Treffer auswählen',
    onlyPage: 'Nur die %{smart_count} auf dieser Seite',
    allSelected: 'Alle %{smart_count} Treffer ausgewählt',
  },
  presets: {
    button: 'Vorlagen',
    none: 'Noch keine gespeicherten Vorlagen.',
    saveCurrent: 'Aktuelle Filter speichern …',
    saveTitle: 'Filter als Vorlage speichern',
    name: 'Name der Vorlage',
    nameHint: 'Nur Sie sehen Ihre Vorlagen, in jedem Browser.',
    saved: 'Vorlage „%{name}“ gespeichert.',
    deleted: 'Vorlage „%{name}“ gelöscht.',
    delete: 'Vorlage %{name} löschen',
  },
  export: {
    done: '1 Zeile exportiert. |||| %{smart_count} Zeilen exportiert.',
    selected: 'Auswahl exportieren',
  },
  conflict: {
    title: 'Jemand anderes hat diesen Datensatz inzwischen gespeichert',
    message:
      'Es wurde nichts gespeichert. Laden Sie die aktuelle Fassung: Ihre Änderungen (%{fields}) bleiben darüber erhalten, und Sie können sie vor dem erneuten Speichern prüfen.',
    reload: 'Neu laden, Änderungen behalten',
    reloadedTitle: 'Aktuelle Fassung geladen',
    reloaded:
      'Ihre Änderungen (%{fields}) bleiben erhalten; alle anderen Felder zeigen die aktuellen Werte. Prüfen und erneut speichern.',
    overlap: 'Jemand anderes hat auch %{fields} geändert: Beim Speichern ersetzt Ihr Wert den anderen.',
  },
  file: {
    choose: 'CSV-Datei wählen',
    chosen: '%{name} (%{size})',
    reading: '%{name} wird gelesen …',
    unreadable: 'Die Datei %{name} konnte nicht gelesen werden.',
  },
  time: { shopZone: 'Zeit des Shops (%{zone})' },
  history: {
    title: 'Verlauf',
    empty: 'Noch keine Änderungen erfasst.',
    error: 'Der Verlauf konnte nicht geladen werden.',
    noChanges: 'Keine Feldänderungen.',
    seeAll: 'Alle %{count} Einträge im Änderungsprotokoll ansehen',
  },
};
