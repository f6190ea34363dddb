import StorefrontIcon from '@mui/icons-material/Storefront';
import { guarded } from '../../components/AccessGuard';
import type { ShopSettings } from '../../domain/types';
import { screensOf } from '../screens';
import type { ResourceDefinition } from '../types';

const screen = screensOf('shop-settings');
const ShopSettingsEdit = guarded(
  screen(() => import('./ShopSettingsEdit')),
  'edit',
);

/** One record: its form is both the list route the menu opens and the record's edit route. */
export const shopSettings: ResourceDefinition = {
  name: 'shop-settings',
  group: 'settings',
  menuAction: 'edit',
  icon: StorefrontIcon,
  list: ShopSettingsEdit,
  edit: ShopSettingsEdit,
  recordRepresentation: (record: ShopSettings) => record.name,
};
