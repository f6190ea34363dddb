import WarehouseIcon from '@mui/icons-material/Warehouse';
import type { Warehouse } from '../../domain/types';
import { guarded } from '../../components/AccessGuard';
import type { ResourceDefinition } from '../types';
import { screensOf } from '../screens';

const screen = screensOf('warehouses');

export const warehouses: ResourceDefinition = {
  name: 'warehouses',
  group: 'inventory',
  icon: WarehouseIcon,
  list: guarded(
    screen(() => import('./WarehouseList')),
    'list',
  ),
  edit: guarded(
    screen(() => import('./WarehouseEdit')),
    'edit',
  ),
  create: guarded(
    screen(() => import('./WarehouseCreate')),
    'create',
  ),
  recordRepresentation: (record: Warehouse) => `${record.code} · ${record.name}`,
};
