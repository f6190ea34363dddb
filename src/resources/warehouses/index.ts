import WarehouseIcon from '@mui/icons-material/Warehouse';
import type { Warehouse } from '../../domain/types';
import type { ResourceDefinition } from '../types';
import { screensOf } from '../screens';

const screen = screensOf('warehouses');

export const warehouses: ResourceDefinition = {
  name: 'warehouses',
  group: 'inventory',
  icon: WarehouseIcon,
  list: screen(() => import('./WarehouseList')),
  edit: screen(() => import('./WarehouseEdit')),
  create: screen(() => import('./WarehouseCreate')),
  recordRepresentation: (record: Warehouse) => `${record.code} · ${record.name}`,
};
