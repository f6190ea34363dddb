import type { MessageShape } from '../../components/messageShape';

export const en = {
  name: 'Shipment |||| Shipments',
  fields: {
    id: 'ID',
    orderId: 'Order',
    warehouseId: 'Warehouse',
    carrier: 'Carrier',
    trackingNumber: 'Tracking number',
    status: 'Status',
    shippedAt: 'Shipped',
    deliveredAt: 'Delivered',
    createdAt: 'Created',
  },
  screen: {
    empty: 'No shipments yet.',
    track: 'Track %{number} with %{carrier} (opens in a new tab)',
  },
};

export const de: MessageShape<typeof en> = {
  name: 'Sendung |||| Sendungen',
  fields: {
    id: 'ID',
    orderId: 'Bestellung',
    warehouseId: 'Lager',
    carrier: 'Versanddienst',
    trackingNumber: 'Sendungsnummer',
    status: 'Status',
    shippedAt: 'Versandt',
    deliveredAt: 'Zugestellt',
    createdAt: 'Angelegt',
  },
  screen: {
    empty: 'Noch keine Sendungen.',
    track: '%{number} bei %{carrier} verfolgen (öffnet in neuem Tab)',
  },
};
