/** Messages for the order workflow: status changes, shipments, pick lists, returns and refunds. */
export const en = {
  'orders.noneAllowed': 'none',
  'timeline.orderPlaced': 'Order placed',
  'timeline.paymentAuthorised': 'Payment authorised',
  'timeline.bankTransferReceived': 'Bank transfer received',
  'timeline.paymentNotReceived': 'Payment not received',
  'timeline.holdReleased': 'Hold released',
  'timeline.pickingStarted': 'Picking started',
  'timeline.handedToCarrier': 'Handed to %{carrier}',
  'timeline.deliveredByCarrier': 'Delivered by the carrier',
  'timeline.shipmentCreated': 'Shipment %{id} created',
  'timeline.shipment.packed': 'Shipment %{id} packed',
  'timeline.shipment.shipped': 'Shipment %{id} handed to %{carrier} (%{trackingNumber})',
  'timeline.shipment.in_transit': 'Shipment %{id} in transit with %{carrier} (%{trackingNumber})',
  'timeline.shipment.delivered': 'Shipment %{id} delivered by %{carrier} (%{trackingNumber})',
  'timeline.shipment.exception': 'Shipment %{id}: problem reported by %{carrier} (%{trackingNumber})',
  'timeline.shipment.cancelled': 'Shipment %{id} cancelled',
  'collections.returns': 'returns',
  'collections.refunds': 'refunds',
  'errors.orderTransition': 'An order that is "%{from}" cannot become "%{to}". Allowed next: %{allowed}.',
  'errors.orderStatusByWorkflow':
    '"%{to}" follows from shipments and returns and cannot be set by hand (the order is "%{from}"). Allowed next: %{allowed}.',
  'errors.transitionNeedsReason': 'Say why: a reason is required to make an order "%{to}".',
  'errors.shipmentTransition':
    'A shipment that is "%{from}" cannot become "%{to}". Allowed next: %{allowed}.',
  'errors.notInOrder': 'Product %{productId} is not part of this order.',
  'errors.overShipment': 'Only %{limit} of product %{productId} are still to ship; %{requested} requested.',
  'errors.overReturn':
    'Only %{limit} of product %{productId} were delivered and not yet returned; %{requested} requested.',
  'errors.trackingNumber': 'This is not a valid %{carrier} tracking number.',
  'errors.notEnoughOnHand':
    'Warehouse %{warehouse} has only %{onHand} of %{sku} on hand; %{requested} requested.',
  'errors.notEnoughAvailable':
    'Warehouse %{warehouse} has only %{available} of %{sku} available (%{onHand} on hand, %{reserved} reserved for its own orders); %{requested} requested.',
  'errors.orderNotShippable':
    'Order %{number} is "%{status}"; shipments can be created only for paid or processing orders.',
  'errors.orderOnHold': 'Order %{number} is on hold; release it before packing or shipping.',
  'errors.waitsForPayment':
    'Order %{number} waits for payment by %{method}; mark it paid first, then it can be picked, packed and shipped.',
  'errors.bulkIds': 'Send "ids" as a list of 1 to %{max} shipment ids.',
  'errors.bulkShipmentsRefused':
    '%{refused} of %{total} shipments cannot become "%{to}", so none was changed.',
  'errors.notReturnable': 'Order %{number} is "%{status}"; only delivered orders can take returns.',
  'errors.overRefund':
    'At most %{max} can be refunded (paid %{paid}, already refunded %{refunded}); %{requested} requested.',
  'errors.notPaid': 'Order %{number} was never paid, so there is nothing to refund.',
  'errors.pickListParams': 'Give either "orderIds" (a JSON list of order ids) or "warehouseId".',
  'errors.notPickable':
    'These orders have nothing to pick now (not paid, on hold or already shipped): %{numbers}.',
  'errors.returnsWorkflowOnly':
    'Returns are recorded with POST /api/orders/:id/returns and never changed afterwards.',
  'errors.refundsWorkflowOnly':
    'Refunds are recorded with POST /api/orders/:id/refunds and never changed afterwards.',
} as const;

export const de: Record<keyof typeof en, string> = {
  'orders.noneAllowed': 'keiner',
  'timeline.orderPlaced': 'Bestellung aufgegeben',
  'timeline.paymentAuthorised': 'Zahlung autorisiert',
  'timeline.bankTransferReceived': 'Überweisung eingegangen',
  'timeline.paymentNotReceived': 'Zahlung nicht eingegangen',
  'timeline.holdReleased': 'Anhalten aufgehoben',
  'timeline.pickingStarted': 'Kommissionierung begonnen',
  'timeline.handedToCarrier': 'An %{carrier} übergeben',
  'timeline.deliveredByCarrier': 'Vom Versanddienst zugestellt',
  'timeline.shipmentCreated': 'Sendung %{id} angelegt',
  'timeline.shipment.packed': 'Sendung %{id} gepackt',
  'timeline.shipment.shipped': 'Sendung %{id} an %{carrier} übergeben (%{trackingNumber})',
  'timeline.shipment.in_transit': 'Sendung %{id} unterwegs mit %{carrier} (%{trackingNumber})',
  'timeline.shipment.delivered': 'Sendung %{id} von %{carrier} zugestellt (%{trackingNumber})',
  'timeline.shipment.exception': 'Sendung %{id}: Problem gemeldet von %{carrier} (%{trackingNumber})',
  'timeline.shipment.cancelled': 'Sendung %{id} storniert',
  'collections.returns': 'Retouren',
  'collections.refunds': 'Erstattungen',
  'errors.orderTransition':
    'Eine Bestellung im Status „%{from}“ kann nicht „%{to}“ werden. Erlaubt als Nächstes: %{allowed}.',
  'errors.orderStatusByWorkflow':
    '„%{to}“ ergibt sich aus Sendungen und Retouren und kann nicht von Hand gesetzt werden (die Bestellung ist „%{from}“). Erlaubt als Nächstes: %{allowed}.',
  'errors.transitionNeedsReason': 'Bitte begründen: Für den Status „%{to}“ ist ein Grund erforderlich.',
  'errors.shipmentTransition':
    'Eine Sendung im Status „%{from}“ kann nicht „%{to}“ werden. Erlaubt als Nächstes: %{allowed}.',
  'errors.notInOrder': 'Produkt %{productId} gehört nicht zu dieser Bestellung.',
  'errors.overShipment':
    'Von Produkt %{productId} sind nur noch %{limit} zu versenden; angefordert: %{requested}.',
  'errors.overReturn':
    'Von Produkt %{productId} wurden nur %{limit} geliefert und noch nicht zurückgegeben; angefordert: %{requested}.',
  'errors.trackingNumber': 'Das ist keine gültige Sendungsnummer von %{carrier}.',
  'errors.notEnoughOnHand':
    'Lager %{warehouse} hat von %{sku} nur %{onHand} Stück am Lager; angefordert: %{requested}.',
  'errors.notEnoughAvailable':
    'Lager %{warehouse} hat von %{sku} nur %{available} verfügbar (%{onHand} am Lager, %{reserved} für eigene Bestellungen reserviert); angefordert: %{requested}.',
  'errors.orderNotShippable':
    'Bestellung %{number} ist „%{status}“; Sendungen lassen sich nur für bezahlte oder in Bearbeitung befindliche Bestellungen anlegen.',
  'errors.orderOnHold':
    'Bestellung %{number} ist angehalten; geben Sie sie frei, bevor Sie packen oder versenden.',
  'errors.waitsForPayment':
    'Bestellung %{number} wartet auf Zahlung per %{method}; markieren Sie sie zuerst als bezahlt, dann kann sie kommissioniert, gepackt und versandt werden.',
  'errors.bulkIds': 'Senden Sie „ids“ als Liste von 1 bis %{max} Sendungs-IDs.',
  'errors.bulkShipmentsRefused':
    '%{refused} von %{total} Sendungen können nicht „%{to}“ werden, daher wurde keine geändert.',
  'errors.notReturnable':
    'Bestellung %{number} ist „%{status}“; nur gelieferte Bestellungen können Retouren annehmen.',
  'errors.overRefund':
    'Höchstens %{max} können erstattet werden (bezahlt %{paid}, bereits erstattet %{refunded}); angefordert: %{requested}.',
  'errors.notPaid': 'Bestellung %{number} wurde nie bezahlt, es gibt also nichts zu erstatten.',
  'errors.pickListParams':
    'Geben Sie entweder „orderIds“ (eine JSON-Liste von Bestell-IDs) oder „warehouseId“ an.',
  'errors.notPickable':
    'Für diese Bestellungen gibt es jetzt nichts zu kommissionieren (nicht bezahlt, angehalten oder bereits versandt): %{numbers}.',
  'errors.returnsWorkflowOnly':
    'Retouren werden mit POST /api/orders/:id/returns erfasst und danach nicht mehr geändert.',
  'errors.refundsWorkflowOnly':
    'Erstattungen werden mit POST /api/orders/:id/refunds erfasst und danach nicht mehr geändert.',
};
