/**
 * The resources' messages for the i18nProvider: react-admin's
 * `resources.<name>.name|fields` and the screens' own strings under
 * `kontor.<name>.*`, next to the shared widgets' `kontor.status|common|history|money`.
 */
import * as shared from '../components/messages';
import * as auditLog from './audit-log/messages';
import * as categories from './categories/messages';
import * as customers from './customers/messages';
import * as orders from './orders/messages';
import * as products from './products/messages';
import * as promotions from './promotions/messages';
import * as shipments from './shipments/messages';
import * as stockLevels from './stock-levels/messages';
import * as stockMovements from './stock-movements/messages';
import * as stockTransfers from './stock-transfers/messages';
import * as users from './users/messages';
import * as warehouses from './warehouses/messages';

interface ResourceCatalogue {
  name: string;
  fields: Record<string, string>;
  screen: object;
}

type Locale = 'en' | 'de';

const CATALOGUES: Record<string, Record<Locale, ResourceCatalogue>> = {
  products,
  categories,
  warehouses,
  'stock-levels': stockLevels,
  'stock-movements': stockMovements,
  'stock-transfers': stockTransfers,
  orders,
  shipments,
  customers,
  promotions,
  users,
  'audit-log': auditLog,
};

function build(locale: Locale) {
  const entries = Object.entries(CATALOGUES).map(([name, catalogue]) => [name, catalogue[locale]] as const);
  return {
    resources: Object.fromEntries(
      entries.map(([name, { name: label, fields }]) => [name, { name: label, fields }]),
    ),
    kontor: { ...shared[locale], ...Object.fromEntries(entries.map(([name, { screen }]) => [name, screen])) },
  };
}

export const resourceMessages: { en: object; de: object } = { en: build('en'), de: build('de') };
