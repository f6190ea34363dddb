/** German for ./messages: loaded only when German is chosen. */
import type { MessageShape } from '../../components/messageShape';
import type { en } from './messages';

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
    tabs: { all: 'Alle', label: 'Umlagerungen nach Status' },
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
