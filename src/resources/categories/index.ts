import CategoryIcon from '@mui/icons-material/Category';
import { lazy } from 'react';
import type { ResourceDefinition } from '../types';

export const categories: ResourceDefinition = {
  name: 'categories',
  group: 'catalog',
  icon: CategoryIcon,
  list: lazy(() => import('./CategoryList')),
  edit: lazy(() => import('./CategoryEdit')),
  create: lazy(() => import('./CategoryCreate')),
  recordRepresentation: 'name',
};
