/**
 * Strings of the shared fields and widgets: status labels for every chip
 * kind (`kontor.status.<kind>.<value>`), record history and common words.
 */
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
