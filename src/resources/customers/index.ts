import PeopleIcon from '@mui/icons-material/People';
import { customerName } from './customerName';
import { guarded } from '../../components/AccessGuard';
import type { ResourceDefinition } from '../types';
import { screensOf } from '../screens';

const screen = screensOf('customers');

export const customers: ResourceDefinition = {
  name: 'customers',
  group: 'sales',
  icon: PeopleIcon,
  list: guarded(
    screen(() => import('./CustomerList')),
    'list',
  ),
  show: guarded(
    screen(() => import('./CustomerShow')),
    'show',
  ),
  edit: guarded(
    screen(() => import('./CustomerEdit')),
    'edit',
  ),
  recordRepresentation: customerName,
};
