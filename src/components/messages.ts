/**
 * Strings of the shared fields and widgets: status labels for every chip
 * kind (`kontor.status.<kind>.<value>`, the domain's own words from
 * src/domain/messages/labels.ts, which the API uses too), record history and common words.
 */
import { LABELS_EN } from '../domain/messages/labels';
import type { STATUS_COLORS } from './statusColors';

/** Every chip kind but roles (labelled by the shell) needs a label for each of its values. */
type StatusLabels = {
  [K in Exclude<keyof typeof STATUS_COLORS, 'role'>]: Record<keyof (typeof STATUS_COLORS)[K], string>;
};

export const en = {
  status: LABELS_EN satisfies StatusLabels,
  common: {
    system: 'System',
    userNumber: 'User %{id}',
    details: 'Details',
    history: 'History',
    noImage: 'No image',
    yes: 'Yes',
    no: 'No',
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
    selected: 'Export selected',
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
