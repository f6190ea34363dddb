import CategoryIcon from '@mui/icons-material/Category';
import { guarded } from '../../components/AccessGuard';
import type { ResourceDefinition } from '../types';
import { screensOf } from '../screens';

const screen = screensOf('categories');

export const categories: ResourceDefinition = {
  name: 'categories',
  group: 'catalog',
  icon: CategoryIcon,
  list: guarded(
    screen(() => import('./CategoryList')),
    'list',
  ),
  edit: guarded(
    screen(() => import('./CategoryEdit')),
    'edit',
  ),
  create: guarded(
    screen(() => import('./CategoryCreate')),
    'create',
  ),
  recordRepresentation: 'name',
};
