import LocalPostOfficeIcon from '@mui/icons-material/LocalPostOffice';
import type { ShippingMethod } from '../../domain/types';
import { screensOf } from '../screens';
import type { ResourceDefinition } from '../types';

const screen = screensOf('shipping-methods');

export const shippingMethods: ResourceDefinition = {
  name: 'shipping-methods',
  group: 'settings',
  icon: LocalPostOfficeIcon,
  list: screen(() => import('./ShippingMethodList')),
  edit: screen(() => import('./ShippingMethodEdit')),
  create: screen(() => import('./ShippingMethodCreate')),
  recordRepresentation: (record: ShippingMethod) => record.name,
};
