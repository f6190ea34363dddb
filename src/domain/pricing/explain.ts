/**
 * Explanations are message keys with parameters, so the console can show them
 * in the reader's language; `text` is one rendering for logs and API answers.
 * Money and instants stay raw in the parameters and are formatted only when
 * rendered, for the reader's locale and the shop's time zone.
 */
import { formatMessage, type Locale, type MessageParam, type MessageParams } from '../messages';
import { DEFAULT_TIME_ZONE } from '../time';

export type ExplanationParam = MessageParam | { cents: number } | { instant: string };

export interface Explanation {
  key: string;
  params: Record<string, ExplanationParam>;
  text: string;
}

export interface RenderOptions {
  locale?: Locale;
  timeZone?: string;
}

const moneyFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatMoney(cents: number, locale: Locale): string {
  let format = moneyFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
    moneyFormats.set(locale, format);
  }
  return format.format(cents / 100);
}

export function formatShopDateTime(instant: string, locale: Locale, timeZone: string): string {
  const cacheKey = `${locale}|${timeZone}`;
  let format = dateFormats.get(cacheKey);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
    dateFormats.set(cacheKey, format);
  }
  return format.format(new Date(instant));
}

export function renderExplanation(
  key: string,
  params: Readonly<Record<string, ExplanationParam>>,
  { locale = 'en', timeZone = DEFAULT_TIME_ZONE }: RenderOptions = {},
): string {
  const plain: MessageParams = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'object' && 'cents' in value) plain[name] = formatMoney(value.cents, locale);
    else if (typeof value === 'object' && 'instant' in value)
      plain[name] = formatShopDateTime(value.instant, locale, timeZone);
    else plain[name] = value;
  }
  return formatMessage(locale, key, plain);
}

export function explain(
  key: string,
  params: Record<string, ExplanationParam>,
  options: RenderOptions = {},
): Explanation {
  return { key, params, text: renderExplanation(key, params, options) };
}

/** The same explanation in another language or zone (API answers follow Accept-Language). */
export function translateExplanation(explanation: Explanation, options: RenderOptions): Explanation {
  return explain(explanation.key, explanation.params, options);
}
