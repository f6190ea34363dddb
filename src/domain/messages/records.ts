/** Messages for warehouses, customers and promotions. */
export const en = {
  'errors.valueTaken': '"%{value}" is already in use.',
  'errors.warehouseCodePattern': 'Use 2 to 6 capital letters, for example BER.',
  'errors.email': 'Enter an e-mail address like name@example.com.',
  'errors.countryCode': 'Use the two-letter country code, for example DE.',
  'errors.address': 'An address needs name, street, postal code, city and country.',
  'errors.promotionCodePattern': 'Use 3 to 40 letters, digits, dashes or underscores.',
  'errors.percentRange': 'A percentage discount must be between 1 and 100.',
  'errors.buyXGetYQuantities': 'Buy X get Y needs both quantities.',
  'errors.endsBeforeStart': 'The end must be after the start.',
  'errors.limitBelowUses': 'The limit cannot be below the %{uses} uses already made.',
} as const;

export const de: Record<keyof typeof en, string> = {
  'errors.valueTaken': '„%{value}“ wird bereits verwendet.',
  'errors.warehouseCodePattern': '2 bis 6 Großbuchstaben, zum Beispiel BER.',
  'errors.email': 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  'errors.countryCode': 'Zweibuchstabiger Ländercode, zum Beispiel DE.',
  'errors.address': 'Eine Adresse braucht Name, Straße, Postleitzahl, Ort und Land.',
  'errors.promotionCodePattern': '3 bis 40 Buchstaben, Ziffern, Binde- oder Unterstriche.',
  'errors.percentRange': 'Ein Prozentrabatt muss zwischen 1 und 100 liegen.',
  'errors.buyXGetYQuantities': 'Kaufe X, erhalte Y braucht beide Mengen.',
  'errors.endsBeforeStart': 'Das Ende muss nach dem Beginn liegen.',
  'errors.limitBelowUses': 'Das Limit darf nicht unter den bereits erfolgten %{uses} Einlösungen liegen.',
};
