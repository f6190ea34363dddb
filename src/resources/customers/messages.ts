export const en = {
  name: 'Customer |||| Customers',
  fields: {
    id: 'ID',
    name: 'Name',
    firstName: 'First name',
    lastName: 'Last name',
    email: 'E-mail',
    phone: 'Phone',
    city: 'City',
    address: 'Address',
    createdAt: 'Customer since',
  },
  screen: {
    empty: 'No customers yet.',
    orders: 'Orders',
    noOrders: 'This customer has not ordered yet.',
  },
};
