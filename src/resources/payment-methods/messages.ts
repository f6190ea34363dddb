export const en = {
  name: 'Payment method |||| Payment methods',
  fields: {
    id: 'ID',
    name: 'Name',
    kind: 'Kind',
    waitsForPayment: 'Waits for payment',
    active: 'Active',
    updatedAt: 'Last changed',
  },
  screen: {
    empty: 'No payment methods yet.',
    waitsHint: 'Orders paid this way are fulfilled only once the money is in (prepayment).',
  },
};
