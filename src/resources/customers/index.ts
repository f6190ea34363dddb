import PeopleIcon from '@mui/icons-material/People';
import { customerName } from './customerName';
import type { ResourceDefinition } from '../types';
import { screensOf } from '../screens';

const screen = screensOf('customers');

export const customers: ResourceDefinition = {
  name: 'customers',
  group: 'sales',
  icon: PeopleIcon,
  list: screen(() => import('./CustomerList')),
  show: screen(() => import('./CustomerShow')),
  edit: screen(() => import('./CustomerEdit')),
  recordRepresentation: customerName,
};
