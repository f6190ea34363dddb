import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import type { StockTransfer } from '../../domain/types';
import { guarded } from '../../components/AccessGuard';
import type { ResourceDefinition } from '../types';
import { screensOf } from '../screens';

const screen = screensOf('stock-transfers');

export const stockTransfers: ResourceDefinition = {
  name: 'stock-transfers',
  group: 'inventory',
  icon: LocalShippingIcon,
  list: guarded(
    screen(() => import('./TransferList')),
    'list',
  ),
  show: guarded(
    screen(() => import('./TransferShow')),
    'show',
  ),
  create: guarded(
    screen(() => import('./TransferCreate')),
    'create',
  ),
  edit: guarded(
    screen(() => import('./TransferEdit')),
    'edit',
  ),
  recordRepresentation: (record: StockTransfer) => record.number,
};
