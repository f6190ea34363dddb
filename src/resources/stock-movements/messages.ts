import type { MessageShape } from '../../components/messageShape';

export const en = {
  name: 'Stock movement |||| Stock movements',
  fields: {
    id: 'ID',
    createdAt: 'Date',
    productId: 'Product',
    warehouseId: 'Warehouse',
    delta: 'Change',
    reason: 'Reason',
    balanceAfter: 'Balance after',
    userId: 'By',
    note: 'Note',
    createdAt_gte: 'From',
    createdAt_lte: 'Until',
  },
  screen: {
    empty: 'No stock movements yet.',
  },
};

export const de: MessageShape<typeof en> = {
  name: 'Lagerbewegung |||| Lagerbewegungen',
  fields: {
    id: 'ID',
    createdAt: 'Datum',
    productId: 'Produkt',
    warehouseId: 'Lager',
    delta: 'Änderung',
    reason: 'Grund',
    balanceAfter: 'Bestand danach',
    userId: 'Durch',
    note: 'Notiz',
    createdAt_gte: 'Von',
    createdAt_lte: 'Bis',
  },
  screen: {
    empty: 'Noch keine Lagerbewegungen.',
  },
};
