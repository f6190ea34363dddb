/**
 * Settings → Shop: the one record (id 1) holding the shop's name, address,
 * time zone, money display and fallback dispatch promise. The admin changes
 * it through the generic bridge (validated, version-checked, audited); it is
 * never created or deleted over HTTP. Every code path that needs the shop's
 * days or dispatch promise reads it here, so a change applies to the next request.
 */
import { initialShopSettings, SHOP_SETTINGS_ID, validateShopSettings } from '../../src/domain/shop';
import type { ShopSettings } from '../../src/domain/types';
import { configOf, type ServerConfig } from '../config';
import { defineResource } from '../rest/rules';
import type { Store, Transaction } from '../store/store';

defineResource({
  name: 'shop-settings',
  validate: (input) => validateShopSettings(input),
});

/** The shop's settings now; a store without the record (never the case once served) falls back to the config. */
export function shopSettingsOf(
  store: Store | Transaction,
): Pick<ShopSettings, 'timeZone' | 'serviceLevelHours'> {
  const stored = store.get<ShopSettings>('shop-settings', SHOP_SETTINGS_ID);
  if (stored) return stored;
  const { timeZone, serviceLevelHours } = configOf(store);
  return { timeZone, serviceLevelHours };
}

/**
 * A database written before the shop kept its settings gets them on first
 * start, from the configuration (SHOP_TIME_ZONE, SERVICE_LEVEL_HOURS); a
 * journalled write like any other, so it happens once.
 */
export function ensureShopSettings(store: Store, config: ServerConfig): void {
  if (store.get('shop-settings', SHOP_SETTINGS_ID)) return;
  const fields = initialShopSettings({
    timeZone: config.timeZone,
    serviceLevelHours: config.serviceLevelHours,
  });
  store.transact((tx) => {
    const at = tx.at;
    tx.put<ShopSettings>('shop-settings', {
      id: SHOP_SETTINGS_ID,
      createdAt: at,
      updatedAt: at,
      version: 1,
      ...fields,
    });
  });
}
