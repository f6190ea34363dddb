/** Messages for catalog rules (products and categories). */
export const en = {
  'errors.skuPattern':
    'Use 3 to 40 letters, digits, dots, dashes or underscores, starting and ending with a letter or digit.',
  'errors.skuTaken':
    'The SKU "%{sku}" is already used by another product (SKUs ignore upper and lower case).',
  'errors.ean13': 'This is not a valid EAN-13 barcode: it needs 13 digits with a correct check digit.',
  'errors.productStatusTransition': 'A product cannot go from %{from} to %{to}. Allowed next: %{allowed}.',
  'errors.activeNeedsPrice': 'An active product needs a price above zero.',
  'errors.activeNeedsCategory': 'An active product needs a category.',
  'errors.slugPattern': 'Use lower-case letters, digits and single dashes.',
  'errors.categorySelfParent': 'A category cannot be its own parent.',
  'errors.categoryDepth': 'Categories have two levels: choose a top-level category as the parent.',
  'errors.categoryHasChildren': 'This category has subcategories, so it must stay at the top level.',
  'errors.productReferenced':
    'Cannot delete: %{count} %{children} refer to this product. Archive it instead; archived products leave the catalog but keep their history.',
  'errors.bulkNeedsTargets': 'Select at least one product, or send a filter that matches some.',
  'errors.bulkPriceChange':
    'Describe the price change as a percentage (above −100) or a whole amount in cents, with rounding none, 99, 95 or whole.',
  'errors.bulkRefused':
    '%{count} of the selected products cannot be changed, so nothing was changed. The reasons are listed per product.',
  'errors.bulkRefusedProduct': '%{sku}: %{reason}',
  'errors.money': 'Enter an amount such as 12.99 or 12,99.',
  'errors.csvNeedsSku': 'The file needs a header line with at least a "sku" column.',
  'errors.skuTwiceInFile': 'This SKU already appears on line %{line} of the file.',
  'errors.categoryMoveEdge': 'The category is already at that end of its list.',
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
  'errors.categoryHasChildren':
    'Diese Kategorie hat Unterkategorien und muss daher eine Hauptkategorie bleiben.',
  'errors.productReferenced':
    'Löschen nicht möglich: %{count} %{children} verweisen auf dieses Produkt. Archivieren Sie es stattdessen; archivierte Produkte verlassen den Katalog, ihre Historie bleibt.',
  'errors.bulkNeedsTargets': 'Wählen Sie mindestens ein Produkt aus oder einen Filter, der Produkte findet.',
  'errors.bulkPriceChange':
    'Geben Sie die Preisänderung als Prozentsatz (über −100) oder als ganzen Betrag in Cent an, mit Rundung none, 99, 95 oder whole.',
  'errors.bulkRefused':
    '%{count} der ausgewählten Produkte können nicht geändert werden, daher wurde nichts geändert. Die Gründe stehen je Produkt dabei.',
  'errors.bulkRefusedProduct': '%{sku}: %{reason}',
  'errors.money': 'Geben Sie einen Betrag wie 12,99 oder 12.99 ein.',
  'errors.csvNeedsSku': 'Die Datei braucht eine Kopfzeile mit mindestens der Spalte „sku“.',
  'errors.skuTwiceInFile': 'Diese SKU steht bereits in Zeile %{line} der Datei.',
  'errors.categoryMoveEdge': 'Die Kategorie steht bereits an diesem Ende ihrer Liste.',
};
