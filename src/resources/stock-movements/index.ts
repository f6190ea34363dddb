import SwapVertIcon from '@mui/icons-material/SwapVert';
import type { ResourceDefinition } from '../types';
import { screensOf } from '../screens';

const screen = screensOf('stock-movements');

export const stockMovements: ResourceDefinition = {
  name: 'stock-movements',
  group: 'inventory',
  icon: SwapVertIcon,
  list: screen(() => import('./StockMovementList')),
};
