/** Messages of the KPI report (`GET /api/kpis`). */
export const en = {
  'errors.kpis.unknownParam': 'Unknown query parameter "%{param}". The KPIs take: %{allowed}.',
  'errors.kpis.singleValue': 'Give the query parameter "%{param}" once, as plain text.',
  'errors.kpis.notADate':
    '"%{param}" must be a shop calendar date (YYYY-MM-DD) or an ISO 8601 instant with its time zone (such as 2026-06-01T00:00:00Z); "%{value}" is neither.',
  'errors.kpis.fromAfterTo': 'The range starts (from %{from}) after it ends (to %{to}).',
  'errors.kpis.rangeTooLong':
    'The range from %{from} to %{to} is longer than %{years} years; choose a shorter one.',
  'errors.kpis.notOneOf': '"%{param}" must be one of: %{allowed}; "%{value}" is not.',
  'errors.kpis.unknownWarehouse': '"warehouseId": there is no warehouse with id "%{value}".',
  'errors.kpis.sectionForbidden':
    'Your role (%{role}) may not see the %{section} figures; it may ask for: %{allowed}.',
  'kpis.section.sales': 'sales',
  'kpis.section.stock': 'stock',
  'kpis.section.fulfilment': 'fulfilment',
  'kpis.section.promotions': 'promotions',
} as const;

export const de: Record<keyof typeof en, string> = {
  'errors.kpis.unknownParam': 'Unbekannter Abfrageparameter „%{param}“. Die Kennzahlen kennen: %{allowed}.',
  'errors.kpis.singleValue':
    'Geben Sie den Abfrageparameter „%{param}“ nur einmal und als einfachen Text an.',
  'errors.kpis.notADate':
    '„%{param}“ muss ein Kalendertag des Shops (JJJJ-MM-TT) oder ein ISO-8601-Zeitpunkt mit Zeitzone sein (etwa 2026-06-01T00:00:00Z); „%{value}“ ist beides nicht.',
  'errors.kpis.fromAfterTo': 'Der Zeitraum beginnt (from %{from}) nach seinem Ende (to %{to}).',
  'errors.kpis.rangeTooLong':
    'Der Zeitraum von %{from} bis %{to} ist länger als %{years} Jahre; wählen Sie einen kürzeren.',
  'errors.kpis.notOneOf': '„%{param}“ muss einer dieser Werte sein: %{allowed}; „%{value}“ ist es nicht.',
  'errors.kpis.unknownWarehouse': '„warehouseId“: Es gibt kein Lager mit der ID „%{value}“.',
  'errors.kpis.sectionForbidden':
    'Ihre Rolle (%{role}) darf die Kennzahlen zu %{section} nicht sehen; erlaubt sind: %{allowed}.',
  'kpis.section.sales': 'Umsatz',
  'kpis.section.stock': 'Bestand',
  'kpis.section.fulfilment': 'Versand',
  'kpis.section.promotions': 'Aktionen',
};
