import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import { lazy } from 'react';
import type { Shipment } from '../../domain/types';
import type { ResourceDefinition } from '../types';

export const shipments: ResourceDefinition = {
  name: 'shipments',
  group: 'sales',
  icon: LocalShippingIcon,
  list: lazy(() => import('./ShipmentList')),
  recordRepresentation: (record: Shipment) => `${record.carrier} ${record.trackingNumber}`,
  routes: [{ path: ':id/packing-slip', component: lazy(() => import('./PackingSlip')) }],
};
