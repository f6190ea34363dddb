import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import type { StockTransfer } from '../../domain/types';
import type { ResourceDefinition } from '../types';
import { screensOf } from '../screens';

const screen = screensOf('stock-transfers');

export const stockTransfers: ResourceDefinition = {
  name: 'stock-transfers',
  group: 'inventory',
  icon: LocalShippingIcon,
  list: screen(() => import('./TransferList')),
  show: screen(() => import('./TransferShow')),
  create: screen(() => import('./TransferCreate')),
  edit: screen(() => import('./TransferEdit')),
  recordRepresentation: (record: StockTransfer) => record.number,
};
