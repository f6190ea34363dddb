import InventoryIcon from '@mui/icons-material/Inventory';
import { lazy } from 'react';
import type { ResourceDefinition } from '../types';

export const stockLevels: ResourceDefinition = {
  name: 'stock-levels',
  group: 'inventory',
  icon: InventoryIcon,
  list: lazy(() => import('./StockLevelList')),
};
