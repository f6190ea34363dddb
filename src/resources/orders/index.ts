import ShoppingCartIcon from '@mui/icons-material/ShoppingCart';
import { lazy } from 'react';
import type { ResourceDefinition } from '../types';

export const orders: ResourceDefinition = {
  name: 'orders',
  group: 'sales',
  icon: ShoppingCartIcon,
  list: lazy(() => import('./OrderList')),
  show: lazy(() => import('./OrderShow')),
  recordRepresentation: 'number',
  routes: [{ path: 'pick-list', component: lazy(() => import('./PickListPage')) }],
};
