/**
 * The domain's message catalogue in English and German. The API answers in the
 * language of the request's Accept-Language header; the console merges the same
 * keys into its i18nProvider under `domain.`, so client-side checks and server
 * errors read the same. Each concern keeps its own file; add it to CATALOGUES.
 */
import * as auth from './auth';
import * as catalog from './catalog';
import * as common from './common';
import * as kpis from './kpis';
import * as labels from './labels';
import * as orders from './orders';
import * as promotions from './promotions';
import * as records from './records';
import * as stock from './stock';
import type { Locale } from './locale';

export { LOCALES, pickLocale, type Locale } from './locale';

const CATALOGUES = [common, catalog, records, auth, stock, promotions, orders, kpis, labels] as const;

type Catalogue = Record<string, string>;

function merge(locale: Locale): Catalogue {
  return Object.assign({}, ...CATALOGUES.map((c) => c[locale] as Catalogue)) as Catalogue;
}

export const DOMAIN_MESSAGES: Record<Locale, Catalogue> = { en: merge('en'), de: merge('de') };

/**
 * A parameter is a literal, `{ t: key }` for a word that is itself translated
 * (a role, a status), or a list of those, read as "a, b, c".
 */
export type MessageParam = string | number | { t: string; params?: MessageParams } | readonly MessageParam[];
export type MessageParams = Record<string, MessageParam>;

/** Polyglot-style `%{name}` interpolation, so the console's i18nProvider reads the same strings. */
export function formatMessage(locale: Locale, key: string, params: MessageParams = {}): string {
  const template = DOMAIN_MESSAGES[locale][key] ?? DOMAIN_MESSAGES.en[key] ?? key;
  return template.replace(/%\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return renderParam(locale, value);
  });
}

function renderParam(locale: Locale, value: MessageParam): string {
  if (Array.isArray(value)) return value.map((item: MessageParam) => renderParam(locale, item)).join(', ');
  if (typeof value === 'object') {
    const word = value as { t: string; params?: MessageParams };
    return formatMessage(locale, word.t, word.params);
  }
  return String(value);
}

/** A parameter that is translated in the reader's language. */
export const term = (key: string): { t: string } => ({ t: key });
