import ShoppingCartIcon from '@mui/icons-material/ShoppingCart';
import { guarded } from '../../components/AccessGuard';
import type { ResourceDefinition } from '../types';
import { screensOf } from '../screens';

const screen = screensOf('orders');

export const orders: ResourceDefinition = {
  name: 'orders',
  group: 'sales',
  icon: ShoppingCartIcon,
  list: guarded(
    screen(() => import('./OrderList')),
    'list',
  ),
  show: guarded(
    screen(() => import('./OrderShow')),
    'show',
  ),
  recordRepresentation: 'number',
  routes: [
    {
      path: 'pick-list',
      component: guarded(
        screen(() => import('./PickListPage')),
        'list',
      ),
    },
  ],
};
