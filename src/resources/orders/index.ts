import ShoppingCartIcon from '@mui/icons-material/ShoppingCart';
import type { ResourceDefinition } from '../types';
import { screensOf } from '../screens';

const screen = screensOf('orders');

export const orders: ResourceDefinition = {
  name: 'orders',
  group: 'sales',
  icon: ShoppingCartIcon,
  list: screen(() => import('./OrderList')),
  show: screen(() => import('./OrderShow')),
  recordRepresentation: 'number',
  routes: [{ path: 'pick-list', component: screen(() => import('./PickListPage')) }],
};
