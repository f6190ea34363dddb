/**
 * The console's i18nProvider. It starts with the login page's English; the
 * signed-in console adds its part when it loads (./console.ts), and German is
 * fetched the first time it is needed (chosen in the language menu, saved
 * from an earlier visit, or preferred by the browser), as react-admin's demo
 * does with French. It starts in English: src/main.tsx switches to the
 * user's language before the first render.
 */
import type { TranslationMessages } from 'react-admin';
import type { Locale } from '../domain/messages/locale';
import { getCurrentLocale } from './currentLocale';
import { loginEnglish } from './login';
import { mergeMessages } from './merge';
import { buildI18nProvider } from './polyglot';

export interface CataloguePart {
  en: object;
  /** Loads the German counterpart. */
  de: () => Promise<object>;
}

const parts: CataloguePart[] = [
  { en: loginEnglish, de: () => import('./login.de').then((module) => module.loginGerman) },
];

const merged = (trees: object[]) =>
  mergeMessages(...trees.flatMap((tree) => Object.values(tree))) as unknown as TranslationMessages;

function messagesFor(locale: Locale): TranslationMessages | Promise<TranslationMessages> {
  if (locale === 'en') return merged(parts.map((part) => part.en));
  return Promise.all(parts.map((part) => part.de())).then(merged);
}

export const i18nProvider = buildI18nProvider(messagesFor, 'en');

/** Adds a part to the catalogue; resolves once the language shown has been reloaded with it. */
export function addCatalogue(part: CataloguePart): Promise<void> {
  parts.push(part);
  // The language the console is starting in, even while main.tsx is still switching to it.
  return i18nProvider.startIn(getCurrentLocale());
}
