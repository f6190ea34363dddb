import Inventory2Icon from '@mui/icons-material/Inventory2';
import { lazy } from 'react';
import { guarded } from '../../components/AccessGuard';
import type { Product } from '../../domain/types';
import type { ResourceDefinition } from '../types';

/** The import creates and updates products, so it needs both rights. */
const ProductImportPage = guarded(
  guarded(
    lazy(() => import('./import/ProductImportPage')),
    'edit',
  ),
  'create',
);

export const products: ResourceDefinition = {
  name: 'products',
  group: 'catalog',
  icon: Inventory2Icon,
  list: lazy(() => import('./ProductList')),
  show: lazy(() => import('./ProductShow')),
  edit: guarded(
    lazy(() => import('./ProductEdit')),
    'edit',
  ),
  create: guarded(
    lazy(() => import('./ProductCreate')),
    'create',
  ),
  recordRepresentation: (record: Product) => `${record.sku} · ${record.name}`,
  routes: [{ path: 'import', component: ProductImportPage }],
};
