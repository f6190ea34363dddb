export const en = {
  name: 'Shop |||| Shop',
  fields: {
    id: 'ID',
    name: 'Shop name',
    address: 'Address',
    timeZone: 'Time zone',
    currencyDisplay: 'Show amounts as',
    serviceLevelHours: 'Dispatch promise without a shipping method (hours)',
    updatedAt: 'Last changed',
  },
  screen: {
    title: 'Shop settings',
    addressHint: 'Printed on packing slips and other documents, line by line.',
    timeZoneHint:
      'The shop’s days: the dashboard, reports, exports and promotion windows count days in this zone.',
    serviceLevelHint: 'Orders with a shipping method use that method’s promise.',
    currency: {
      symbol: 'Symbol (%{example})',
      code: 'Code (%{example})',
    },
    currencyHint: 'Amounts are always kept in euro cents; this only changes how they are shown.',
  },
};
