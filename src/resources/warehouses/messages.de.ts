/** German for ./messages: loaded only when German is chosen. */
import type { MessageShape } from '../../components/messageShape';
import type { en } from './messages';

export const de: MessageShape<typeof en> = {
  name: 'Lagerstandort |||| Lagerstandorte',
  fields: {
    id: 'ID',
    code: 'Kürzel',
    name: 'Name',
    city: 'Ort',
    updatedAt: 'Zuletzt geändert',
  },
  screen: {
    empty: 'Noch keine Lager.',
    codeHint: '2 bis 6 Großbuchstaben, z. B. BER.',
  },
};
