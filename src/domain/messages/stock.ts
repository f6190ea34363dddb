/** Messages for stock changes, transfers and the ledger. */
export const en = {
  'errors.zeroDelta': 'A change of zero does nothing; enter how many units to add (+) or remove (−).',
  'errors.countTakesQuantity': 'A count takes the counted quantity, not a change.',
  'errors.quantityOnlyForCount': 'A counted quantity is only for the reason "count".',
  'errors.negativeStock':
    'On hand cannot go below zero: it is %{onHand}, and a change of %{delta} would make it %{result}.',
  'errors.staleOnHand':
    'On hand changed while you were working: you saw %{expected}, it is now %{actual}. Check the latest movements and count again.',
  'errors.warehouseNotYours': 'You can change stock only in your own warehouses (%{warehouses}).',
  'errors.noStockLevel': 'Product %{productId} has no stock level in warehouse %{warehouseId}.',
  'errors.unknownSku': 'Line %{line}: there is no product with SKU or barcode "%{sku}".',
  'errors.lineQuantity': 'Line %{line}: the quantity must be a whole number above zero.',
  'errors.noLines': 'Add at least one line.',
  'errors.tooManyLines': 'At most %{max} lines at once.',
  'errors.alreadyReversed': 'Movement %{id} has already been reversed by movement %{by}.',
  'errors.notReversible':
    'Only manual adjustments can be reversed here; %{reason} movements are undone through their own workflow.',
  'errors.sameWarehouse': 'Choose a destination different from the source warehouse.',
  'errors.transferStatus':
    'This transfer is %{status}; it cannot be %{action} now. Allowed next: %{allowed}.',
  'errors.transferEditOnlyDraft': 'Only a draft transfer can be edited.',
  'errors.receivedMoreThanSent': 'Line %{line}: received %{received}, but only %{sent} were sent.',
  'errors.shortfallNeedsReason':
    'Less arrived than was sent: say why (for example damaged or missing in delivery).',
  'errors.duplicateLine': 'Product %{productId} appears twice; put it on one line.',
  'transferStatus.draft': 'a draft',
  'transferStatus.in_transit': 'in transit',
  'transferStatus.received': 'received',
  'transferStatus.cancelled': 'cancelled',
  'transferAction.in_transit': 'dispatched',
  'transferAction.received': 'received',
  'transferAction.cancelled': 'cancelled',
} as const;

export const de: Record<keyof typeof en, string> = {
  'errors.zeroDelta':
    'Eine Änderung um null bewirkt nichts; geben Sie an, wie viele Einheiten hinzu (+) oder weg (−) sollen.',
  'errors.countTakesQuantity': 'Eine Zählung braucht die gezählte Menge, keine Änderung.',
  'errors.quantityOnlyForCount': 'Eine gezählte Menge gibt es nur beim Grund „Zählung“.',
  'errors.negativeStock':
    'Der Bestand darf nicht unter null fallen: Er beträgt %{onHand}, eine Änderung um %{delta} ergäbe %{result}.',
  'errors.staleOnHand':
    'Der Bestand hat sich inzwischen geändert: Sie sahen %{expected}, jetzt sind es %{actual}. Prüfen Sie die letzten Bewegungen und zählen Sie erneut.',
  'errors.warehouseNotYours': 'Sie können Bestände nur in Ihren eigenen Lagern ändern (%{warehouses}).',
  'errors.noStockLevel': 'Produkt %{productId} hat im Lager %{warehouseId} keinen Bestand.',
  'errors.unknownSku': 'Zeile %{line}: Es gibt kein Produkt mit der SKU oder dem Barcode „%{sku}“.',
  'errors.lineQuantity': 'Zeile %{line}: Die Menge muss eine ganze Zahl über null sein.',
  'errors.noLines': 'Fügen Sie mindestens eine Zeile hinzu.',
  'errors.tooManyLines': 'Höchstens %{max} Zeilen auf einmal.',
  'errors.alreadyReversed': 'Bewegung %{id} wurde bereits durch Bewegung %{by} storniert.',
  'errors.notReversible':
    'Nur manuelle Korrekturen lassen sich hier stornieren; Bewegungen vom Typ %{reason} werden über ihren eigenen Ablauf rückgängig gemacht.',
  'errors.sameWarehouse': 'Wählen Sie ein anderes Ziellager als das Quelllager.',
  'errors.transferStatus':
    'Diese Umlagerung ist %{status}; sie kann jetzt nicht %{action} werden. Erlaubt als Nächstes: %{allowed}.',
  'errors.transferEditOnlyDraft': 'Nur eine Umlagerung im Entwurf kann bearbeitet werden.',
  'errors.receivedMoreThanSent': 'Zeile %{line}: %{received} empfangen, aber nur %{sent} versandt.',
  'errors.shortfallNeedsReason':
    'Es kam weniger an als versandt: Bitte geben Sie den Grund an (zum Beispiel beschädigt oder fehlt in der Lieferung).',
  'errors.duplicateLine': 'Produkt %{productId} kommt doppelt vor; fassen Sie es in einer Zeile zusammen.',
  'transferStatus.draft': 'ein Entwurf',
  'transferStatus.in_transit': 'unterwegs',
  'transferStatus.received': 'empfangen',
  'transferStatus.cancelled': 'storniert',
  'transferAction.in_transit': 'versandt',
  'transferAction.received': 'empfangen',
  'transferAction.cancelled': 'storniert',
};
