/** Messages for warehouses, customers, promotions and shop settings. */
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
  'errors.alreadyErased': 'This customer’s personal data has already been erased.',
  'errors.erasureConfirmation': 'Type the customer’s e-mail address exactly to confirm the erasure.',
  'errors.carrierPattern':
    'This is not a pattern Kontor can read. Use a regular expression such as \\d{14} (14 digits) or 1Z[0-9A-Z]{16}.',
  'errors.carrierPatternUnsafe':
    'This pattern repeats a repetition, like (a+)+, which can take the server minutes to check one number. Write each part once with its count, for example [0-9A-Z]{10,20}.',
  'errors.carrierUrlTemplate':
    'Use an https address with {number} where the tracking number goes, for example https://example.com/track?id={number}.',
  'errors.carrierUnknown': '"%{carrier}" is not an active carrier. Choose one from Settings → Carriers.',
  'errors.carrierReferenced':
    'Cannot delete: %{count} %{children} use this carrier. Deactivate it instead; it then no longer appears for new parcels.',
  'errors.shippingMethodReferenced':
    'Cannot delete: %{count} %{children} use this shipping method. Deactivate it instead.',
  'errors.paymentMethodReferenced':
    'Cannot delete: %{count} %{children} use this payment method. Deactivate it instead.',
  'errors.timeZoneUnknown':
    '"%{value}" is not a time zone Kontor knows. Use an IANA name such as Europe/Berlin, Europe/Vienna or UTC.',
  'errors.shopAddressLines': 'Use at most %{lines} lines of at most %{length} characters each.',
  'errors.shopSettingsSingle':
    'The shop has one settings record; change it with PUT /api/shop-settings/1 instead of creating or deleting one.',
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
  'errors.alreadyErased': 'Die Personendaten dieses Kunden wurden bereits gelöscht.',
  'errors.erasureConfirmation': 'Geben Sie zur Bestätigung die E-Mail-Adresse des Kunden genau ein.',
  'errors.carrierPattern':
    'Dieses Muster kann Kontor nicht lesen. Verwenden Sie einen regulären Ausdruck wie \\d{14} (14 Ziffern) oder 1Z[0-9A-Z]{16}.',
  'errors.carrierPatternUnsafe':
    'Dieses Muster wiederholt eine Wiederholung, etwa (a+)+, und die Prüfung einer einzigen Nummer kann den Server minutenlang beschäftigen. Schreiben Sie jeden Teil einmal mit seiner Anzahl, zum Beispiel [0-9A-Z]{10,20}.',
  'errors.carrierUrlTemplate':
    'Verwenden Sie eine https-Adresse mit {number} an der Stelle der Sendungsnummer, zum Beispiel https://example.com/track?id={number}.',
  'errors.carrierUnknown':
    '„%{carrier}“ ist kein aktiver Versanddienst. Wählen Sie einen aus Einstellungen → Versanddienste.',
  'errors.carrierReferenced':
    'Löschen nicht möglich: %{count} %{children} nutzen diesen Versanddienst. Deaktivieren Sie ihn stattdessen; für neue Pakete wird er dann nicht mehr angeboten.',
  'errors.shippingMethodReferenced':
    'Löschen nicht möglich: %{count} %{children} nutzen diese Versandart. Deaktivieren Sie sie stattdessen.',
  'errors.paymentMethodReferenced':
    'Löschen nicht möglich: %{count} %{children} nutzen diese Zahlungsart. Deaktivieren Sie sie stattdessen.',
  'errors.timeZoneUnknown':
    '„%{value}“ ist keine Zeitzone, die Kontor kennt. Verwenden Sie einen IANA-Namen wie Europe/Berlin, Europe/Vienna oder UTC.',
  'errors.shopAddressLines': 'Höchstens %{lines} Zeilen mit je höchstens %{length} Zeichen.',
  'errors.shopSettingsSingle':
    'Der Shop hat genau einen Einstellungsdatensatz; ändern Sie ihn mit PUT /api/shop-settings/1, statt einen anzulegen oder zu löschen.',
};
