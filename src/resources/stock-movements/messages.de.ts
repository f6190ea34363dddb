/** German for ./messages: loaded only when German is chosen. */
import type { MessageShape } from '../../components/messageShape';
import type { en } from './messages';

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
