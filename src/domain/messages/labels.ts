/**
 * The words for every closed set of values records use (statuses, reasons,
 * kinds), in English and German: the console's chips and filters show them,
 * and the API uses the same words in its messages and CSV exports
 * (`label.<kind>.<value>` in the catalogue). Said once, here.
 */
export const LABELS_EN = {
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
    data_export: 'Personal data exported',
    erase: 'Personal data erased',
  },
  transfer: { draft: 'Draft', in_transit: 'In transit', received: 'Received', cancelled: 'Cancelled' },
  role: {
    admin: 'Administrator',
    manager: 'Manager',
    merchandiser: 'Merchandiser',
    warehouse: 'Warehouse staff',
  },
  promotionScope: { order: 'Whole order', categories: 'Categories', products: 'Products' },
  yesNo: { true: 'Yes', false: 'No' },
  paymentKind: {
    card: 'Card',
    paypal: 'PayPal',
    invoice: 'Invoice',
    sepa_direct_debit: 'SEPA direct debit',
    prepayment: 'Prepayment',
    cash_on_delivery: 'Cash on delivery',
  },
} as const;

type Labels = { [K in keyof typeof LABELS_EN]: Record<keyof (typeof LABELS_EN)[K], string> };

export const LABELS_DE: Labels = {
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
    data_export: 'Personendaten exportiert',
    erase: 'Personendaten gelöscht',
  },
  transfer: { draft: 'Entwurf', in_transit: 'Unterwegs', received: 'Empfangen', cancelled: 'Storniert' },
  role: {
    admin: 'Administrator',
    manager: 'Manager',
    merchandiser: 'Merchandiser',
    warehouse: 'Lagerpersonal',
  },
  promotionScope: { order: 'Ganze Bestellung', categories: 'Kategorien', products: 'Produkte' },
  yesNo: { true: 'Ja', false: 'Nein' },
  paymentKind: {
    card: 'Karte',
    paypal: 'PayPal',
    invoice: 'Rechnung',
    sepa_direct_debit: 'SEPA-Lastschrift',
    prepayment: 'Vorkasse',
    cash_on_delivery: 'Nachnahme',
  },
};

function flatten(labels: Labels): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [kind, values] of Object.entries(labels)) {
    for (const [value, text] of Object.entries(values as Record<string, string>))
      out[`label.${kind}.${value}`] = text;
  }
  return out;
}

export const en = flatten(LABELS_EN);
export const de = flatten(LABELS_DE);

export type LabelKind = keyof typeof LABELS_EN;

/** A value's word as a message parameter, translated in the reader's language. */
export function label(kind: LabelKind, value: string): { t: string } {
  return { t: `label.${kind}.${value}` };
}
