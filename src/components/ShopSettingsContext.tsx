/**
 * The shop's settings (Settings → Shop) for every screen: fetched once when the
 * console's layout mounts and shared through context, so a thousand money cells
 * read one value instead of each asking react-admin. Saving the Shop screen
 * updates react-admin's cached record, and with it every screen at once.
 * Without the provider (a component test, the login page) the defaults apply.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useGetOne } from 'react-admin';
import { DEFAULT_SHOP_SETTINGS, SHOP_SETTINGS_ID, type ShopSettingsFields } from '../domain/shop';
import type { ShopSettings } from '../domain/types';

const ShopSettingsContext = createContext<ShopSettingsFields>(DEFAULT_SHOP_SETTINGS);

/** They change rarely; a page load or a save (which updates the cache) brings the new ones. */
const SETTINGS_STALE_MS = 10 * 60_000;

export function ShopSettingsProvider({ children }: { children: ReactNode }) {
  const { data } = useGetOne<ShopSettings>(
    'shop-settings',
    { id: SHOP_SETTINGS_ID },
    { staleTime: SETTINGS_STALE_MS, retry: false },
  );
  const value = useMemo<ShopSettingsFields>(
    () => (data ? { ...DEFAULT_SHOP_SETTINGS, ...data } : DEFAULT_SHOP_SETTINGS),
    [data],
  );
  return <ShopSettingsContext.Provider value={value}>{children}</ShopSettingsContext.Provider>;
}

export const useShopSettings = (): ShopSettingsFields => useContext(ShopSettingsContext);

/** The IANA zone the shop's days and the dates people type and read are in. */
export const useShopTimeZone = (): string => useShopSettings().timeZone;

/** "12,00 €" or "12,00 EUR": how the console shows amounts. */
export const useCurrencyDisplay = () => useShopSettings().currencyDisplay;
