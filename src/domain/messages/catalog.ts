/** Messages for catalog rules (products and categories). */
export const en = {
  'errors.skuPattern':
    'Use 3 to 40 letters, digits, dots, dashes or underscores, starting and ending with a letter or digit.',
  'errors.skuTaken': 'The SKU "%{sku}" is already used by another product (SKUs ignore upper and lower case).',
  'errors.ean13': 'This is not a valid EAN-13 barcode: it needs 13 digits with a correct check digit.',
  'errors.productStatusTransition': 'A product cannot go from %{from} to %{to}. Allowed next: %{allowed}.',
  'errors.activeNeedsPrice': 'An active product needs a price above zero.',
  'errors.activeNeedsCategory': 'An active product needs a category.',
  'errors.slugPattern': 'Use lower-case letters, digits and single dashes.',
  'errors.categorySelfParent': 'A category cannot be its own parent.',
  'errors.categoryDepth': 'Categories have two levels: choose a top-level category as the parent.',
  'errors.categoryHasChildren': 'This category has subcategories, so it must stay at the top level.',
} as const;

export const de: Record<keyof typeof en, string> = {
  'errors.skuPattern':
    '3 bis 40 Buchstaben, Ziffern, Punkte, Binde- oder Unterstriche; Anfang und Ende ein Buchstabe oder eine Ziffer.',
  'errors.skuTaken':
    'Die SKU „%{sku}“ wird bereits von einem anderen Produkt verwendet (Groß- und Kleinschreibung zählen nicht).',
  'errors.ean13': 'Kein gültiger EAN-13-Barcode: 13 Ziffern mit korrekter Prüfziffer erforderlich.',
  'errors.productStatusTransition':
    'Ein Produkt kann nicht von %{from} zu %{to} wechseln. Erlaubt als Nächstes: %{allowed}.',
  'errors.activeNeedsPrice': 'Ein aktives Produkt braucht einen Preis über null.',
  'errors.activeNeedsCategory': 'Ein aktives Produkt braucht eine Kategorie.',
  'errors.slugPattern': 'Nur Kleinbuchstaben, Ziffern und einzelne Bindestriche.',
  'errors.categorySelfParent': 'Eine Kategorie kann nicht ihre eigene Oberkategorie sein.',
  'errors.categoryDepth': 'Kategorien haben zwei Ebenen: Wählen Sie eine Hauptkategorie als Oberkategorie.',
  'errors.categoryHasChildren': 'Diese Kategorie hat Unterkategorien und muss daher eine Hauptkategorie bleiben.',
};
