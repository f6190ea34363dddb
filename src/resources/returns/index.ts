import AssignmentReturnIcon from '@mui/icons-material/AssignmentReturn';
import { screensOf } from '../screens';
import type { ResourceDefinition } from '../types';

const screen = screensOf('returns');

/** Returns are recorded on their order's page; this is the list across orders. */
export const returns: ResourceDefinition = {
  name: 'returns',
  group: 'sales',
  icon: AssignmentReturnIcon,
  list: screen(() => import('./ReturnList')),
};
