/** German for ./messages: loaded only when German is chosen. */
import type { MessageShape } from '../../components/messageShape';
import type { en } from './messages';

export const de: MessageShape<typeof en> = {
  name: 'Retoure |||| Retouren',
  fields: {
    id: 'ID',
    createdAt: 'Erfasst',
    createdAt_gte: 'Erfasst ab',
    createdAt_lte: 'Erfasst bis',
    orderId: 'Bestellung',
    reason: 'Grund',
    items: 'Stück',
    userId: 'Erfasst von',
    warehouseId: 'Lager',
    restocked: 'Wieder eingelagert',
  },
  screen: {
    empty: 'Noch keine Retouren.',
    units:
      '1 Stück, %{restocked} wieder eingelagert |||| %{smart_count} Stück, %{restocked} wieder eingelagert',
  },
};
