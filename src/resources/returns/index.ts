import AssignmentReturnIcon from '@mui/icons-material/AssignmentReturn';
import { guarded } from '../../components/AccessGuard';
import { screensOf } from '../screens';
import type { ResourceDefinition } from '../types';

const screen = screensOf('returns');

/** Returns are recorded on their order's page; this is the list across orders. */
export const returns: ResourceDefinition = {
  name: 'returns',
  group: 'sales',
  icon: AssignmentReturnIcon,
  list: guarded(
    screen(() => import('./ReturnList')),
    'list',
  ),
};
