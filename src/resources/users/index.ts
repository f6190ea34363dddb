import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { guarded } from '../../components/AccessGuard';
import type { ResourceDefinition } from '../types';
import { screensOf } from '../screens';

const screen = screensOf('users');

export const users: ResourceDefinition = {
  name: 'users',
  group: 'admin',
  icon: ManageAccountsIcon,
  list: guarded(
    screen(() => import('./UserList')),
    'list',
  ),
  edit: guarded(
    screen(() => import('./UserEdit')),
    'edit',
  ),
  create: guarded(
    screen(() => import('./UserCreate')),
    'create',
  ),
  recordRepresentation: 'fullName',
};
