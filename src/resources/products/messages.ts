import type { MessageShape } from '../../components/messageShape';

export const en = {
  name: 'Product |||| Products',
  fields: {
    id: 'ID',
    sku: 'SKU',
    name: 'Name',
    description: 'Description',
    categoryId: 'Category',
    price: 'Price',
    cost: 'Cost',
    margin: 'Margin',
    status: 'Status',
    barcode: 'Barcode (EAN-13)',
    imageUrl: 'Image',
    weightGrams: 'Weight (g)',
    createdAt: 'Created',
    updatedAt: 'Last changed',
    price_gte: 'Price from (€)',
    price_lte: 'Price up to (€)',
  },
  screen: {
    empty: 'No products yet.',
    pricing: 'Pricing',
    statusHint: 'Active products need a price and a category.',
  },
};

export const de: MessageShape<typeof en> = {
  name: 'Produkt |||| Produkte',
  fields: {
    id: 'ID',
    sku: 'Artikelnummer',
    name: 'Name',
    description: 'Beschreibung',
    categoryId: 'Kategorie',
    price: 'Preis',
    cost: 'Einkaufspreis',
    margin: 'Marge',
    status: 'Status',
    barcode: 'Barcode (EAN-13)',
    imageUrl: 'Bild',
    weightGrams: 'Gewicht (g)',
    createdAt: 'Angelegt',
    updatedAt: 'Zuletzt geändert',
    price_gte: 'Preis ab (€)',
    price_lte: 'Preis bis (€)',
  },
  screen: {
    empty: 'Noch keine Produkte.',
    pricing: 'Preise',
    statusHint: 'Aktive Produkte brauchen einen Preis und eine Kategorie.',
  },
};
