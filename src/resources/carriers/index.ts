import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import type { Carrier } from '../../domain/types';
import { guarded } from '../../components/AccessGuard';
import { screensOf } from '../screens';
import type { ResourceDefinition } from '../types';

const screen = screensOf('carriers');

export const carriers: ResourceDefinition = {
  name: 'carriers',
  group: 'settings',
  menuAction: 'edit',
  icon: LocalShippingIcon,
  list: guarded(
    screen(() => import('./CarrierList')),
    'list',
  ),
  edit: guarded(
    screen(() => import('./CarrierEdit')),
    'edit',
  ),
  create: guarded(
    screen(() => import('./CarrierCreate')),
    'create',
  ),
  recordRepresentation: (record: Carrier) => record.name,
};
