import PeopleIcon from '@mui/icons-material/People';
import { lazy } from 'react';
import { customerName } from './customerName';
import type { ResourceDefinition } from '../types';

export const customers: ResourceDefinition = {
  name: 'customers',
  group: 'sales',
  icon: PeopleIcon,
  list: lazy(() => import('./CustomerList')),
  show: lazy(() => import('./CustomerShow')),
  recordRepresentation: customerName,
};
