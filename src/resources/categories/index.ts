import CategoryIcon from '@mui/icons-material/Category';
import { lazy } from 'react';
import { guarded } from '../../components/AccessGuard';
import type { ResourceDefinition } from '../types';

export const categories: ResourceDefinition = {
  name: 'categories',
  group: 'catalog',
  icon: CategoryIcon,
  list: lazy(() => import('./CategoryList')),
  edit: guarded(
    lazy(() => import('./CategoryEdit')),
    'edit',
  ),
  create: guarded(
    lazy(() => import('./CategoryCreate')),
    'create',
  ),
  recordRepresentation: 'name',
};
