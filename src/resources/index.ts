/**
 * Every resource the console shows, in menu order. The shell mounts one
 * <Resource> per definition and groups the menu by `group`, hiding what the
 * signed-in role may not list. Each screen is its own lazily loaded chunk.
 */
import { auditLog } from './audit-log';
import { carriers } from './carriers';
import { categories } from './categories';
import { customers } from './customers';
import { orders } from './orders';
import { paymentMethods } from './payment-methods';
import { products } from './products';
import { promotions } from './promotions';
import { refunds } from './refunds';
import { returns } from './returns';
import { shipments } from './shipments';
import { shippingMethods } from './shipping-methods';
import { shopSettings } from './shop-settings';
import { stockLevels } from './stock-levels';
import { stockMovements } from './stock-movements';
import { stockTransfers } from './stock-transfers';
import type { ResourceDefinition } from './types';
import { users } from './users';
import { warehouses } from './warehouses';

export type { MenuGroup, ResourceDefinition } from './types';

export const resources: ResourceDefinition[] = [
  products,
  categories,
  warehouses,
  stockLevels,
  stockMovements,
  stockTransfers,
  orders,
  shipments,
  returns,
  refunds,
  customers,
  promotions,
  shopSettings,
  carriers,
  shippingMethods,
  paymentMethods,
  users,
  auditLog,
];
