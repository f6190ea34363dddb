import InventoryIcon from '@mui/icons-material/Inventory';
import { guarded } from '../../components/AccessGuard';
import type { ResourceDefinition } from '../types';
import { useLowStockCount } from './useLowStockCount';
import { screensOf } from '../screens';

const screen = screensOf('stock-levels');

export const stockLevels: ResourceDefinition = {
  name: 'stock-levels',
  group: 'inventory',
  icon: InventoryIcon,
  list: guarded(
    screen(() => import('./StockLevelList')),
    'list',
  ),
  show: guarded(
    screen(() => import('./StockLevelShow')),
    'show',
  ),
  routes: [
    {
      path: 'receive',
      component: guarded(
        screen(() => import('./QuickReceive')),
        'create',
        'stock-adjustments',
      ),
    },
    {
      path: 'low-stock',
      component: guarded(
        screen(() => import('./LowStockInbox')),
        'list',
      ),
    },
  ],
  useBadge: useLowStockCount,
};
