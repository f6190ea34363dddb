import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { lazy } from 'react';
import type { ResourceDefinition } from '../types';

export const users: ResourceDefinition = {
  name: 'users',
  group: 'admin',
  icon: ManageAccountsIcon,
  list: lazy(() => import('./UserList')),
  edit: lazy(() => import('./UserEdit')),
  create: lazy(() => import('./UserCreate')),
  recordRepresentation: 'fullName',
};
