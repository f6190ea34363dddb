/**
 * The console's i18nProvider. English is part of the first download; German
 * is fetched the first time it is needed (chosen in the language menu, saved
 * from an earlier visit, or preferred by the browser), as react-admin's demo
 * does with French. It starts in English: src/main.tsx switches to the
 * user's language before the first render.
 */
import type { TranslationMessages } from 'react-admin';
import { english } from './english';
import { buildI18nProvider } from './polyglot';

let german: Promise<TranslationMessages> | undefined;

/** The German catalogue; the first call starts the download, later ones share it. */
export function loadGerman(): Promise<TranslationMessages> {
  german ??= import('./german').then((module) => module.german);
  // A failed download may be retried the next time German is chosen.
  german.catch(() => {
    german = undefined;
  });
  return german;
}

export const i18nProvider = buildI18nProvider((locale) => (locale === 'de' ? loadGerman() : english), 'en');
