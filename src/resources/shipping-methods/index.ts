import LocalPostOfficeIcon from '@mui/icons-material/LocalPostOffice';
import type { ShippingMethod } from '../../domain/types';
import { guarded } from '../../components/AccessGuard';
import { screensOf } from '../screens';
import type { ResourceDefinition } from '../types';

const screen = screensOf('shipping-methods');

export const shippingMethods: ResourceDefinition = {
  name: 'shipping-methods',
  group: 'settings',
  menuAction: 'edit',
  icon: LocalPostOfficeIcon,
  list: guarded(
    screen(() => import('./ShippingMethodList')),
    'list',
  ),
  edit: guarded(
    screen(() => import('./ShippingMethodEdit')),
    'edit',
  ),
  create: guarded(
    screen(() => import('./ShippingMethodCreate')),
    'create',
  ),
  recordRepresentation: (record: ShippingMethod) => record.name,
};
