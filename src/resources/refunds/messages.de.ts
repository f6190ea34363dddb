/** German for ./messages: loaded only when German is chosen. */
import type { MessageShape } from '../../components/messageShape';
import type { en } from './messages';

export const de: MessageShape<typeof en> = {
  name: 'Erstattung |||| Erstattungen',
  fields: {
    id: 'ID',
    createdAt: 'Erstattet',
    createdAt_gte: 'Erstattet ab',
    createdAt_lte: 'Erstattet bis',
    orderId: 'Bestellung',
    reason: 'Grund',
    amount: 'Betrag',
    amount_gte: 'Betrag ab (€)',
    amount_lte: 'Betrag bis (€)',
    userId: 'Erstattet von',
    warehouseId: 'Lager',
  },
  screen: {
    empty: 'Noch keine Erstattungen.',
  },
};
