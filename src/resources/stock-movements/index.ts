import SwapVertIcon from '@mui/icons-material/SwapVert';
import { guarded } from '../../components/AccessGuard';
import type { ResourceDefinition } from '../types';
import { screensOf } from '../screens';

const screen = screensOf('stock-movements');

export const stockMovements: ResourceDefinition = {
  name: 'stock-movements',
  group: 'inventory',
  icon: SwapVertIcon,
  list: guarded(
    screen(() => import('./StockMovementList')),
    'list',
  ),
};
