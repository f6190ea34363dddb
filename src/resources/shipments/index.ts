import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import type { Shipment } from '../../domain/types';
import { guarded } from '../../components/AccessGuard';
import type { ResourceDefinition } from '../types';
import { screensOf } from '../screens';

const screen = screensOf('shipments');

export const shipments: ResourceDefinition = {
  name: 'shipments',
  group: 'sales',
  icon: LocalShippingIcon,
  list: guarded(
    screen(() => import('./ShipmentList')),
    'list',
  ),
  recordRepresentation: (record: Shipment) => `${record.carrier} ${record.trackingNumber}`,
  routes: [
    {
      path: ':id/packing-slip',
      component: guarded(
        screen(() => import('./PackingSlip')),
        'show',
      ),
    },
  ],
};
