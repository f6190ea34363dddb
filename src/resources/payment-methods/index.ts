import PaymentIcon from '@mui/icons-material/Payment';
import type { PaymentMethod } from '../../domain/types';
import { screensOf } from '../screens';
import type { ResourceDefinition } from '../types';

const screen = screensOf('payment-methods');

export const paymentMethods: ResourceDefinition = {
  name: 'payment-methods',
  group: 'settings',
  icon: PaymentIcon,
  list: screen(() => import('./PaymentMethodList')),
  edit: screen(() => import('./PaymentMethodEdit')),
  create: screen(() => import('./PaymentMethodCreate')),
  recordRepresentation: (record: PaymentMethod) => record.name,
};
