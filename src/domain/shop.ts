/**
 * The shop's own settings (Settings → Shop): one record the admin keeps. The
 * environment's SHOP_TIME_ZONE and SERVICE_LEVEL_HOURS only seed it when a
 * database is created; from then on the record is what every code path reads.
 */
import { shopSettingsPatch } from './contract/admin';
import { valueProblems } from './contract/problems';
import { DEFAULT_TIME_ZONE } from './time';
import type { CurrencyDisplay, ShopSettings } from './types';

/** The record's id: there is exactly one. */
export const SHOP_SETTINGS_ID = 1;

export type ShopSettingsFields = Omit<ShopSettings, 'id' | 'createdAt' | 'updatedAt' | 'version'>;

export const DEFAULT_SHOP_SETTINGS: ShopSettingsFields = {
  name: 'Kontor Demo Shop',
  address: 'Kontor Demo Shop GmbH\nLagerstraße 12\n10115 Berlin\nGermany',
  timeZone: DEFAULT_TIME_ZONE,
  currencyDisplay: 'symbol',
  serviceLevelHours: 48,
};

/** A new shop's settings: the defaults, with the time zone and dispatch promise the environment names. */
export function initialShopSettings(
  defaults: Partial<Pick<ShopSettingsFields, 'timeZone' | 'serviceLevelHours'>> = {},
): ShopSettingsFields {
  return { ...DEFAULT_SHOP_SETTINGS, ...defaults };
}

/** Problems with a change to the shop's settings (every field optional; unknown ones refused). */
export function validateShopSettings(input: Record<string, unknown>) {
  return valueProblems(shopSettingsPatch, input);
}

/** The address as the lines a document prints. */
export function addressLines(settings: Pick<ShopSettings, 'address'> | undefined): string[] {
  return (settings?.address ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** How the console shows money until the shop's settings have arrived. */
export const DEFAULT_CURRENCY_DISPLAY: CurrencyDisplay = DEFAULT_SHOP_SETTINGS.currencyDisplay;
