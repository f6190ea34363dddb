export const en = {
  name: 'Shipping method |||| Shipping methods',
  fields: {
    id: 'ID',
    name: 'Name',
    carrierId: 'Carrier',
    price: 'Price',
    freeShippingFrom: 'Free from',
    dispatchHours: 'Dispatch within (hours)',
    active: 'Active',
    updatedAt: 'Last changed',
  },
  screen: {
    empty: 'No shipping methods yet.',
    freeHint: 'Orders at or above this subtotal ship free. Empty: never free.',
    dispatchHint: 'The promise to the customer: hours from payment until the parcel leaves.',
  },
};
