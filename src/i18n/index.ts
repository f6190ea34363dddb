/**
 * The console's i18nProvider: react-admin's own messages, the shell's, the
 * domain catalogue (under `domain.`, the same strings the API answers with) and
 * the resources' messages, in English and German.
 */
import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { I18nProvider, TranslationMessages } from 'react-admin';
import { dashboardMessages } from '../dashboard/i18n';
import { DOMAIN_MESSAGES, type Locale } from '../domain/messages';
import { resourceMessages } from '../resources/i18n';
import { appEnglish, appGerman } from './app';
import { initialLocale, LANGUAGES, setCurrentLocale } from './currentLocale';
import { raGerman } from './ra-de';

type MessageTree = { [key: string]: string | MessageTree };

function isTree(value: unknown): value is MessageTree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep merge: the shell and the resources both contribute keys under `kontor`. */
export function mergeMessages(...trees: object[]): MessageTree {
  const merged: MessageTree = {};
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree)) {
      const existing = merged[key];
      merged[key] =
        isTree(existing) && isTree(value) ? mergeMessages(existing, value) : (value as string | MessageTree);
    }
  }
  return merged;
}

/** The parts of each catalogue, kept apart so tests can compare them one by one. */
export const catalogueParts = {
  en: {
    ra: englishMessages,
    app: appEnglish,
    domain: { domain: DOMAIN_MESSAGES.en },
    resources: resourceMessages.en,
    dashboard: dashboardMessages.en,
  },
  de: {
    ra: raGerman,
    app: appGerman,
    domain: { domain: DOMAIN_MESSAGES.de },
    resources: resourceMessages.de,
    dashboard: dashboardMessages.de,
  },
} satisfies Record<Locale, Record<string, object>>;

const catalogues: Record<Locale, MessageTree> = {
  en: mergeMessages(...Object.values(catalogueParts.en)),
  de: mergeMessages(...Object.values(catalogueParts.de)),
};

export function messagesFor(locale: Locale): TranslationMessages {
  return catalogues[locale] as unknown as TranslationMessages;
}

function asLocale(locale: string): Locale {
  return locale === 'de' ? 'de' : 'en';
}

/** A provider starting in `locale`; it keeps the current locale (and its saved choice) in step. */
export function createI18nProvider(locale: Locale = initialLocale(), { persist = true } = {}): I18nProvider {
  // Server messages and labels that are already text are shown as they are, not as missing keys.
  const provider = polyglotI18nProvider((l) => messagesFor(asLocale(l)), locale, [...LANGUAGES], {
    allowMissing: true,
  });
  setCurrentLocale(locale, { persist: false });
  return {
    ...provider,
    changeLocale: async (next: string) => {
      await provider.changeLocale(next);
      setCurrentLocale(asLocale(next), { persist });
    },
  };
}

export const i18nProvider = createI18nProvider();
