/**
 * Strings of the shared fields and widgets: status labels for every chip
 * kind (`kontor.status.<kind>.<value>`), record history and common words.
 */
import type { MessageShape } from './messageShape';
import type { STATUS_COLORS } from './statusColors';

/** Every chip kind but roles (labelled by the shell) needs a label for each of its values. */
type StatusLabels = {
  [K in Exclude<keyof typeof STATUS_COLORS, 'role'>]: Record<keyof (typeof STATUS_COLORS)[K], string>;
};

export const en = {
  status: {
    product: { draft: 'Draft', active: 'Active', archived: 'Archived' },
    order: {
      pending: 'Pending',
      paid: 'Paid',
      processing: 'Processing',
      partially_shipped: 'Partially shipped',
      shipped: 'Shipped',
      delivered: 'Delivered',
      on_hold: 'On hold',
      cancelled: 'Cancelled',
      partially_returned: 'Partially returned',
      returned: 'Returned',
    },
    shipment: {
      pending: 'Pending',
      packed: 'Packed',
      shipped: 'Shipped',
      in_transit: 'In transit',
      delivered: 'Delivered',
      exception: 'Exception',
      cancelled: 'Cancelled',
    },
    promotion: {
      draft: 'Draft',
      paused: 'Paused',
      scheduled: 'Scheduled',
      active: 'Active',
      exhausted: 'Used up',
      expired: 'Expired',
    },
    promotionType: {
      percent: 'Percentage',
      fixed: 'Fixed amount',
      free_shipping: 'Free shipping',
      buy_x_get_y: 'Buy X get Y',
    },
    stockReason: {
      receipt: 'Receipt',
      count: 'Stock count',
      damage: 'Damage',
      loss: 'Loss',
      return: 'Return',
      correction: 'Correction',
      sale: 'Sale',
      transfer_out: 'Transfer out',
      transfer_in: 'Transfer in',
      shipment: 'Shipment',
    },
    auditAction: {
      create: 'Created',
      update: 'Updated',
      delete: 'Deleted',
      adjust: 'Adjusted',
      transition: 'Status change',
      login: 'Signed in',
      login_failed: 'Sign-in failed',
      logout: 'Signed out',
      bulk: 'Bulk change',
      import: 'Import',
    },
  } satisfies StatusLabels,
  common: {
    system: 'System',
    userNumber: 'User %{id}',
    details: 'Details',
    history: 'History',
    noImage: 'No image',
  },
  money: { invalid: 'Enter an amount in euros, e.g. 12.50.' },
  selection: {
    allMatching: 'Select all %{smart_count} matches',
    onlyPage: 'Only the %{smart_count} on this page',
    allSelected: 'All %{smart_count} matches selected',
  },
  presets: {
    button: 'Presets',
    none: 'No saved presets yet.',
    saveCurrent: 'Save current filters…',
    saveTitle: 'Save filters as a preset',
    name: 'Preset name',
    nameHint: 'Only you see your presets, in any browser.',
    saved: 'Preset “%{name}” saved.',
    deleted: 'Preset “%{name}” deleted.',
    delete: 'Delete preset %{name}',
  },
  export: {
    done: 'Exported 1 row. |||| Exported %{smart_count} rows.',
  },
  conflict: {
    title: 'Someone else saved this record meanwhile',
    message:
      'Nothing was saved. Reload the latest version: your changes (%{fields}) are kept on top of it, and you can review them before saving again.',
    reload: 'Reload and keep my changes',
    reloadedTitle: 'Latest version loaded',
    reloaded:
      'Your changes (%{fields}) are kept; all other fields show the latest values. Review and save again.',
    overlap: 'Someone else also changed %{fields}: saving replaces their value with yours.',
  },
  file: {
    choose: 'Choose CSV file',
    chosen: '%{name} (%{size})',
    reading: 'Reading %{name}…',
    unreadable: 'The file %{name} could not be read.',
  },
  time: { shopZone: 'Shop time (%{zone})' },
  history: {
    title: 'History',
    empty: 'No changes recorded yet.',
    error: 'The history could not be loaded.',
    noChanges: 'No field changes.',
    seeAll: 'See all %{count} entries in the audit log',
  },
};

export const de: MessageShape<typeof en> = {
  status: {
    product: { draft: 'Entwurf', active: 'Aktiv', archived: 'Archiviert' },
    order: {
      pending: 'Offen',
      paid: 'Bezahlt',
      processing: 'In Bearbeitung',
      partially_shipped: 'Teilweise versandt',
      shipped: 'Versandt',
      delivered: 'Zugestellt',
      on_hold: 'Angehalten',
      cancelled: 'Storniert',
      partially_returned: 'Teilweise retourniert',
      returned: 'Retourniert',
    },
    shipment: {
      pending: 'Offen',
      packed: 'Gepackt',
      shipped: 'Versandt',
      in_transit: 'Unterwegs',
      delivered: 'Zugestellt',
      exception: 'Problem',
      cancelled: 'Storniert',
    },
    promotion: {
      draft: 'Entwurf',
      paused: 'Pausiert',
      scheduled: 'Geplant',
      active: 'Aktiv',
      exhausted: 'Ausgeschöpft',
      expired: 'Abgelaufen',
    },
    promotionType: {
      percent: 'Prozentual',
      fixed: 'Fester Betrag',
      free_shipping: 'Versandkostenfrei',
      buy_x_get_y: 'X kaufen, Y gratis',
    },
    stockReason: {
      receipt: 'Wareneingang',
      count: 'Inventur',
      damage: 'Beschädigung',
      loss: 'Verlust',
      return: 'Retoure',
      correction: 'Korrektur',
      sale: 'Verkauf',
      transfer_out: 'Umlagerung (Abgang)',
      transfer_in: 'Umlagerung (Zugang)',
      shipment: 'Versand',
    },
    auditAction: {
      create: 'Angelegt',
      update: 'Geändert',
      delete: 'Gelöscht',
      adjust: 'Bestandskorrektur',
      transition: 'Statuswechsel',
      login: 'Angemeldet',
      login_failed: 'Anmeldung fehlgeschlagen',
      logout: 'Abgemeldet',
      bulk: 'Massenänderung',
      import: 'Import',
    },
  },
  common: {
    system: 'System',
    userNumber: 'Benutzer %{id}',
    details: 'Details',
    history: 'Verlauf',
    noImage: 'Kein Bild',
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
