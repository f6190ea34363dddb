/**
 * Both languages' whole catalogues at once, for tests and tools that need
 * either language synchronously: react-admin's own messages, the shell's, the
 * domain catalogue (under `domain.`, the same strings the API answers with),
 * the resources' and the dashboard's. The console itself loads its parts as
 * they are needed: see ./provider.
 */
import type { TranslationMessages } from 'react-admin';
import type { Locale } from '../domain/messages/locale';
import { consoleEnglish } from './console';
import { consoleGerman } from './console.de';
import { initialLocale, setCurrentLocale } from './currentLocale';
import { loginEnglish } from './login';
import { loginGerman } from './login.de';
import { mergeMessages } from './merge';
import { buildI18nProvider, type KontorI18nProvider } from './polyglot';

export { mergeMessages } from './merge';

/** The parts of each catalogue, kept apart so tests can compare them one by one. */
export const catalogueParts = {
  en: { ...loginEnglish, ...consoleEnglish },
  de: { ...loginGerman, ...consoleGerman },
} satisfies Record<Locale, Record<string, object>>;

const catalogues: Record<Locale, TranslationMessages> = {
  en: mergeMessages(...Object.values(catalogueParts.en)) as unknown as TranslationMessages,
  de: mergeMessages(...Object.values(catalogueParts.de)) as unknown as TranslationMessages,
};

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
