/**
 * The locale the console currently speaks. Kept apart from the message
 * catalogues so the httpClient can send Accept-Language without importing them,
 * and persisted so the user's choice survives a reload.
 */
import { pickLocale, type Locale } from '../domain/messages/locale';

export const LOCALE_KEY = 'kontor.locale';

/** Each language names itself, so a reader of the other one can still find it. */
export const LANGUAGES = [
  { locale: 'en', name: 'English', short: 'EN' },
  { locale: 'de', name: 'Deutsch', short: 'DE' },
] as const satisfies readonly { locale: Locale; name: string; short: string }[];

let current: Locale | null = null;

function savedLocale(): Locale | null {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(LOCALE_KEY);
  return saved === 'en' || saved === 'de' ? saved : null;
}

/** The saved choice, else the browser's preference between German and English. */
export function initialLocale(): Locale {
  return savedLocale() ?? pickLocale(typeof navigator === 'undefined' ? [] : navigator.languages);
}

export function getCurrentLocale(): Locale {
  return current ?? initialLocale();
}

export function setCurrentLocale(locale: Locale, { persist = true } = {}): void {
  current = locale;
  if (persist) localStorage.setItem(LOCALE_KEY, locale);
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}
