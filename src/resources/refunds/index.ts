import CurrencyExchangeIcon from '@mui/icons-material/CurrencyExchange';
import { guarded } from '../../components/AccessGuard';
import { screensOf } from '../screens';
import type { ResourceDefinition } from '../types';

const screen = screensOf('refunds');

/** Refunds are made on their order's page; this is the list across orders. */
export const refunds: ResourceDefinition = {
  name: 'refunds',
  group: 'sales',
  icon: CurrencyExchangeIcon,
  list: guarded(
    screen(() => import('./RefundList')),
    'list',
  ),
};
