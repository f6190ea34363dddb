import type { MessageShape } from '../../components/messageShape';

export const en = {
  name: 'Transfer |||| Transfers',
  fields: {
    id: 'ID',
    number: 'Number',
    status: 'Status',
    fromWarehouseId: 'From',
    toWarehouseId: 'To',
    items: 'Lines',
    productId: 'Product',
    quantity: 'Sent',
    receivedQuantity: 'Received',
    note: 'Note',
    shortfallReason: 'Why less arrived',
    createdBy: 'Created by',
    createdAt: 'Created',
    dispatchedAt: 'Dispatched',
    receivedAt: 'Received',
    cancelledAt: 'Cancelled',
    updatedAt: 'Last changed',
  },
  screen: {
    empty: 'No transfers yet.',
    status: { draft: 'Draft', in_transit: 'In transit', received: 'Received', cancelled: 'Cancelled' },
    tabs: { all: 'All' },
    lines: 'Lines',
    onlyDraft: 'This transfer has been dispatched or closed; only drafts can be edited.',
    shortfall: 'Less arrived than was sent: %{reason}',
    actions: { dispatch: 'Dispatch', receive: 'Receive', cancel: 'Cancel transfer' },
    confirm: {
      dispatch: {
        title: 'Dispatch %{number}?',
        draft: 'The goods leave the source warehouse now and show as in transit until they are received.',
      },
      cancel: {
        title: 'Cancel %{number}?',
        draft: 'The draft is closed; no stock moves.',
        inTransit: 'The goods are booked back into the source warehouse.',
      },
    },
    done: {
      in_transit: '%{number} dispatched.',
      received: '%{number} received.',
      cancelled: '%{number} cancelled.',
    },
    receive: {
      title: 'Receive %{number}',
      sent: '%{quantity} sent',
      shortfallHelp: 'For example damaged or missing in the delivery. The difference is booked as a loss.',
    },
  },
};

export const de: MessageShape<typeof en> = {
  name: 'Umlagerung |||| Umlagerungen',
  fields: {
    id: 'ID',
    number: 'Nummer',
    status: 'Status',
    fromWarehouseId: 'Von',
    toWarehouseId: 'Nach',
    items: 'Zeilen',
    productId: 'Produkt',
    quantity: 'Versandt',
    receivedQuantity: 'Empfangen',
    note: 'Notiz',
    shortfallReason: 'Warum weniger ankam',
    createdBy: 'Angelegt von',
    createdAt: 'Angelegt',
    dispatchedAt: 'Versandt',
    receivedAt: 'Empfangen',
    cancelledAt: 'Storniert',
    updatedAt: 'Zuletzt geändert',
  },
  screen: {
    empty: 'Noch keine Umlagerungen.',
    status: { draft: 'Entwurf', in_transit: 'Unterwegs', received: 'Empfangen', cancelled: 'Storniert' },
    tabs: { all: 'Alle' },
    lines: 'Zeilen',
    onlyDraft: 'Diese Umlagerung ist versandt oder abgeschlossen; nur Entwürfe lassen sich bearbeiten.',
    shortfall: 'Es kam weniger an als versandt: %{reason}',
    actions: { dispatch: 'Versenden', receive: 'Empfangen', cancel: 'Umlagerung stornieren' },
    confirm: {
      dispatch: {
        title: '%{number} versenden?',
        draft: 'Die Ware verlässt jetzt das Quelllager und gilt als unterwegs, bis sie empfangen wird.',
      },
      cancel: {
        title: '%{number} stornieren?',
        draft: 'Der Entwurf wird geschlossen; es wird kein Bestand bewegt.',
        inTransit: 'Die Ware wird zurück ins Quelllager gebucht.',
      },
    },
    done: {
      in_transit: '%{number} versandt.',
      received: '%{number} empfangen.',
      cancelled: '%{number} storniert.',
    },
    receive: {
      title: '%{number} empfangen',
      sent: '%{quantity} versandt',
      shortfallHelp:
        'Zum Beispiel beschädigt oder in der Lieferung fehlend. Die Differenz wird als Verlust gebucht.',
    },
  },
};
