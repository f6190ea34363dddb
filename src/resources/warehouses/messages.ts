import type { MessageShape } from '../../components/messageShape';

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

export const de: MessageShape<typeof en> = {
  name: 'Lagerstandort |||| Lagerstandorte',
  fields: {
    id: 'ID',
    code: 'Kürzel',
    name: 'Name',
    city: 'Ort',
    updatedAt: 'Zuletzt geändert',
  },
  screen: {
    empty: 'Noch keine Lager.',
    codeHint: '2 bis 6 Großbuchstaben, z. B. BER.',
  },
};
