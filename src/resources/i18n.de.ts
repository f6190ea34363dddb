/** The resources' German messages (see ./i18n.ts), loaded only when German is chosen. */
import * as shared from '../components/messages.de';
import * as auditLog from './audit-log/messages.de';
import * as carriers from './carriers/messages.de';
import * as shopSettings from './shop-settings/messages.de';
import * as paymentMethods from './payment-methods/messages.de';
import * as shippingMethods from './shipping-methods/messages.de';
import * as categories from './categories/messages.de';
import * as customers from './customers/messages.de';
import { buildResourceMessages } from './i18n';
import * as orders from './orders/messages.de';
import * as products from './products/messages.de';
import * as promotions from './promotions/messages.de';
import * as refunds from './refunds/messages.de';
import * as returns from './returns/messages.de';
import * as shipments from './shipments/messages.de';
import * as stockLevels from './stock-levels/messages.de';
import * as stockMovements from './stock-movements/messages.de';
import * as stockTransfers from './stock-transfers/messages.de';
import * as users from './users/messages.de';
import * as warehouses from './warehouses/messages.de';

export const resourceGerman: object = buildResourceMessages(
  {
    products: products.de,
    categories: categories.de,
    warehouses: warehouses.de,
    'stock-levels': stockLevels.de,
    'stock-movements': stockMovements.de,
    'stock-transfers': stockTransfers.de,
    orders: orders.de,
    shipments: shipments.de,
    returns: returns.de,
    refunds: refunds.de,
    customers: customers.de,
    promotions: promotions.de,
    'shop-settings': shopSettings.de,
    carriers: carriers.de,
    'shipping-methods': shippingMethods.de,
    'payment-methods': paymentMethods.de,
    users: users.de,
    'audit-log': auditLog.de,
  },
  shared.de,
);
