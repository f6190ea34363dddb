import InventoryIcon from '@mui/icons-material/Inventory';
import { lazy } from 'react';
import type { ResourceDefinition } from '../types';
import { useLowStockCount } from './useLowStockCount';

export const stockLevels: ResourceDefinition = {
  name: 'stock-levels',
  group: 'inventory',
  icon: InventoryIcon,
  list: lazy(() => import('./StockLevelList')),
  show: lazy(() => import('./StockLevelShow')),
  routes: [
    { path: 'receive', component: lazy(() => import('./QuickReceive')) },
    { path: 'low-stock', component: lazy(() => import('./LowStockInbox')) },
  ],
  useBadge: useLowStockCount,
};
