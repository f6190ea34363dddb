/**
 * Export headers in the reader's language: the console's own field labels
 * (src/resources/<name>/messages*.ts, plain objects), so a CSV's columns carry
 * the words of the list it was exported from; the few fields no screen labels
 * come from src/domain/exports/headers.ts.
 */
import { EXTRA_HEADERS } from '../../src/domain/exports/headers';
import type { Locale } from '../../src/domain/messages';
import * as auditLog from '../../src/resources/audit-log/messages';
import * as auditLogDe from '../../src/resources/audit-log/messages.de';
import * as carriers from '../../src/resources/carriers/messages';
import * as carriersDe from '../../src/resources/carriers/messages.de';
import * as paymentMethods from '../../src/resources/payment-methods/messages';
import * as paymentMethodsDe from '../../src/resources/payment-methods/messages.de';
import * as shippingMethods from '../../src/resources/shipping-methods/messages';
import * as shippingMethodsDe from '../../src/resources/shipping-methods/messages.de';
import * as shopSettings from '../../src/resources/shop-settings/messages';
import * as shopSettingsDe from '../../src/resources/shop-settings/messages.de';
import * as categories from '../../src/resources/categories/messages';
import * as categoriesDe from '../../src/resources/categories/messages.de';
import * as customers from '../../src/resources/customers/messages';
import * as customersDe from '../../src/resources/customers/messages.de';
import * as orders from '../../src/resources/orders/messages';
import * as ordersDe from '../../src/resources/orders/messages.de';
import * as promotions from '../../src/resources/promotions/messages';
import * as promotionsDe from '../../src/resources/promotions/messages.de';
import * as refunds from '../../src/resources/refunds/messages';
import * as refundsDe from '../../src/resources/refunds/messages.de';
import * as returns from '../../src/resources/returns/messages';
import * as returnsDe from '../../src/resources/returns/messages.de';
import * as shipments from '../../src/resources/shipments/messages';
import * as shipmentsDe from '../../src/resources/shipments/messages.de';
import * as stockLevels from '../../src/resources/stock-levels/messages';
import * as stockLevelsDe from '../../src/resources/stock-levels/messages.de';
import * as movements from '../../src/resources/stock-movements/messages';
import * as movementsDe from '../../src/resources/stock-movements/messages.de';
import * as transfers from '../../src/resources/stock-transfers/messages';
import * as transfersDe from '../../src/resources/stock-transfers/messages.de';
import * as users from '../../src/resources/users/messages';
import * as usersDe from '../../src/resources/users/messages.de';
import * as warehouses from '../../src/resources/warehouses/messages';
import * as warehousesDe from '../../src/resources/warehouses/messages.de';

type Fields = Record<string, unknown>;

const SCREEN_FIELDS: Record<Locale, Record<string, Fields>> = {
  en: {
    'audit-log': auditLog.en.fields,
    categories: categories.en.fields,
    customers: customers.en.fields,
    orders: orders.en.fields,
    'order-lines': orders.en.fields,
    promotions: promotions.en.fields,
    returns: returns.en.fields,
    refunds: refunds.en.fields,
    shipments: shipments.en.fields,
    'stock-levels': stockLevels.en.fields,
    'stock-movements': movements.en.fields,
    'stock-transfers': transfers.en.fields,
    users: users.en.fields,
    warehouses: warehouses.en.fields,
    carriers: carriers.en.fields,
    'shipping-methods': shippingMethods.en.fields,
    'payment-methods': paymentMethods.en.fields,
    'shop-settings': shopSettings.en.fields,
  },
  de: {
    'audit-log': auditLogDe.de.fields,
    categories: categoriesDe.de.fields,
    customers: customersDe.de.fields,
    orders: ordersDe.de.fields,
    'order-lines': ordersDe.de.fields,
    promotions: promotionsDe.de.fields,
    returns: returnsDe.de.fields,
    refunds: refundsDe.de.fields,
    shipments: shipmentsDe.de.fields,
    'stock-levels': stockLevelsDe.de.fields,
    'stock-movements': movementsDe.de.fields,
    'stock-transfers': transfersDe.de.fields,
    users: usersDe.de.fields,
    warehouses: warehousesDe.de.fields,
    carriers: carriersDe.de.fields,
    'shipping-methods': shippingMethodsDe.de.fields,
    'payment-methods': paymentMethodsDe.de.fields,
    'shop-settings': shopSettingsDe.de.fields,
  },
};

/** The header of `field` in an export of `table`, or null when nothing labels it. */
export function headerOf(table: string, field: string, locale: Locale): string | null {
  const extra = EXTRA_HEADERS[locale];
  const fromScreen = SCREEN_FIELDS[locale][table]?.[field];
  if (typeof fromScreen === 'string') return fromScreen;
  return extra[table]?.[field] ?? extra['*']?.[field] ?? null;
}
