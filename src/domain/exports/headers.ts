/**
 * Column headers the console's screens do not label themselves (collections
 * without a list screen, and the order-lines export). Everything else is
 * headed with the console's own field labels, so the words match the screen.
 */
import type { Locale } from '../messages';

type Headers = Record<string, Record<string, string>>;

export const EXTRA_HEADERS: Record<Locale, Headers> = {
  en: {
    '*': { id: 'ID', createdAt: 'Created', updatedAt: 'Updated' },
    'stock-movements': {
      orderId: 'Order',
      transferId: 'Transfer',
      shipmentId: 'Shipment',
      reversesMovementId: 'Reverses movement',
    },
    returns: { orderId: 'Order', reason: 'Reason', userId: 'Recorded by' },
    refunds: { orderId: 'Order', amount: 'Amount (EUR)', reason: 'Reason', userId: 'Recorded by' },
    'promotion-codes': { promotionId: 'Promotion', code: 'Code', usedAt: 'Used' },
    'saved-filters': { name: 'Name', resource: 'List', userId: 'Owner' },
    'order-lines': {
      sku: 'SKU',
      productName: 'Product',
      quantity: 'Quantity',
      unitPrice: 'Unit price',
      discount: 'Line discount',
      lineTotal: 'Line total',
    },
  },
  de: {
    '*': { id: 'ID', createdAt: 'Angelegt', updatedAt: 'Geändert' },
    'stock-movements': {
      orderId: 'Bestellung',
      transferId: 'Umlagerung',
      shipmentId: 'Sendung',
      reversesMovementId: 'Storniert Bewegung',
    },
    returns: { orderId: 'Bestellung', reason: 'Grund', userId: 'Erfasst von' },
    refunds: { orderId: 'Bestellung', amount: 'Betrag (EUR)', reason: 'Grund', userId: 'Erfasst von' },
    'promotion-codes': { promotionId: 'Aktion', code: 'Code', usedAt: 'Eingelöst' },
    'saved-filters': { name: 'Name', resource: 'Liste', userId: 'Besitzer' },
    'order-lines': {
      sku: 'SKU',
      productName: 'Produkt',
      quantity: 'Menge',
      unitPrice: 'Stückpreis',
      discount: 'Zeilenrabatt',
      lineTotal: 'Zeilensumme',
    },
  },
};

/** Money columns say their currency, since the cells are bare numbers. */
export const MONEY_SUFFIX = ' (EUR)';
/** The id column beside a name column: "Product (ID)", "Produkt (ID)". */
export const ID_SUFFIX = ' (ID)';
