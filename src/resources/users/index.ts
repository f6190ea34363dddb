import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { lazy } from 'react';
import { guarded } from '../../components/AccessGuard';
import type { ResourceDefinition } from '../types';

export const users: ResourceDefinition = {
  name: 'users',
  group: 'admin',
  icon: ManageAccountsIcon,
  list: guarded(
    lazy(() => import('./UserList')),
    'list',
  ),
  edit: guarded(
    lazy(() => import('./UserEdit')),
    'edit',
  ),
  create: guarded(
    lazy(() => import('./UserCreate')),
    'create',
  ),
  recordRepresentation: 'fullName',
};
