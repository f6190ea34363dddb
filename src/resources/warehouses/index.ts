import WarehouseIcon from '@mui/icons-material/Warehouse';
import { lazy } from 'react';
import type { Warehouse } from '../../domain/types';
import type { ResourceDefinition } from '../types';

export const warehouses: ResourceDefinition = {
  name: 'warehouses',
  group: 'inventory',
  icon: WarehouseIcon,
  list: lazy(() => import('./WarehouseList')),
  edit: lazy(() => import('./WarehouseEdit')),
  create: lazy(() => import('./WarehouseCreate')),
  recordRepresentation: (record: Warehouse) => `${record.code} · ${record.name}`,
};
