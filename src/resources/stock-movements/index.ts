import SwapVertIcon from '@mui/icons-material/SwapVert';
import { lazy } from 'react';
import type { ResourceDefinition } from '../types';

export const stockMovements: ResourceDefinition = {
  name: 'stock-movements',
  group: 'inventory',
  icon: SwapVertIcon,
  list: lazy(() => import('./StockMovementList')),
};
