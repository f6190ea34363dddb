export const en = {
  name: 'Carrier |||| Carriers',
  fields: {
    id: 'ID',
    name: 'Name',
    trackingPattern: 'Tracking number pattern',
    trackingUrlTemplate: 'Tracking link',
    active: 'Active',
    updatedAt: 'Last changed',
  },
  screen: {
    empty: 'No carriers yet.',
    anyNumber: 'any number',
    patternHint:
      'A regular expression the whole number must match, e.g. \\d{14} for 14 digits. Empty: any number.',
    urlHint: 'An https address with {number} where the tracking number goes. Empty: no link.',
    activeHint: 'Inactive carriers are not offered for new parcels; old parcels keep them.',
  },
};
