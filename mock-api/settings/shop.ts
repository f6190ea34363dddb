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
import type { Database, RecordReader } from '../store/database';

defineResource({
  name: 'shop-settings',
  validate: (input) => validateShopSettings(input),
});

/** The shop's settings now; a store without the record (never the case once served) falls back to the config. */
export async function shopSettingsOf(
  reader: RecordReader,
): Promise<Pick<ShopSettings, 'timeZone' | 'serviceLevelHours'>> {
  const stored = await reader.get<ShopSettings>('shop-settings', SHOP_SETTINGS_ID);
  if (stored) return stored;
  const { timeZone, serviceLevelHours } = configOf(reader);
  return { timeZone, serviceLevelHours };
}

/**
 * A database written before the shop kept its settings gets them on first
 * start, from the configuration (SHOP_TIME_ZONE, SERVICE_LEVEL_HOURS); a
 * journalled write like any other, so it happens once.
 */
export async function ensureShopSettings(db: Database, config: ServerConfig): Promise<void> {
  const fields = initialShopSettings({
    timeZone: config.timeZone,
    serviceLevelHours: config.serviceLevelHours,
  });
  await db.transact(async (tx) => {
    // Checked inside the transaction: two instances starting at once must not both write it.
    if (await tx.get('shop-settings', SHOP_SETTINGS_ID)) return;
    const at = tx.at;
    await tx.put<ShopSettings>('shop-settings', {
      id: SHOP_SETTINGS_ID,
      createdAt: at,
      updatedAt: at,
      version: 1,
      ...fields,
    });
  });
}
