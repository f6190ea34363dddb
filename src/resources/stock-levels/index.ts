import InventoryIcon from '@mui/icons-material/Inventory';
import type { ResourceDefinition } from '../types';
import { useLowStockCount } from './useLowStockCount';
import { screensOf } from '../screens';

const screen = screensOf('stock-levels');

export const stockLevels: ResourceDefinition = {
  name: 'stock-levels',
  group: 'inventory',
  icon: InventoryIcon,
  list: screen(() => import('./StockLevelList')),
  show: screen(() => import('./StockLevelShow')),
  routes: [
    { path: 'receive', component: screen(() => import('./QuickReceive')) },
    { path: 'low-stock', component: screen(() => import('./LowStockInbox')) },
  ],
  useBadge: useLowStockCount,
};
