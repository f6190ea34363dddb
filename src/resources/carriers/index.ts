import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import type { Carrier } from '../../domain/types';
import { screensOf } from '../screens';
import type { ResourceDefinition } from '../types';

const screen = screensOf('carriers');

export const carriers: ResourceDefinition = {
  name: 'carriers',
  group: 'settings',
  icon: LocalShippingIcon,
  list: screen(() => import('./CarrierList')),
  edit: screen(() => import('./CarrierEdit')),
  create: screen(() => import('./CarrierCreate')),
  recordRepresentation: (record: Carrier) => record.name,
};
