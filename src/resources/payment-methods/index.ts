import PaymentIcon from '@mui/icons-material/Payment';
import type { PaymentMethod } from '../../domain/types';
import { guarded } from '../../components/AccessGuard';
import { screensOf } from '../screens';
import type { ResourceDefinition } from '../types';

const screen = screensOf('payment-methods');

export const paymentMethods: ResourceDefinition = {
  name: 'payment-methods',
  group: 'settings',
  menuAction: 'edit',
  icon: PaymentIcon,
  list: guarded(
    screen(() => import('./PaymentMethodList')),
    'list',
  ),
  edit: guarded(
    screen(() => import('./PaymentMethodEdit')),
    'edit',
  ),
  create: guarded(
    screen(() => import('./PaymentMethodCreate')),
    'create',
  ),
  recordRepresentation: (record: PaymentMethod) => record.name,
};
