import type { MessageShape } from '../../components/messageShape';

export const en = {
  name: 'Stock level |||| Stock levels',
  fields: {
    id: 'ID',
    productId: 'Product',
    warehouseId: 'Warehouse',
    onHand: 'On hand',
    reserved: 'Reserved',
    available: 'Available',
    reorderPoint: 'Reorder point',
    binLocation: 'Bin',
    available_lte: 'Available at most',
    updatedAt: 'Last changed',
  },
  screen: {
    empty: 'No stock recorded yet.',
    belowReorder: 'At or below the reorder point',
  },
};

export const de: MessageShape<typeof en> = {
  name: 'Lagerbestand |||| Lagerbestände',
  fields: {
    id: 'ID',
    productId: 'Produkt',
    warehouseId: 'Lager',
    onHand: 'Vorhanden',
    reserved: 'Reserviert',
    available: 'Verfügbar',
    reorderPoint: 'Meldebestand',
    binLocation: 'Lagerplatz',
    available_lte: 'Verfügbar höchstens',
    updatedAt: 'Zuletzt geändert',
  },
  screen: {
    empty: 'Noch keine Bestände erfasst.',
    belowReorder: 'Meldebestand erreicht oder unterschritten',
  },
};
