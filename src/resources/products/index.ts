import Inventory2Icon from '@mui/icons-material/Inventory2';
import { guarded } from '../../components/AccessGuard';
import type { Product } from '../../domain/types';
import type { ResourceDefinition } from '../types';
import { screensOf } from '../screens';

const screen = screensOf('products');

/** The import creates and updates products, so it needs both rights. */
const ProductImportPage = guarded(
  guarded(
    screen(() => import('./import/ProductImportPage')),
    'edit',
  ),
  'create',
);

export const products: ResourceDefinition = {
  name: 'products',
  group: 'catalog',
  icon: Inventory2Icon,
  list: guarded(
    screen(() => import('./ProductList')),
    'list',
  ),
  show: guarded(
    screen(() => import('./ProductShow')),
    'show',
  ),
  edit: guarded(
    screen(() => import('./ProductEdit')),
    'edit',
  ),
  create: guarded(
    screen(() => import('./ProductCreate')),
    'create',
  ),
  recordRepresentation: (record: Product) => `${record.sku} · ${record.name}`,
  routes: [{ path: 'import', component: ProductImportPage }],
};
