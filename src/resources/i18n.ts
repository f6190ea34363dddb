/**
 * The resources' English messages for the i18nProvider: react-admin's
 * `resources.<name>.name|fields` and the screens' own strings under
 * `kontor.<name>.*`, next to the shared widgets' `kontor.status|common|history|money`.
 * The German ones are built the same way in ./i18n.de.ts, loaded only when chosen.
 */
import * as shared from '../components/messages';
import * as auditLog from './audit-log/messages';
import * as carriers from './carriers/messages';
import * as shopSettings from './shop-settings/messages';
import * as paymentMethods from './payment-methods/messages';
import * as shippingMethods from './shipping-methods/messages';
import * as categories from './categories/messages';
import * as customers from './customers/messages';
import * as orders from './orders/messages';
import * as products from './products/messages';
import * as promotions from './promotions/messages';
import * as refunds from './refunds/messages';
import * as returns from './returns/messages';
import * as shipments from './shipments/messages';
import * as stockLevels from './stock-levels/messages';
import * as stockMovements from './stock-movements/messages';
import * as stockTransfers from './stock-transfers/messages';
import * as users from './users/messages';
import * as warehouses from './warehouses/messages';

export interface ResourceCatalogue {
  name: string;
  fields: Record<string, string>;
  screen: object;
}

/** One language's catalogue of every resource, by resource name, and the shared widgets' strings. */
export function buildResourceMessages(catalogues: Record<string, ResourceCatalogue>, sharedStrings: object) {
  const entries = Object.entries(catalogues);
  return {
    resources: Object.fromEntries(
      entries.map(([name, { name: label, fields }]) => [name, { name: label, fields }]),
    ),
    kontor: { ...sharedStrings, ...Object.fromEntries(entries.map(([name, { screen }]) => [name, screen])) },
  };
}

export const resourceEnglish: object = buildResourceMessages(
  {
    products: products.en,
    categories: categories.en,
    warehouses: warehouses.en,
    'stock-levels': stockLevels.en,
    'stock-movements': stockMovements.en,
    'stock-transfers': stockTransfers.en,
    orders: orders.en,
    shipments: shipments.en,
    returns: returns.en,
    refunds: refunds.en,
    customers: customers.en,
    promotions: promotions.en,
    'shop-settings': shopSettings.en,
    carriers: carriers.en,
    'shipping-methods': shippingMethods.en,
    'payment-methods': paymentMethods.en,
    users: users.en,
    'audit-log': auditLog.en,
  },
  shared.en,
);
