/**
 * Both catalogues at once, for tests and tools that need either language
 * synchronously: react-admin's own messages, the shell's, the domain
 * catalogue (under `domain.`, the same strings the API answers with), the
 * resources' and the dashboard's. The console itself loads German only when
 * it is needed: see ./provider.
 */
import type { TranslationMessages } from 'react-admin';
import type { Locale } from '../domain/messages';
import { setCurrentLocale, initialLocale } from './currentLocale';
import { english, englishParts } from './english';
import { german, germanParts } from './german';
import { buildI18nProvider, type KontorI18nProvider } from './polyglot';

export { mergeMessages } from './merge';

/** The parts of each catalogue, kept apart so tests can compare them one by one. */
export const catalogueParts = { en: englishParts, de: germanParts } satisfies Record<
  Locale,
  Record<string, object>
>;

const catalogues: Record<Locale, TranslationMessages> = { en: english, de: german };

export function messagesFor(locale: Locale): TranslationMessages {
  return catalogues[locale];
}

/** A provider starting in `locale`; it keeps the current locale (and, with `persist`, the saved choice) in step. */
export function createI18nProvider(
  locale: Locale = initialLocale(),
  { persist = true } = {},
): KontorI18nProvider {
  const provider = buildI18nProvider(messagesFor, locale, { persist });
  setCurrentLocale(locale, { persist: false });
  return provider;
}
