import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import { lazy } from 'react';
import type { StockTransfer } from '../../domain/types';
import type { ResourceDefinition } from '../types';

export const stockTransfers: ResourceDefinition = {
  name: 'stock-transfers',
  group: 'inventory',
  icon: LocalShippingIcon,
  list: lazy(() => import('./TransferList')),
  show: lazy(() => import('./TransferShow')),
  create: lazy(() => import('./TransferCreate')),
  edit: lazy(() => import('./TransferEdit')),
  recordRepresentation: (record: StockTransfer) => record.number,
};
