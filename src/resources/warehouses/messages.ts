export const en = {
  name: 'Warehouse |||| Warehouses',
  fields: {
    id: 'ID',
    code: 'Code',
    name: 'Name',
    city: 'City',
    updatedAt: 'Last changed',
  },
  screen: {
    empty: 'No warehouses yet.',
    codeHint: '2 to 6 capital letters, e.g. BER.',
  },
};
