import Inventory2Icon from '@mui/icons-material/Inventory2';
import { lazy } from 'react';
import type { Product } from '../../domain/types';
import type { ResourceDefinition } from '../types';

export const products: ResourceDefinition = {
  name: 'products',
  group: 'catalog',
  icon: Inventory2Icon,
  list: lazy(() => import('./ProductList')),
  show: lazy(() => import('./ProductShow')),
  edit: lazy(() => import('./ProductEdit')),
  create: lazy(() => import('./ProductCreate')),
  recordRepresentation: (record: Product) => `${record.sku} · ${record.name}`,
};
