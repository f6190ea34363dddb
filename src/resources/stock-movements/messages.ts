import type { MessageShape } from '../../components/messageShape';

export const en = {
  name: 'Stock movement |||| Stock movements',
  fields: {
    id: 'ID',
    createdAt: 'Date',
    productId: 'Product',
    warehouseId: 'Warehouse',
    delta: 'Change',
    reason: 'Reason',
    balanceAfter: 'Balance after',
    userId: 'By',
    note: 'Note',
    createdAt_gte: 'From',
    createdAt_lte: 'Until',
  },
  screen: {
    empty: 'No stock movements yet.',
    mine: 'Only my movements',
    reverse: {
      action: 'Reverse',
      title: 'Reverse this movement?',
      explain:
        'A correction of %{delta} is booked against it. The original stays in the ledger unchanged; the correction refers to it.',
      confirm: 'Reverse',
      done: 'Reversed with a correction of %{delta}.',
      reversed: 'Reversed',
    },
    history: {
      title: 'Movements',
      chart: 'On hand over time',
      chartSummary: 'On hand over the last %{count} movements, from %{from} to %{to}',
      empty: 'No movements yet.',
      openLedger: 'Open in the stock ledger',
    },
  },
};

export const de: MessageShape<typeof en> = {
  name: 'Lagerbewegung |||| Lagerbewegungen',
  fields: {
    id: 'ID',
    createdAt: 'Datum',
    productId: 'Produkt',
    warehouseId: 'Lager',
    delta: 'Änderung',
    reason: 'Grund',
    balanceAfter: 'Bestand danach',
    userId: 'Durch',
    note: 'Notiz',
    createdAt_gte: 'Von',
    createdAt_lte: 'Bis',
  },
  screen: {
    empty: 'Noch keine Lagerbewegungen.',
    mine: 'Nur meine Bewegungen',
    reverse: {
      action: 'Stornieren',
      title: 'Diese Bewegung stornieren?',
      explain:
        'Dagegen wird eine Korrektur um %{delta} gebucht. Die ursprüngliche Bewegung bleibt unverändert im Lagerjournal; die Korrektur verweist auf sie.',
      confirm: 'Stornieren',
      done: 'Mit einer Korrektur um %{delta} storniert.',
      reversed: 'Storniert',
    },
    history: {
      title: 'Bewegungen',
      chart: 'Bestand im Zeitverlauf',
      chartSummary: 'Bestand über die letzten %{count} Bewegungen, von %{from} bis %{to}',
      empty: 'Noch keine Bewegungen.',
      openLedger: 'Im Lagerjournal öffnen',
    },
  },
};
