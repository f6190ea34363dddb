/** Builds a whole database from a scale, a seed and an anchor ("now"). Pure: no I/O, no clock. */
import { Calendar } from './calendar';
import { buildCatalog, buildWarehouses } from './catalog';
import type { Database } from './database';
import { buildLedger } from './ledger';
import { buildSales } from './orders';
import type { ShopSettingsFields } from '../../src/domain/shop';
import { buildCarriers, buildPaymentMethods, buildShippingMethods, buildShopSettings } from './settings';
import { buildCustomers, buildUsers } from './people';
import { Random } from './random';
import { SCALE_CONFIGS, type Scale, type ScaleConfig } from './scales';
import { addUtcMonths, DAY, type Span } from './time';

export interface GenerateOptions {
  scale: Scale;
  seed: number;
  anchor: Date;
  /** The shop's time zone and dispatch promise (SHOP_TIME_ZONE, SERVICE_LEVEL_HOURS); built-in defaults otherwise. */
  shop?: Partial<Pick<ShopSettingsFields, 'timeZone' | 'serviceLevelHours'>>;
}

export function historySpan(config: ScaleConfig, anchor: number): Span {
  const start =
    'months' in config.history
      ? addUtcMonths(anchor, -config.history.months)
      : anchor - config.history.days * DAY;
  return { start, anchor };
}

export function generateDatabase({ scale, seed, anchor, shop }: GenerateOptions): Database {
  if (!Number.isFinite(anchor.getTime())) throw new RangeError('anchor must be a valid date');
  const config = SCALE_CONFIGS[scale];
  const span = historySpan(config, anchor.getTime());
  const rng = Random.seeded(seed);
  const calendar = new Calendar(span, config.growth);
  const catalog = buildCatalog(rng.fork('catalog'), config, span);
  const { warehouses, sites } = buildWarehouses(config, span);
  const warehouseIds = warehouses.map((warehouse) => warehouse.id);
  const people = buildCustomers(rng.fork('customers'), config.customers, span, sites, calendar);
  const { users, credentials } = buildUsers(rng.fork('users'), span);
  const sales = buildSales(rng.fork('sales'), {
    span,
    calendar,
    catalog,
    customers: people.customers,
    customerFacts: people.facts,
    warehouseIds,
    orderCount: config.orders,
    fullPromotionSet: config.fullPromotionSet,
  });
  // The shop was set up before its first order.
  const settingsSince = new Date(span.start).toISOString();
  const carriers = buildCarriers(settingsSince);
  const stock = buildLedger(rng.fork('ledger'), { span, catalog, warehouseIds, ...sales });
  return {
    meta: { schemaVersion: 1, seq: 0, seed, scale, anchor: anchor.toISOString() },
    categories: catalog.categories,
    products: catalog.products,
    warehouses,
    'stock-levels': stock.stockLevels,
    'stock-movements': stock.stockMovements,
    'stock-transfers': stock.stockTransfers,
    customers: people.customers,
    orders: sales.orders,
    shipments: sales.shipments,
    returns: sales.returns,
    refunds: sales.refunds,
    promotions: sales.promotions,
    'promotion-codes': sales.promotionCodes,
    users,
    'saved-filters': [],
    'audit-log': [],
    carriers,
    'shipping-methods': buildShippingMethods(settingsSince, carriers),
    'payment-methods': buildPaymentMethods(settingsSince),
    'shop-settings': [buildShopSettings(settingsSince, shop)],
    credentials,
  };
}
