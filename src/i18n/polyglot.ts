/**
 * The console's i18nProvider, built on ra-i18n-polyglot from a function that
 * gives a language's messages (or a promise of them, for a language loaded on
 * demand). It keeps the current locale, which requests send as
 * Accept-Language, in step with the language shown.
 */
import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider, TranslationMessages } from 'react-admin';
import type { Locale } from '../domain/messages/locale';
import { LANGUAGES, setCurrentLocale } from './currentLocale';

export type MessagesFor = (locale: Locale) => TranslationMessages | Promise<TranslationMessages>;

export interface KontorI18nProvider extends I18nProvider {
  /** Switches language without saving it as the user's choice: the language the console starts in. */
  startIn(locale: Locale): Promise<void>;
}

function asLocale(locale: string): Locale {
  return locale === 'de' ? 'de' : 'en';
}

/** A provider starting in `locale`, whose messages must be at hand; `persist` saves a change of language. */
export function buildI18nProvider(
  messagesFor: MessagesFor,
  locale: Locale,
  { persist = true } = {},
): KontorI18nProvider {
  // Server messages and labels that are already text are shown as they are, not as missing keys.
  const provider = polyglotI18nProvider((l) => messagesFor(asLocale(l)), locale, [...LANGUAGES], {
    allowMissing: true,
  });
  // One switch at a time: each gathers its messages when it runs, so a switch started while the
  // console's catalogue was still being added cannot finish last with fewer messages.
  let queue: Promise<unknown> = Promise.resolve();
  const switchTo = (next: string, save: boolean) => {
    const run = queue.then(async () => {
      await provider.changeLocale(next);
      setCurrentLocale(asLocale(next), { persist: save });
    });
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    ...provider,
    changeLocale: (next: string) => switchTo(next, persist),
    startIn: (next: Locale) => switchTo(next, false),
  };
}
