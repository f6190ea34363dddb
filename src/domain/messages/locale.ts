/** The languages Kontor speaks, apart from the catalogues, so choosing one does not load them. */
export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

/** Picks the best supported locale from an Accept-Language header or a browser language list. */
export function pickLocale(accept: string | readonly string[] | undefined | null): Locale {
  const tags = Array.isArray(accept)
    ? accept
    : String(accept ?? '')
        .split(',')
        .map((part) => part.split(';')[0]?.trim() ?? '');
  for (const tag of tags) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'de' || primary === 'en') return primary;
  }
  return 'en';
}
